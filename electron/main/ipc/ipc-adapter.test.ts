import type { IpcMainInvokeEvent, WebContents } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Result } from '../../contract';
import { startCore, type Core } from '../../core/app-core';
import { silentLogger } from '../../core/log';
import { FakeWebContents, fakeElectron } from '../testing/fake-electron';
import { forwardEvents, isTrustedSender, originOf, registerIpcAdapter, type SenderFacts } from './ipc-adapter';

vi.mock('electron', () => import('../testing/fake-electron').then((m) => m.fakeElectron));

const APP = 'app://gigline';
const DEV = 'http://localhost:5173';
const trusted: SenderFacts = {
  senderId: 7,
  expectedSenderId: 7,
  isMainFrame: true,
  frameUrl: 'app://gigline/index.html#/clients',
  allowedOrigins: [APP],
};

describe('isTrustedSender (S4 truth table)', () => {
  it('trusts the main frame of the app window on the app origin', () => {
    expect(isTrustedSender(trusted)).toBe(true);
  });

  it('trusts the dev server origin only when it is allowed', () => {
    const dev = { ...trusted, frameUrl: `${DEV}/index.html` };
    expect(isTrustedSender(dev)).toBe(false);
    expect(isTrustedSender({ ...dev, allowedOrigins: [APP, DEV] })).toBe(true);
  });

  const refused: Array<[string, Partial<SenderFacts>]> = [
    ['another webContents', { senderId: 8 }],
    ['no window to trust', { expectedSenderId: null }],
    ['a subframe', { isMainFrame: false }],
    ['a destroyed frame', { frameUrl: null }],
    ['a foreign https origin', { frameUrl: 'https://evil.example/index.html' }],
    ['a look-alike host', { frameUrl: 'app://gigline.evil.example/index.html' }],
    ['another app:// host', { frameUrl: 'app://evil/index.html' }],
    ['an app:// URL with a port', { frameUrl: 'app://gigline:1/index.html' }],
    ['a file:// page', { frameUrl: 'file:///work/main/out/renderer/index.html' }],
    ['about:blank', { frameUrl: 'about:blank' }],
    ['a data: URL', { frameUrl: 'data:text/html,<script>1</script>' }],
    ['the dev origin when not allowed', { frameUrl: `${DEV}/` }],
    ['a dev origin on another port', { frameUrl: 'http://localhost:5174/', allowedOrigins: [APP, DEV] }],
    ['a malformed URL', { frameUrl: 'not a url' }],
  ];

  it.each(refused)('refuses %s', (_label, change) => {
    expect(isTrustedSender({ ...trusted, ...change })).toBe(false);
  });

  it('computes custom-scheme origins by hand (Node says "null")', () => {
    expect(new URL('app://gigline/x').origin).toBe('null');
    expect(originOf('app://gigline/x?y#z')).toBe(APP);
    expect(originOf('http://localhost:5173/a')).toBe(DEV);
    expect(originOf('file:///etc/passwd')).toBeNull();
  });
});

describe('IPC adapter over a real core', () => {
  let dir: string;
  let core: Core;
  const window = new FakeWebContents();
  const dispatch = vi.fn((name: string, input: unknown) => core.dispatch(name, input));
  const warn = vi.fn();
  let invoke: (event: unknown, name: unknown, input: unknown) => Promise<Result<unknown>>;

  const frame = (url: string, parent: unknown = null) => ({ url, parent });
  const event = (sender: FakeWebContents, senderFrame: unknown) =>
    ({ sender, senderFrame }) as unknown as IpcMainInvokeEvent;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-ipc-'));
    core = await startCore({
      dataDir: dir,
      migrationsFolder: path.resolve('drizzle/migrations'),
      log: silentLogger,
      version: 'test',
    });
    registerIpcAdapter({
      dispatch,
      getTrustedContents: () => window as unknown as WebContents,
      allowedOrigins: [APP],
      log: { ...silentLogger, warn },
    });
    const [channel, handler] = fakeElectron.ipcMain.handle.mock.calls[0] as unknown as [string, typeof invoke];
    expect(channel).toBe(IPC_INVOKE_CHANNEL);
    invoke = handler;
  });

  afterAll(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates and lists a client in SQLite when the app window calls', async () => {
    const fromApp = event(window, frame('app://gigline/index.html'));
    const created = await invoke(fromApp, 'clients.create', { name: 'Globex' });
    expect(created).toMatchObject({ ok: true, data: { name: 'Globex' } });
    const listed = await invoke(fromApp, 'clients.list', {});
    expect(listed).toMatchObject({ ok: true, data: { total: 1, items: [{ name: 'Globex' }] } });
    const rows = core.context.sqlite.prepare('select name from clients').all();
    expect(rows).toEqual([{ name: 'Globex' }]);
  });

  it('returns validation errors as values', async () => {
    const result = await invoke(event(window, frame('app://gigline/index.html')), 'clients.create', { name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each([
    ['another webContents', () => event(new FakeWebContents(), frame('app://gigline/index.html'))],
    ['a subframe', () => event(window, frame('app://gigline/index.html', frame('app://gigline/index.html')))],
    ['a foreign origin', () => event(window, frame('https://evil.example/'))],
    ['a file:// page', () => event(window, frame('file:///tmp/index.html'))],
    ['a missing frame', () => event(window, null)],
    [
      'a frame that throws when read',
      () =>
        Object.defineProperty({ sender: window }, 'senderFrame', {
          get() {
            throw new Error('Render frame was disposed');
          },
        }) as unknown as IpcMainInvokeEvent,
    ],
  ])('answers FORBIDDEN to %s without dispatching or writing', async (_label, makeEvent) => {
    dispatch.mockClear();
    const before = core.context.sqlite.prepare('select count(*) as n from clients').get();
    const result = await invoke(makeEvent(), 'clients.create', { name: 'Mallory Inc' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(core.context.sqlite.prepare('select count(*) as n from clients').get()).toEqual(before);
    expect(warn).toHaveBeenCalled();
  });

  it('forwards core events to the live window only', () => {
    let target: FakeWebContents | null = window;
    const stop = forwardEvents(core.events, () => target as unknown as WebContents | null);
    core.events.emit('data.changed', { entities: ['clients'] });
    expect(window.send).toHaveBeenLastCalledWith(IPC_EVENT_CHANNEL, {
      name: 'data.changed',
      payload: { entities: ['clients'] },
    });
    window.send.mockClear();
    window.destroyed = true;
    core.events.emit('data.changed', { entities: ['gigs'] });
    target = null;
    core.events.emit('data.changed', { entities: ['gigs'] });
    stop();
    window.destroyed = false;
    core.events.emit('data.changed', { entities: ['gigs'] });
    expect(window.send).not.toHaveBeenCalled();
  });
});
