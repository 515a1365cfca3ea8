import Database from 'better-sqlite3';
import type { IpcMainInvokeEvent } from 'electron';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Result } from '../contract';
import {
  createFakeElectron,
  FakeBrowserWindow,
  FakeNotification,
  FakeSession,
  FakeTray,
  FakeWebContents,
} from './testing/fake-electron';

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

let current: Fake | null = null;

afterEach(() => {
  // Quit the booted main process: stops its scheduler and tray, closes its database.
  current?.app.emit('will-quit');
  current = null;
});

/** Imports a fresh main process against a fresh fake electron; `prepare` runs before the import. */
async function bootMain(prepare: (fake: Fake) => void = () => undefined) {
  const fake = createFakeElectron();
  current = fake;
  vi.doMock('electron', () => fake);
  // The real core, with the scheduler start observable.
  vi.doMock('../core/app-core', async (importOriginal) => {
    const real = await importOriginal<typeof import('../core/app-core')>();
    return { ...real, startReminderScheduler: vi.fn(real.startReminderScheduler) };
  });
  const { startReminderScheduler } = await import('../core/app-core');
  FakeBrowserWindow.instances = [];
  FakeNotification.instances = [];
  FakeTray.instances = [];
  fake.app.appData = appData;
  fake.app.appPath = process.cwd();
  prepare(fake);
  await import('./index');
  return { fake, windows: FakeBrowserWindow.instances, startReminderScheduler: vi.mocked(startReminderScheduler) };
}

const userDataOf = () => path.join(appData, 'Gigline');

describe('main process wiring', () => {
  it('takes the single-instance lock, registers the scheme before ready, then wires everything on ready', async () => {
    const { fake, windows } = await bootMain();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', userDataOf());
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    for (const event of [
      'web-contents-created',
      'session-created',
      'second-instance',
      'activate',
      'before-quit',
      'will-quit',
    ]) {
      expect(fake.app.listenerCount(event), event).toBe(1);
    }

    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(fake.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, expect.any(Function));
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.session.defaultSession.listenerCount('will-download')).toBe(1);
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
    fake.app.emit('second-instance', {}, ['/opt/gigline/gigline'], '/home/ada');
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

  it('quits at once, wiring nothing, when another Gigline holds the lock: no scheduler, no tray (R15)', async () => {
    const { fake, windows, startReminderScheduler } = await bootMain((f) =>
      f.app.requestSingleInstanceLock.mockReturnValue(false),
    );
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(startReminderScheduler).not.toHaveBeenCalled();
    expect(FakeTray.instances).toHaveLength(0);
    expect(fake.powerMonitor.listenerCount('resume')).toBe(0);
  });

  it('opens a database from a newer Gigline in recovery mode: the window explains, the file stays byte-identical', async () => {
    fs.mkdirSync(userDataOf(), { recursive: true });
    const file = path.join(userDataOf(), 'gigline.sqlite');
    const future = new Database(file);
    future.exec("CREATE TABLE notes (id integer primary key, body text); INSERT INTO notes (body) VALUES ('keep')");
    future.pragma('user_version = 999');
    future.close();
    const hash = (at = file) => createHash('sha256').update(fs.readFileSync(at)).digest('hex');
    const before = hash();

    const { fake, windows, startReminderScheduler } = await bootMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const invoke = fake.ipcMain.handle.mock.calls[0]?.[1] as Invoke;
    const event = {
      sender: windows[0]?.webContents,
      senderFrame: { url: 'app://gigline/index.html', parent: null },
    } as unknown as IpcMainInvokeEvent;
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fake.app.exit).not.toHaveBeenCalled();
    expect(await invoke(event, 'app.getInfo', {})).toMatchObject({ ok: true, data: { mode: 'recovery' } });
    expect(await invoke(event, 'recovery.getStatus', {})).toMatchObject({ ok: true, data: { problem: 'future' } });
    expect(await invoke(event, 'clients.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(startReminderScheduler).not.toHaveBeenCalled();
    expect(FakeTray.instances).toHaveLength(0);
    expect(hash()).toBe(before);

    // A window that cannot even load the recovery screen gets the explanation as a dialog.
    windows[0]?.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://gigline/index.html', true);
    await vi.waitFor(() => expect(fake.dialog.showErrorBox).toHaveBeenCalledOnce());
    expect(String(fake.dialog.showErrorBox.mock.calls[0]?.[1])).toMatch(/newer version of Gigline/);

    // A recovery action switches to normal mode in place; the background work starts then.
    const fresh = await invoke(event, 'recovery.startFresh', { confirm: true });
    expect(fresh).toMatchObject({ ok: true, data: { setAside: expect.stringMatching(/gigline\.sqlite\.future-/) as unknown } });
    await vi.waitFor(() => expect(startReminderScheduler).toHaveBeenCalledOnce());
    expect(FakeTray.instances).toHaveLength(1);
    expect(await invoke(event, 'clients.list', {})).toMatchObject({ ok: true, data: { total: 0 } });
    if (fresh.ok) expect(hash((fresh.data as { setAside: string }).setAside)).toBe(before);
  });

  it('still explains with a dialog and quits when recovery cannot help (a migration that fails)', async () => {
    fs.mkdirSync(userDataOf(), { recursive: true });
    const clash = new Database(path.join(userDataOf(), 'gigline.sqlite'));
    clash.exec('CREATE TABLE clients (id integer primary key)');
    clash.close();

    const { fake, windows } = await bootMain();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Gigline cannot open your data');
    expect(message).toMatch(/could not update your database/);
    expect(windows).toHaveLength(0);
  });

  it('opens the backups folder through the shell (backups.openFolder)', async () => {
    const { fake, windows } = await bootMain();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const invoke = fake.ipcMain.handle.mock.calls[0]?.[1] as Invoke;
    const event = {
      sender: windows[0]?.webContents,
      senderFrame: { url: 'app://gigline/index.html', parent: null },
    } as unknown as IpcMainInvokeEvent;
    const folder = path.join(userDataOf(), 'backups');
    expect(await invoke(event, 'backups.openFolder', {})).toEqual({ ok: true, data: { path: folder, opened: true } });
    expect(fake.shell.openPath).toHaveBeenCalledWith(folder);
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

describe('main process: reminders in the background', () => {
  type MenuItem = { label?: string; click?: () => void };
  const trayMenu = () =>
    (FakeTray.instances[0]?.setContextMenu.mock.lastCall?.[0] as { template: MenuItem[] } | undefined)?.template ?? [];

  async function started(prepare?: (fake: Fake) => void) {
    const booted = await bootMain(prepare);
    await vi.waitFor(() => expect(booted.startReminderScheduler).toHaveBeenCalledOnce());
    return booted;
  }

  function invoker(fake: Fake, window: FakeBrowserWindow | undefined) {
    const invoke = fake.ipcMain.handle.mock.calls[0]?.[1] as Invoke;
    const event = {
      sender: window?.webContents,
      senderFrame: { url: 'app://gigline/index.html', parent: null },
    } as unknown as IpcMainInvokeEvent;
    return (name: string, input: unknown) => invoke(event, name, input);
  }

  it('the primary instance starts the scheduler once with the Electron notifier, a tray and resume hooks', async () => {
    const { fake, windows, startReminderScheduler } = await started();
    expect(startReminderScheduler.mock.calls[0]?.[1]).toMatchObject({
      notifier: { deliver: expect.any(Function) as unknown },
    });
    expect(FakeTray.instances).toHaveLength(1);
    expect(FakeTray.instances[0]?.setToolTip).toHaveBeenCalledWith('Gigline');
    await vi.waitFor(() => expect(trayMenu().map((item) => item.label)).toContain('No upcoming reminders'));
    expect(fake.powerMonitor.listenerCount('resume')).toBe(1);
    expect(fake.powerMonitor.listenerCount('unlock-screen')).toBe(1);
    // Development build: the login item is left alone, and the status says launch at login has no effect here.
    expect(fake.app.setLoginItemSettings).not.toHaveBeenCalled();
    const call = invoker(fake, windows[0]);
    expect(await call('app.getCapabilities', {})).toEqual({
      ok: true,
      data: { shell: 'desktop', notifications: 'supported', tray: true, launchAtLogin: false },
    });
  });

  it('a reminder becomes a notification; its click shows the hidden window and navigates it over IPC', async () => {
    const { fake, windows } = await started();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const window = windows[0];
    window?.emit('ready-to-show');
    const call = invoker(fake, window);
    expect(await call('reminders.sendTest', {})).toMatchObject({ ok: true, data: { route: '/settings' } });
    await vi.waitFor(() =>
      expect(FakeNotification.instances.map((n) => n.options.title)).toContain('Test reminder from Gigline'),
    );
    window?.close();
    expect(window?.isVisible()).toBe(false);

    const notification = FakeNotification.instances.find((n) => n.options.title === 'Test reminder from Gigline');
    notification?.emit('click', {});
    expect(window?.isVisible()).toBe(true);
    expect(window?.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      name: 'app.navigate',
      payload: { route: '/settings' },
    });
    expect(windows).toHaveLength(1);
  });

  it('closing hides to the tray and explains once; Quit from the tray really quits', async () => {
    const { fake, windows } = await started();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const window = windows[0];
    window?.close();
    window?.close();
    expect(window?.isDestroyed()).toBe(false);
    expect(window?.hide).toHaveBeenCalledTimes(2);
    const hints = FakeNotification.instances.filter((n) =>
      String(n.options.body).includes('still running in the tray'),
    );
    expect(hints).toHaveLength(1);
    const call = invoker(fake, window);
    await vi.waitFor(async () =>
      expect(await call('settings.get', {})).toMatchObject({ data: { app: { trayHintShown: true } } }),
    );
    expect(fake.app.quit).not.toHaveBeenCalled();

    await vi.waitFor(() => expect(trayMenu().map((item) => item.label)).toContain('Quit'));
    trayMenu()
      .find((item) => item.label === 'Quit')
      ?.click?.();
    expect(fake.app.quit).toHaveBeenCalledOnce();
    // What Electron does next: 'before-quit', then the windows close — and this time they do.
    fake.app.emit('before-quit');
    window?.close();
    expect(window?.isDestroyed()).toBe(true);
  });

  it('quits when the window closes and keepRunningInTray is off (not on macOS)', async () => {
    const { fake, windows } = await started();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const call = invoker(fake, windows[0]);
    await call('settings.update', { app: { keepRunningInTray: false } });
    windows[0]?.close();
    expect(windows[0]?.isDestroyed()).toBe(true);
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledOnce();
  });

  it('started with --hidden: no window until asked; a hidden second launch does not show one', async () => {
    process.argv.push('--hidden');
    try {
      const { fake, windows } = await started();
      expect(windows).toHaveLength(0);
      expect(FakeTray.instances).toHaveLength(1);
      fake.app.emit('second-instance', {}, ['/opt/gigline/gigline', '--hidden'], '/');
      expect(windows).toHaveLength(0);
      fake.app.emit('activate');
      expect(windows).toHaveLength(1);
    } finally {
      process.argv.splice(process.argv.indexOf('--hidden'), 1);
    }
  });

  it('will-quit stops the scheduler, removes the tray and the resume hooks, then closes the data', async () => {
    const { fake, startReminderScheduler } = await started();
    const scheduler = startReminderScheduler.mock.results[0]?.value as { isRunning(): boolean };
    expect(scheduler.isRunning()).toBe(true);
    fake.app.emit('will-quit');
    expect(scheduler.isRunning()).toBe(false);
    expect(FakeTray.instances[0]?.isDestroyed()).toBe(true);
    expect(fake.powerMonitor.listenerCount('resume')).toBe(0);
  });
});
