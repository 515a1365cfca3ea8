/**
 * The app:// scheme serves the built renderer (out/renderer) and nothing else, with the same CSP and
 * security headers as the web bridge. A standard, secure scheme gives the page a real origin
 * (app://gigline) that the IPC sender check can pin, unlike file://.
 */
import { protocol } from 'electron';
import fs from 'node:fs';
import { mimeTypeOf, resolveInsideRoot } from '../core/files/safe-path';
import type { Logger } from '../core/log';
import { SECURITY_HEADERS } from '../core/security/content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'gigline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export type AppRequestHandler = (request: Request) => Promise<Response>;

export function createAppRequestHandler(rendererDir: string, log?: Logger): AppRequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(404, 'Not found');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    try {
      const file = resolveInsideRoot(rendererDir, url.pathname);
      if (!file) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.promises.readFile(file));
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache' },
      });
    } catch (error) {
      log?.error('app:// could not serve a file', { path: url.pathname, error: String(error) });
      return plain(500, 'Gigline could not read its own files. Reinstalling Gigline should fix this.');
    }
  };
}

/** Must run before the app is ready: privileges cannot be granted to a scheme afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function registerAppProtocol(rendererDir: string, log: Logger): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, log));
}
