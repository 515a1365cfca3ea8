import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../electron/contract';
import { ApiError } from './api-error';
import { call } from './client';

function respondWith(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status }))),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('call() over HTTP', () => {
  it('posts the input as JSON to /rpc/<name> and resolves with data', async () => {
    respondWith(JSON.stringify({ ok: true, data: { pong: true, at: 5 } }));
    await expect(call('app.ping', {})).resolves.toEqual({ pong: true, at: 5 });
    const fetchMock = vi.mocked(fetch);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/rpc/app.ping');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{}' });
  });

  it('throws ApiError with code, message and issues for {ok:false}', async () => {
    const issues = [{ path: 'email', message: 'Enter a valid email address, like name@example.com' }];
    respondWith(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: issues[0]?.message, issues } }));
    const error = await call('clients.create', { name: 'A', email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'VALIDATION', issues });
  });

  it('turns a non-JSON answer into UNAVAILABLE', async () => {
    respondWith('<html>Bad gateway</html>', 502);
    await expect(call('app.ping', {})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('turns a network failure into UNAVAILABLE with advice', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(call('app.ping', {})).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('could not reach its local service') as unknown,
    });
  });

  it('rejects JSON that is not a Result envelope', async () => {
    respondWith(JSON.stringify({ hello: 'world' }));
    await expect(call('app.ping', {})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

describe('call() over IPC', () => {
  it('uses window.desktop.invoke when the preload exposes it', async () => {
    const invoke = vi.fn<DesktopApi['invoke']>(() => Promise.resolve({ ok: true, data: { pong: true, at: 1 } }));
    const desktop: DesktopApi = { invoke, onEvent: () => () => undefined };
    vi.stubGlobal('window', { desktop });
    vi.stubGlobal('fetch', vi.fn());
    await expect(call('app.ping', {})).resolves.toEqual({ pong: true, at: 1 });
    expect(invoke).toHaveBeenCalledWith('app.ping', {});
    expect(fetch).not.toHaveBeenCalled();
  });
});
