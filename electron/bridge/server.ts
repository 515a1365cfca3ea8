/**
 * The loopback HTTP bridge: serves the built renderer and the same dispatcher the Electron IPC adapter
 * uses (POST /rpc/:name), plus events over SSE (GET /events). For `npm run web` and every e2e test;
 * never shipped in the desktop app. Test-only routes (reset, clock) exist only when `testRoutes` is given.
 */
import fs from 'node:fs';
import http from 'node:http';
import { fail, type Result } from '../contract';
import type { AdjustableClock } from '../core/context';
import type { Core } from '../core/app-core';
import { mimeTypeOf, resolveInsideRoot } from '../core/files/safe-path';
import type { Logger } from '../core/log';
import { SECURITY_HEADERS } from '../core/security/content-security-policy';
import { hasValidToken, isAllowedHost, isAllowedOrigin, tokenCookie } from './auth';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface TestRoutes {
  clock: AdjustableClock;
  /** Replaces the database with an empty one and returns the new core. */
  reset(): Promise<void>;
  /** Lets the reminder scheduler see a changed test clock at once. */
  wake?(): void;
}

export interface BridgeOptions {
  getCore(): Core;
  port: number;
  token: string;
  rendererDir: string;
  log: Logger;
  testRoutes?: TestRoutes;
}

type Request = http.IncomingMessage;
type Response = http.ServerResponse;

function send(
  res: Response,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendResult(res: Response, result: Result<unknown>) {
  send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
}

function readBody(req: Request): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const NEEDS_TOKEN_PAGE = `<!doctype html><meta charset="utf-8"><title>Gigline</title>
<body>
<h1>Open Gigline from the link in your terminal</h1>
<p>For your safety, Gigline's web mode only answers the browser that opened the address printed by
<code>npm run web</code>. That address carries a one-time access token. Copy it from the terminal and open it here.</p>`;

async function handleRpc(req: Request, res: Response, name: string, options: BridgeOptions) {
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body.length ? JSON.parse(body) : {};
  } catch (error) {
    const tooLarge = error instanceof Error && error.message === 'too large';
    sendResult(res, fail('VALIDATION', tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.'));
    return;
  }
  sendResult(res, await options.getCore().dispatch(name, input));
}

function handleEvents(req: Request, res: Response, options: BridgeOptions) {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write('retry: 2000\n\n');
  const unsubscribe = options.getCore().events.subscribe((event) => {
    res.write(`event: app\ndata: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

async function handleTestRoute(req: Request, res: Response, route: string, tests: TestRoutes) {
  const body = await readBody(req);
  const input = (body ? JSON.parse(body) : {}) as { now?: number; timeZone?: string | null; freeze?: boolean };
  if (route === 'reset') {
    tests.clock.reset();
    await tests.reset();
    return send(res, 200, '{"ok":true}', 'application/json');
  }
  if (route === 'clock') {
    if (typeof input.now === 'number') tests.clock.set(input.now, { freeze: input.freeze === true });
    if (input.timeZone !== undefined) tests.clock.setTimeZone(input.timeZone);
    tests.wake?.();
    return send(
      res,
      200,
      JSON.stringify({ ok: true, now: tests.clock.now(), timeZone: tests.clock.timeZone() }),
      'application/json',
    );
  }
  return send(res, 404, 'Not found');
}

function serveStatic(req: Request, res: Response, url: URL, options: BridgeOptions) {
  const isPage = url.pathname === '/' || url.pathname === '/index.html';
  if (isPage) {
    const presented = url.searchParams.get('token');
    if (presented !== null) {
      if (presented !== options.token) return send(res, 403, NEEDS_TOKEN_PAGE, 'text/html; charset=utf-8');
      return send(res, 302, '', 'text/plain', { Location: '/', 'Set-Cookie': tokenCookie(options.token) });
    }
    if (!hasValidToken(req, options.token)) return send(res, 401, NEEDS_TOKEN_PAGE, 'text/html; charset=utf-8');
  }
  const file = resolveInsideRoot(options.rendererDir, url.pathname);
  if (!file) return send(res, 404, 'Not found');
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache' });
  fs.createReadStream(file).pipe(res);
}

/** A malformed escape is just a name no procedure has; the dispatcher answers UNKNOWN_PROCEDURE. */
function procedureNameOf(pathname: string): string {
  const raw = pathname.slice('/rpc/'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function createBridgeServer(options: BridgeOptions): http.Server {
  return http.createServer((req, res) => {
    void route(req, res, options).catch((error: unknown) => {
      options.log.error('bridge request failed', { url: req.url, error: String(error) });
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
}

async function route(req: Request, res: Response, options: BridgeOptions) {
  if (!isAllowedHost(req.headers.host, options.port)) return send(res, 403, 'Forbidden host');
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (url.pathname === '/__health') return send(res, 200, 'ok');
  if (
    req.method === 'GET' &&
    !url.pathname.startsWith('/rpc/') &&
    url.pathname !== '/events' &&
    !url.pathname.startsWith('/__test/')
  ) {
    return serveStatic(req, res, url, options);
  }
  if (!isAllowedOrigin(req.headers.origin, options.port)) return send(res, 403, 'Forbidden origin');
  if (!hasValidToken(req, options.token)) {
    const denied = fail('FORBIDDEN', 'Open Gigline from the address printed in your terminal.');
    return send(res, 401, JSON.stringify(denied), 'application/json; charset=utf-8');
  }
  if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
    return handleRpc(req, res, procedureNameOf(url.pathname), options);
  }
  if (req.method === 'GET' && url.pathname === '/events') return handleEvents(req, res, options);
  if (req.method === 'POST' && url.pathname.startsWith('/__test/') && options.testRoutes) {
    return handleTestRoute(req, res, url.pathname.slice('/__test/'.length), options.testRoutes);
  }
  return send(res, 404, 'Not found');
}
