/**
 * Gigline in the background: the reminder scheduler delivering through OS notifications, the tray, a
 * catch-up pass on resume and screen unlock, and launch at login. Started once, by the instance that holds
 * the single-instance lock, after its core is up; stopped before the core closes.
 */
import { app, Notification, powerMonitor, type NotificationConstructorOptions } from 'electron';
import { startReminderScheduler, type Core } from '../core/app-core';
import type { Logger } from '../core/log';
import type { ShellPlatform } from '../core/platform';
import type { Timers } from '../core/services/reminder-scheduler';
import { readAppSettingsNow, typedCalls } from './core-calls';
import { launchAtLoginAvailable, syncLaunchAtLogin } from './login-item';
import { createElectronNotifier } from './notifications';
import { refreshSystemTimeZone } from './system-time-zone';
import { createGiglineTray } from './tray';

/** Where the development-build e2e test finds the notifications shown (GIGLINE_TEST_NOTIFICATIONS=1). */
export const TEST_NOTIFICATIONS_KEY = '__giglineTestNotifications';

function recordForTests(shown: NotificationConstructorOptions): void {
  const scope = globalThis as Record<string, unknown>;
  const list = (scope[TEST_NOTIFICATIONS_KEY] ??= []) as Array<{ title?: string; body?: string }>;
  list.push({ title: shown.title, body: shown.body });
}

export function desktopPlatform(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  hasTray: () => boolean;
}): ShellPlatform {
  return {
    kind: 'desktop',
    notificationsSupported: () => Notification.isSupported(),
    trayAvailable: options.hasTray,
    launchAtLoginAvailable: () => launchAtLoginAvailable(options.platform, options.isPackaged),
  };
}

export interface DesktopRemindersOptions {
  core: Core;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  trayIconPath: string;
  /** Brings the window up, creating it if it was closed; `route` opens a screen. */
  showWindow: (route?: string) => void;
  quit: () => void;
  log: Logger;
  /** What a login item starts, and where Linux autostart entries live. */
  loginItem: { executable: string; autostartDir: string };
  recordNotificationsForTests?: boolean;
  timers?: Timers;
  trayDebounceMs?: number;
  refreshTimeZone?: () => void;
}

export function startDesktopReminders(options: DesktopRemindersOptions) {
  const { core, log, platform } = options;
  const call = typedCalls(core.dispatch);
  const notifier = createElectronNotifier({
    call,
    platform,
    log,
    open: (route) => options.showWindow(route),
    ...(options.recordNotificationsForTests ? { onShown: recordForTests } : {}),
  });
  const scheduler = startReminderScheduler(core, { notifier, ...(options.timers ? { timers: options.timers } : {}) });

  // Whatever fell due while the machine slept is delivered now; the delivery log makes a second resume a no-op.
  const refreshTimeZone = options.refreshTimeZone ?? refreshSystemTimeZone;
  const wakeFor = (reason: string) => () => {
    refreshTimeZone();
    scheduler.wake(reason);
  };
  const onResume = wakeFor('resume');
  const onUnlock = wakeFor('unlock-screen');
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onUnlock);

  const tray = createGiglineTray({
    iconPath: options.trayIconPath,
    platform,
    call,
    subscribe: core.events.subscribe,
    timeZone: () => core.context.timeZone(),
    now: () => core.context.now(),
    open: () => options.showWindow(),
    quit: options.quit,
    log,
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.trayDebounceMs !== undefined ? { debounceMs: options.trayDebounceMs } : {}),
  });

  const stopLoginSync = syncLaunchAtLogin({
    app,
    platform,
    isPackaged: options.isPackaged,
    ...options.loginItem,
    log,
    read: () => readAppSettingsNow(core)?.launchAtLogin ?? null,
    subscribe: core.events.subscribe,
  });

  return {
    scheduler,
    notifier,
    tray,
    hasTray: () => tray !== null,
    stop(): void {
      powerMonitor.removeListener('resume', onResume);
      powerMonitor.removeListener('unlock-screen', onUnlock);
      stopLoginSync();
      tray?.stop();
      scheduler.stop();
    },
  };
}

export type DesktopReminders = ReturnType<typeof startDesktopReminders>;
