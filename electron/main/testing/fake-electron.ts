/**
 * A recording stand-in for the 'electron' module, for vitest only (`vi.mock('electron', ...)`).
 * Requiring the real package from Node would try to download the Electron binary. The fake keeps just
 * enough behaviour (events, ids, handlers) for the shell's wiring to be exercised and inspected.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send = vi.fn();
  reload = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  isDestroyed = () => this.destroyed;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  readonly webContents = new FakeWebContents();
  destroyed = false;
  loadURL = vi.fn((_url: string) => Promise.resolve());
  visible = false;
  show = vi.fn(() => {
    this.visible = true;
  });
  hide = vi.fn(() => {
    this.visible = false;
  });
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isVisible = () => this.visible;
  isDestroyed = () => this.destroyed;
  /** Like Electron: 'close' (which a listener may prevent), then, unless prevented, destroyed and 'closed'. */
  close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

/** Records every notification built; tests read `instances` and emit 'click', 'action' and 'close'. */
export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static isSupported = vi.fn(() => true);
  show = vi.fn();
  close = vi.fn();

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeNotification.instances.push(this);
  }
}

export class FakeNativeImage {
  template = false;
  constructor(
    readonly source: string,
    readonly scaleFactor = 1,
    private readonly empty = false,
  ) {}
  isEmpty = () => this.empty;
  setTemplateImage = vi.fn((template: boolean) => {
    this.template = template;
  });
}

export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  destroyed = false;
  setToolTip = vi.fn();
  setContextMenu = vi.fn();
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  isDestroyed = () => this.destroyed;

  constructor(readonly image: FakeNativeImage) {
    super();
    FakeTray.instances.push(this);
  }
}

export class FakeSession extends EventEmitter {
  setPermissionRequestHandler = vi.fn();
  setPermissionCheckHandler = vi.fn();
  setDevicePermissionHandler = vi.fn();
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  appPath = process.cwd();
  appData = path.join(os.tmpdir(), 'gigline-fake-appdata');
  paths = new Map<string, string>();
  requestSingleInstanceLock = vi.fn(() => true);
  setAppUserModelId = vi.fn();
  setLoginItemSettings = vi.fn();
  getLoginItemSettings = vi.fn(() => ({ openAtLogin: false, wasOpenedAtLogin: false }));
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  getAppPath = () => this.appPath;
  getVersion = () => '0.0.0-test';
  getPath = (name: string) =>
    this.paths.get(name) ?? (name === 'appData' ? this.appData : path.join(this.appData, name));
  setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
}

export function createFakeElectron() {
  const defaultSession = new FakeSession();
  const ipcRendererEmitter = new EventEmitter();
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
    shell: { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')) },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    Notification: FakeNotification,
    Tray: FakeTray,
    nativeImage: {
      createFromPath: vi.fn((file: string) => new FakeNativeImage(file, 1, !fs.existsSync(file))),
      createFromBuffer: vi.fn(
        (buffer: Buffer, options?: { scaleFactor?: number }) =>
          new FakeNativeImage(`buffer:${buffer.length}`, options?.scaleFactor ?? 1, buffer.length === 0),
      ),
    },
    powerMonitor: new EventEmitter(),
    nativeTheme: { shouldUseDarkColors: false },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, data: null })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => ipcRendererEmitter.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
        ipcRendererEmitter.removeListener(channel, listener),
      ),
      emitter: ipcRendererEmitter,
    },
  };
}

/** One instance per test file: the vi.mock factory and the test both import this. */
export const fakeElectron = createFakeElectron();
