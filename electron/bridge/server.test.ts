/**
 * The loopback bridge over a real socket: who may talk to it (Host, Origin, token), what it serves,
 * and that /rpc and /events reach the same core the desktop app uses.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../core/testing/temp-core';
import { TOKEN_COOKIE } from './auth';
import { createBridgeServer, type BridgeOptions, type TestRoutes } from './server';

const TOKEN = 'test-token-0123456789';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let t: TempCore;
let server: http.Server;
let options: BridgeOptions;
let rendererDir: string;

function request(
  method: string,
  pathname: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: options.port,
        method,
        path: pathname,
        headers: { Host: `127.0.0.1:${options.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const bearer = { Authorization: `Bearer ${TOKEN}` };
const rpc = (name: string, input: unknown, headers: Record<string, string> = bearer) =>
  request('POST', `/rpc/${name}`, {
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

async function startBridge(testRoutes?: TestRoutes): Promise<void> {
  options = {
    getCore: () => t.core,
    port: 0,
    token: TOKEN,
    rendererDir,
    log: t.log,
    ...(testRoutes ? { testRoutes } : {}),
  };
  server = createBridgeServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The Host check needs the real port, which is known only once listening.
  options.port = (server.address() as AddressInfo).port;
}

beforeEach(async () => {
  t = await startTempCore();
  rendererDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Gigline</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'outside the renderer');
  fs.symlinkSync(path.join(t.dir, 'secret.txt'), path.join(rendererDir, 'linked-secret.txt'));
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  t.cleanup();
});

describe('who may talk to the bridge', () => {
  beforeEach(() => startBridge());

  it.each(['evil.example', `evil.example:PORT`, 'localhost', '127.0.0.1:1', `127.0.0.1.nip.io:PORT`])(
    'answers 403 to Host %s (DNS rebinding)',
    async (host) => {
      const reply = await request('GET', '/', { headers: { Host: host.replace('PORT', String(options.port)) } });
      expect(reply.status).toBe(403);
    },
  );

  it.each(['localhost', '[::1]', '127.0.0.1'])('accepts Host %s on our port', async (name) => {
    const reply = await request('GET', '/__health', { headers: { Host: `${name}:${options.port}` } });
    expect(reply).toMatchObject({ status: 200, body: 'ok' });
  });

  it('answers 401 with a FORBIDDEN result when the token is missing or wrong', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer wrong' },
      { Cookie: `${TOKEN_COOKIE}=wrong` },
    ];
    for (const headers of attempts) {
      const reply = await rpc('app.ping', {}, headers);
      expect(reply.status).toBe(401);
      expect(reply.headers['content-type']).toContain('application/json');
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('trades /?token= for an HttpOnly SameSite=Strict cookie and a redirect to /', async () => {
    const reply = await request('GET', `/?token=${TOKEN}`);
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe('/');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`${TOKEN_COOKIE}=${TOKEN}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect((await request('GET', '/?token=wrong')).status).toBe(403);
  });

  it('accepts the cookie and the Bearer header alike', async () => {
    const withCookie = await rpc('app.ping', {}, { Cookie: `other=1; ${TOKEN_COOKIE}=${TOKEN}` });
    const withBearer = await rpc('app.ping', {});
    for (const reply of [withCookie, withBearer]) {
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { pong: true, at: t.clock.now() } });
    }
  });

  it('asks for the token before serving the page', async () => {
    const reply = await request('GET', '/');
    expect(reply.status).toBe(401);
    expect(reply.body).toContain('Open Gigline from the link in your terminal');
  });

  it.each(['http://evil.example', 'null', `http://localhost:1`, `https://127.0.0.1:PORT`])(
    'answers 403 to a call with Origin %s even with the token',
    async (origin) => {
      const reply = await rpc('app.ping', {}, { ...bearer, Origin: origin.replace('PORT', String(options.port)) });
      expect(reply.status).toBe(403);
    },
  );

  it('accepts our own Origin', async () => {
    const reply = await rpc('app.ping', {}, { ...bearer, Origin: `http://127.0.0.1:${options.port}` });
    expect(reply.status).toBe(200);
  });
});

describe('/rpc', () => {
  beforeEach(() => startBridge());

  it('dispatches to the core and returns its Result', async () => {
    const created = JSON.parse((await rpc('clients.create', { name: 'Acme' })).body) as { ok: boolean };
    expect(created).toMatchObject({ ok: true, data: { name: 'Acme' } });
    const listed = JSON.parse((await rpc('clients.list', {})).body) as unknown;
    expect(listed).toMatchObject({ ok: true, data: { total: 1, items: [{ name: 'Acme' }] } });
    expect(JSON.parse((await rpc('clients.nope', {})).body)).toMatchObject({ error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it('returns VALIDATION for a body that is not JSON', async () => {
    const reply = await request('POST', '/rpc/clients.create', { headers: bearer, body: '{"name": ' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a malformed procedure name with UNKNOWN_PROCEDURE, not a crash', async () => {
    const reply = await request('POST', '/rpc/%E0%A4%A', { headers: bearer, body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it('treats an empty body as {}', async () => {
    const reply = await request('POST', '/rpc/app.ping', { headers: bearer });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('answers 404 to other methods and paths', async () => {
    expect((await request('GET', '/rpc/app.ping', { headers: bearer })).status).toBe(404);
    expect((await request('POST', '/nowhere', { headers: bearer })).status).toBe(404);
  });
});

describe('static files', () => {
  beforeEach(() => startBridge());
  const cookie = { Cookie: `${TOKEN_COOKIE}=${TOKEN}` };

  it('serves the page with the CSP and security headers, and assets with their type', async () => {
    const page = await request('GET', '/', { headers: cookie });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await request('GET', '/assets/app.js');
    expect(script).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(script.headers['content-type']).toContain('text/javascript');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets/%00app.js',
    '/linked-secret.txt',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/assets',
    '/missing.js',
  ])('answers 404 to %s', async (pathname) => {
    const reply = await request('GET', pathname, { headers: cookie });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('outside the renderer');
  });
});

describe('/events', () => {
  beforeEach(() => startBridge());

  it('streams data.changed after a write through /rpc', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: options.port,
          path: '/events',
          headers: { Host: `127.0.0.1:${options.port}`, ...bearer },
        },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('data.changed')) {
              resolve(text);
              req.destroy();
            } else if (text.includes('retry:')) {
              void rpc('clients.create', { name: 'Acme' });
            }
          });
        },
      );
      req.on('error', reject);
    });
    const text = await received;
    const data = /data: (.+)\n/.exec(text)?.[1] ?? '';
    expect(JSON.parse(data)).toEqual({ name: 'data.changed', payload: { entities: ['clients'] } });
  });

  it('refuses the stream without the token', async () => {
    expect((await request('GET', '/events')).status).toBe(401);
  });
});

describe('test-only routes', () => {
  it('do not exist unless testRoutes are given', async () => {
    await startBridge();
    const clock = await request('POST', '/__test/clock', { headers: bearer, body: '{"now": 5}' });
    const reset = await request('POST', '/__test/reset', { headers: bearer });
    expect([clock.status, reset.status]).toEqual([404, 404]);
    expect(t.clock.now()).not.toBe(5);
  });

  it('set the core clock and reset the database', async () => {
    let resets = 0;
    await startBridge({
      clock: t.clock,
      async reset() {
        resets += 1;
        await t.reopen();
      },
    });
    const at = Date.UTC(2030, 5, 1, 12, 0, 0);
    const set = await request('POST', '/__test/clock', {
      headers: bearer,
      body: JSON.stringify({ now: at, freeze: true, timeZone: 'Asia/Tokyo' }),
    });
    expect(JSON.parse(set.body)).toEqual({ ok: true, now: at, timeZone: 'Asia/Tokyo' });
    expect(t.core.context.now()).toBe(at);
    expect(t.core.context.timeZone()).toBe('Asia/Tokyo');
    expect(JSON.parse((await rpc('app.ping', {})).body)).toEqual({ ok: true, data: { pong: true, at } });

    const reset = await request('POST', '/__test/reset', { headers: bearer });
    expect(reset.status).toBe(200);
    expect(resets).toBe(1);
    expect(t.core.context.now()).not.toBe(at);
  });

  it('still require the token', async () => {
    await startBridge({ clock: t.clock, reset: () => Promise.resolve() });
    expect((await request('POST', '/__test/clock', { body: '{"now": 5}' })).status).toBe(401);
  });
});
