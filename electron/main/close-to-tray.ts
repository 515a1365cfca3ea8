/**
 * Closing the window does not quit while "keep running in the tray" is on (the default): the window hides
 * and the process stays, so reminders still reach the person. The first time, a one-time note says so.
 * A real quit (tray Quit, app menu Quit, Cmd+Q, OS shutdown or log-off) raises a flag first, and then the
 * close goes through.
 */
import { dialog, Notification, type BrowserWindow } from 'electron';
import type { AppSettings } from '../contract';
import type { Logger } from '../core/log';
import type { CallCore } from './core-calls';

export function trayHintMessage(platform: NodeJS.Platform): string {
  const where = platform === 'darwin' ? 'menu bar' : 'tray';
  return `Gigline is still running in the ${where} so your reminders can reach you. Quit from the ${where} menu or the app menu.`;
}

export interface CloseToTrayOptions {
  /** The current app settings, read synchronously (a close can only be prevented synchronously); null when the data is closed. */
  readAppSettings(): AppSettings | null;
  call: CallCore;
  platform: NodeJS.Platform;
  log: Logger;
}

/** Shows the one-time note as a notification, or as a message box where there are no notifications. */
function explain(message: string, keep: Set<Notification>): void {
  if (Notification.isSupported()) {
    const note = new Notification({ title: 'Gigline keeps running', body: message, silent: true });
    keep.add(note);
    const release = () => keep.delete(note);
    note.on('close', release);
    note.on('click', release);
    note.on('failed', release);
    note.show();
    return;
  }
  void dialog.showMessageBox({ type: 'info', title: 'Gigline', message: 'Gigline keeps running', detail: message });
}

export function createCloseToTray(options: CloseToTrayOptions) {
  let quitting = false;
  let hintGiven = false;
  const notes = new Set<Notification>();

  async function rememberHint() {
    const result = await options.call('settings.update', { app: { trayHintShown: true } });
    if (!result.ok) options.log.warn('could not remember that the tray note was shown', { code: result.error.code });
  }

  return {
    /** Lets the next window close through: the app is quitting. Passed around detached, so an arrow. */
    markQuitting: (): void => {
      quitting = true;
    },
    isQuitting: () => quitting,
    attach(window: BrowserWindow): void {
      window.on('close', (event) => {
        if (quitting) return;
        const settings = options.readAppSettings();
        if (!settings?.keepRunningInTray) return;
        event.preventDefault();
        window.hide();
        if (settings.trayHintShown || hintGiven) return;
        hintGiven = true;
        explain(trayHintMessage(options.platform), notes);
        void rememberHint();
      });
      // Windows log-off or shutdown closes windows without 'before-quit': let them go.
      window.on('session-end', () => {
        quitting = true;
      });
    },
  };
}

export type CloseToTray = ReturnType<typeof createCloseToTray>;
