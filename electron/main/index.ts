/**
 * Gigline's Electron entry: lifecycle and wiring only. Decisions (paths, URLs, senders, permissions,
 * crash policy) live in the small modules beside this file, where they are unit-tested; the data work
 * is done by the Electron-free core.
 */
import { app, dialog, Menu, powerMonitor, session, shell } from 'electron';
import fs from 'node:fs';
import { fail } from '../contract';
import { startCore, type Core } from '../core/app-core';
import { createLogger, serializeError, type Logger } from '../core/log';
import { startCalendarFeed, type CalendarFeed } from '../core/transfer/calendar-feed';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppProtocol, registerAppScheme } from './app-protocol';
import { resolveAppPaths, resolveUserDataDir, type AppPaths } from './app-paths';
import { createCloseToTray } from './close-to-tray';
import { readAppSettingsNow, typedCalls, type CallCore } from './core-calls';
import { startDesktopData, explainRecoveryIfWindowFails, type DesktopData } from './desktop-data';
import { desktopPlatform, startDesktopReminders } from './desktop-reminders';
import { installDownloadHandler } from './downloads';
import { forwardEvents, originOf, registerIpcAdapter } from './ipc/ipc-adapter';
import { autostartDir, HIDDEN_FLAG, startedHidden } from './login-item';
import { buildMenuTemplate } from './menu';
import { resolveNativeBinding } from './native-binding';
import { installNavigationGuards } from './navigation';
import { installPermissionHandlers } from './permissions';
import { watchRendererHealth } from './renderer-health';
import { describeStartupFailure } from './startup-failure';
import { createMainWindow } from './window';
import { createWindowController } from './window-controller';

const APP_USER_MODEL_ID = 'app.gigline';

let core: Core | null = null;
let background: DesktopData | null = null;
let calendarFeed: CalendarFeed | null = null;
let stopForwardingEvents: (() => void) | null = null;

// Pinned before anything reads it (the single-instance lock is keyed on it): the same folder as
// core/paths.ts, so the desktop app and `npm run web` share one database.
const userData = resolveUserDataDir(app.getPath('appData'), process.env.GIGLINE_USER_DATA_DIR);
app.setPath('userData', userData);
const paths: AppPaths = resolveAppPaths({
  appRoot: app.getAppPath(),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  userData,
});
const log: Logger = createLogger({ file: logFileIfWritable(), console: !app.isPackaged });

/** A data folder that cannot be written must still reach the startup dialog, so logging falls back to stderr. */
function logFileIfWritable(): string | undefined {
  try {
    fs.mkdirSync(paths.logDir, { recursive: true });
    return paths.logFile;
  } catch {
    return undefined;
  }
}

/** The electron-vite dev server, honoured only in development. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServerOrigin = devServerUrl ? originOf(devServerUrl) : null;
const allowedOrigins = devServerOrigin ? [APP_ORIGIN, devServerOrigin] : [APP_ORIGIN];

const callCore: CallCore = (name, input) =>
  core ? typedCalls(core.dispatch)(name, input) : Promise.resolve(fail('INTERNAL', 'Gigline’s data is not open.'));

const closeToTray = createCloseToTray({
  readAppSettings: () => readAppSettingsNow(core),
  call: callCore,
  platform: process.platform,
  log,
});

const windows = createWindowController({
  create: () => {
    const window = createMainWindow({ preloadFile: paths.preloadFile, devTools: !app.isPackaged });
    watchRendererHealth(window, { log, dataDir: userData });
    explainRecoveryIfWindowFails(window, () => core, log);
    closeToTray.attach(window);
    return window;
  },
  entryUrl: devServerUrl ?? APP_ENTRY_URL,
  // Through the core's events, so the IPC forwarding (and the bridge, in the browser) carry it alike.
  navigate: (route) => core?.context.emit('app.navigate', { route }),
  log,
});

function openDataFolder(): void {
  shell.openPath(userData).then(
    (problem) => problem && log.warn('could not open the data folder', { problem }),
    (error: unknown) => log.warn('could not open the data folder', serializeError(error)),
  );
}

async function onReady(): Promise<void> {
  const started = await startCore({
    dataDir: userData,
    migrationsFolder: paths.migrationsFolder,
    log,
    version: app.getVersion(),
    nativeBinding: resolveNativeBinding({
      appRoot: app.getAppPath(),
      isPackaged: app.isPackaged,
      electronVersion: process.versions.electron,
    }),
    platform: {
      ...desktopPlatform({
        platform: process.platform,
        isPackaged: app.isPackaged,
        hasTray: () => background?.current()?.reminders.hasTray() ?? false,
      }),
      openPath: (folder) => shell.openPath(folder),
    },
    // A damaged, missing, newer or unreadable database opens the recovery screen instead of a dialog.
    recoveryMode: true,
  });
  core = started;
  installPermissionHandlers(session.defaultSession);
  installDownloadHandler(session.defaultSession, allowedOrigins, log);
  registerAppProtocol(paths.rendererDir, log);
  registerIpcAdapter({ dispatch: started.dispatch, getTrustedContents: windows.contents, allowedOrigins, log });
  stopForwardingEvents = forwardEvents(started.events, windows.contents);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ isMac: process.platform === 'darwin', devTools: !app.isPackaged, openDataFolder }),
    ),
  );
  const openedAtLogin = process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
  const hidden = startedHidden(process.argv, openedAtLogin);
  // Recovery needs the person: the window opens even for a login-item start.
  if (!hidden || started.mode() === 'recovery') windows.open();
  powerMonitor.on('shutdown', closeToTray.markQuitting);
  background = startDesktopData(started, () =>
    startDesktopReminders({
      core: started,
      platform: process.platform,
      isPackaged: app.isPackaged,
      trayIconPath: paths.trayIcon,
      showWindow: (route) => windows.show(route),
      quit: () => app.quit(),
      log,
      loginItem: { executable: process.env.APPIMAGE ?? process.execPath, autostartDir: autostartDir() },
      recordNotificationsForTests: !app.isPackaged && process.env.GIGLINE_TEST_NOTIFICATIONS === '1',
    }),
  );
  // Only this instance (the lock holder) keeps the subscribable calendar file up to date.
  calendarFeed = startCalendarFeed({ context: started.context, subscribe: started.events.subscribe });
  log.info('Gigline started', { version: app.getVersion(), dataDir: userData, hidden, mode: started.mode() });
}

/**
 * Startup failed in a way recovery mode cannot help with (a failed migration, a read-only file that needs
 * an update, a busy or full disk, a driver built for the wrong runtime): explain, and quit before
 * anything is written.
 */
function abortStartup(error: unknown): void {
  shutdown();
  log.error('startup failed', serializeError(error));
  const failure = describeStartupFailure(error, { dataDir: userData, logFile: paths.logFile });
  dialog.showErrorBox(failure.title, failure.message);
  app.exit(1);
}

function shutdown(): void {
  background?.stop();
  background = null;
  calendarFeed?.stop();
  calendarFeed = null;
  stopForwardingEvents?.();
  stopForwardingEvents = null;
  core?.close();
  core = null;
}

function boot(): void {
  // Windows toasts are attributed to this id; the call exists only on Windows.
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  registerAppScheme();
  installNavigationGuards(app, (url) => shell.openExternal(url), log);
  app.on('session-created', installPermissionHandlers);
  // A second launch brings the window up, unless it is a login item starting (hidden) while we already run.
  app.on('second-instance', (_event, argv: string[]) => {
    if (core && !argv.includes(HIDDEN_FLAG)) windows.show();
  });
  app.on('activate', () => {
    if (core) windows.show();
  });
  // Tray Quit, the app menu's Quit and Cmd+Q all pass here first: the window's close must not hide then.
  app.on('before-quit', closeToTray.markQuitting);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', shutdown);
  app.whenReady().then(onReady).catch(abortStartup);
}

if (app.requestSingleInstanceLock()) {
  boot();
} else {
  // Another Gigline already runs on this data folder; it was told (second-instance) and focuses itself.
  app.quit();
}
