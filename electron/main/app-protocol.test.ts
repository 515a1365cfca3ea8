import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy';
import { APP_ENTRY_URL, createAppRequestHandler, registerAppProtocol, registerAppScheme } from './app-protocol';
import { fakeElectron } from './testing/fake-electron';
import { silentLogger } from '../core/log';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

let base: string;
let renderer: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-protocol-')));
  renderer = path.join(base, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Gigline</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(renderer, 'assets', 'style.css'), 'body{}');
  fs.mkdirSync(path.join(base, 'outside'));
  fs.writeFileSync(path.join(base, 'outside', 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(base, 'outside', 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
  fs.symlinkSync(path.join(base, 'outside'), path.join(renderer, 'escape'));
  handle = createAppRequestHandler(renderer, silentLogger);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => handle(new Request(url, init));

describe('app:// protocol (S9)', () => {
  it('serves index.html and assets with the CSP and security headers', async () => {
    for (const [url, type, body] of [
      [APP_ENTRY_URL, 'text/html; charset=utf-8', '<!doctype html><title>Gigline</title>'],
      ['app://gigline/', 'text/html; charset=utf-8', '<!doctype html><title>Gigline</title>'],
      ['app://gigline/assets/app.js?v=1#x', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://gigline/assets/style.css', 'text/css; charset=utf-8', 'body{}'],
    ] as const) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(body);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_ENTRY_URL, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(APP_ENTRY_URL, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  const escapes = [
    'app://gigline/../secret.txt',
    'app://gigline/../../outside/secret.txt',
    'app://gigline/../../etc/passwd',
    'app://gigline/%2e%2e/secret.txt',
    'app://gigline/%2e%2e%2fsecret.txt',
    'app://gigline/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://gigline/%252e%252e%252fsecret.txt',
    'app://gigline/..%5csecret.txt',
    'app://gigline/..\\secret.txt',
    'app://gigline/assets\\..\\..\\secret.txt',
    'app://gigline//etc/passwd',
    'app://gigline/%2fetc%2fpasswd',
    'app://gigline/C:/Windows/win.ini',
    'app://gigline/index.html%00.js',
    'app://gigline/assets/link.txt',
    'app://gigline/escape/secret.txt',
    'app://gigline/assets',
    'app://gigline/missing.js',
    'app://evil/index.html',
    'app://gigline.evil.example/index.html',
    'app://GIGLINE.example/index.html',
    'app://gigline:8080/index.html',
    'other://gigline/index.html',
  ];

  it.each(escapes)('refuses %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses an absolute file path handed over as the URL path', async () => {
    const response = await get(`app://gigline${path.join(base, 'secret.txt')}`);
    expect(response.status).toBe(404);
  });

  it('reports a missing renderer folder as a server error, not a crash', async () => {
    const missing = createAppRequestHandler(path.join(base, 'not-built'), silentLogger);
    expect((await missing(new Request(APP_ENTRY_URL))).status).toBe(500);
  });

  it('registers the scheme as standard, secure and fetch-capable, and the handler on app://', async () => {
    registerAppScheme();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    registerAppProtocol(renderer, silentLogger);
    const [scheme, handler] = fakeElectron.protocol.handle.mock.calls[0] as unknown as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    expect((await handler(new Request(APP_ENTRY_URL))).status).toBe(200);
  });
});
