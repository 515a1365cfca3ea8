/**
 * The desktop side of data safety. What holds the database connection in the background — the reminder
 * engine with its tray and notifications, and the daily backups — runs only while a database is open and
 * restarts after a restore or a recovery action. In recovery mode the window shows the recovery screen;
 * only when that window cannot load at all does a dialog explain the problem instead.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Core } from '../core/app-core';
import { startDataServices } from '../core/host-services';
import { serializeError, type Logger } from '../core/log';
import type { DesktopReminders } from './desktop-reminders';

export function startDesktopData(core: Core, startReminders: () => DesktopReminders) {
  return startDataServices(core, { startReminders, dailyBackups: true });
}

export type DesktopData = ReturnType<typeof startDesktopData>;

export function explainRecoveryIfWindowFails(window: BrowserWindow, getCore: () => Core | null, log: Logger): void {
  window.webContents.on('did-fail-load', (_event, _code, description, _url, isMainFrame) => {
    const core = getCore();
    if (!isMainFrame || !core || core.mode() !== 'recovery') return;
    core.context.data.recoveryStatus().then(
      (status) => {
        dialog.showErrorBox(
          'Gigline cannot open your data',
          `${status.message}\n\nThe window could not load (${description}). Your data folder: ${core.context.info.dataDir}`,
        );
      },
      (error: unknown) => log.error('could not describe the recovery problem', serializeError(error)),
    );
  });
}
