import Database from 'better-sqlite3';
import type { IpcMainInvokeEvent } from 'electron';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL, type Result } from '../contract';
import { createFakeElectron, FakeBrowserWindow, FakeSession, FakeWebContents } from './testing/fake-electron';

type Fake = ReturnType<typeof createFakeElectron>;
type Invoke = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<Result<unknown>>;

let appData: string;

beforeEach(() => {
  vi.resetModules();
  appData = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-main-'));
});

afterEach(() => {
  fs.rmSync(appData, { recursive: true, force: true });
});

/** Imports a fresh main process against a fresh fake electron; `prepare` runs before the import. */
async function bootMain(prepare: (fake: Fake) => void = () => undefined) {
  const fake = createFakeElectron();
  vi.doMock('electron', () => fake);
  FakeBrowserWindow.instances = [];
  fake.app.appData = appData;
  fake.app.appPath = process.cwd();
  prepare(fake);
  await import('./index');
  return { fake, windows: FakeBrowserWindow.instances };
}

const userDataOf = () => path.join(appData, 'Gigline');

describe('main process wiring', () => {
  it('takes the single-instance lock, registers the scheme before ready, then wires everything on ready', async () => {
    const { fake, windows } = await bootMain();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', userDataOf());
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    for (const event of ['web-contents-created', 'session-created', 'second-instance', 'activate', 'will-quit']) {
      expect(fake.app.listenerCount(event), event).toBe(1);
    }

    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(fake.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, expect.any(Function));
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(windows[0]?.loadURL).toHaveBeenCalledWith('app://gigline/index.html');
    expect(fs.existsSync(path.join(userDataOf(), 'logs', 'main.log'))).toBe(true);
    // Not Windows: the Windows-only AppUserModelId call must not be made (it does not exist elsewhere).
    expect(fake.app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('serves a real IPC round trip from the window into SQLite in userData', async () => {
    const { fake, windows } = await bootMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const invoke = fake.ipcMain.handle.mock.calls[0]?.[1] as Invoke;
    const event = {
      sender: windows[0]?.webContents,
      senderFrame: { url: 'app://gigline/index.html', parent: null },
    } as unknown as IpcMainInvokeEvent;
    expect(await invoke(event, 'clients.create', { name: 'Initech' })).toMatchObject({ ok: true });
    expect(await invoke(event, 'clients.list', {})).toMatchObject({ ok: true, data: { items: [{ name: 'Initech' }] } });
    const stranger = { ...event, sender: new FakeWebContents() } as unknown as IpcMainInvokeEvent;
    expect(await invoke(stranger, 'clients.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fs.existsSync(path.join(userDataOf(), 'gigline.sqlite'))).toBe(true);

    fake.app.emit('will-quit');
    expect(await invoke(event, 'clients.list', {})).toMatchObject({ ok: false });
  });

  it('guards new web contents, installs permission handlers on new sessions, focuses on a second instance', async () => {
    const { fake, windows } = await bootMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();

    const other = new FakeSession();
    fake.app.emit('session-created', other);
    expect(other.setPermissionCheckHandler).toHaveBeenCalledOnce();

    windows[0]?.isMinimized.mockReturnValue(true);
    fake.app.emit('second-instance');
    expect(windows[0]?.restore).toHaveBeenCalledOnce();
    expect(windows[0]?.focus).toHaveBeenCalledOnce();

    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledOnce();
  });

  it('re-creates the window on activate when none is open', async () => {
    const { fake, windows } = await bootMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    fake.app.emit('activate');
    expect(windows).toHaveLength(1);
    const first = windows[0];
    if (first) first.destroyed = true;
    first?.emit('closed');
    fake.app.emit('activate');
    expect(windows).toHaveLength(2);
  });

  it('quits at once, wiring nothing, when another Gigline holds the lock', async () => {
    const { fake, windows } = await bootMain((f) => f.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('refuses a database from a newer Gigline with a dialog, quits, and leaves the file byte-identical', async () => {
    fs.mkdirSync(userDataOf(), { recursive: true });
    const file = path.join(userDataOf(), 'gigline.sqlite');
    const future = new Database(file);
    future.exec("CREATE TABLE notes (id integer primary key, body text); INSERT INTO notes (body) VALUES ('keep')");
    future.pragma('user_version = 999');
    future.close();
    const hash = () => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = hash();

    const { fake, windows } = await bootMain();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Gigline cannot open your data');
    expect(message).toMatch(/newer version of Gigline/);
    expect(windows).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
    expect(hash()).toBe(before);
  });

  it('honours GIGLINE_USER_DATA_DIR (used by the Electron e2e test)', async () => {
    const custom = path.join(appData, 'e2e-profile');
    vi.stubEnv('GIGLINE_USER_DATA_DIR', custom);
    try {
      const { fake, windows } = await bootMain();
      expect(fake.app.setPath).toHaveBeenCalledWith('userData', custom);
      await vi.waitFor(() => expect(windows).toHaveLength(1));
      expect(fs.existsSync(path.join(custom, 'gigline.sqlite'))).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
