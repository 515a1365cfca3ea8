/**
 * What happens when the renderer dies or hangs (reliability S12): it is logged, then the window is
 * reloaded; if it keeps dying, the person is asked (Reload / Quit) instead of looping or leaving a dead
 * window on screen. The data is safe either way: every write is committed by the main process.
 */
import { app, dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import type { Logger } from '../core/log';

/** More crashes than this within CRASH_WINDOW_MS stop the automatic reloads. */
export const MAX_AUTO_RELOADS = 2;
export const CRASH_WINDOW_MS = 60_000;

export type GoneDecision = 'reload' | 'ask';

/** `recentCrashes` are the times of earlier crashes; the current one happens at `now`. */
export function decideOnRendererGone(recentCrashes: readonly number[], now: number): GoneDecision {
  const inWindow = recentCrashes.filter((at) => now - at < CRASH_WINDOW_MS).length;
  return inWindow < MAX_AUTO_RELOADS ? 'reload' : 'ask';
}

export interface HealthOptions {
  log: Logger;
  dataDir: string;
  now?: () => number;
}

export function watchRendererHealth(window: BrowserWindow, options: HealthOptions): void {
  const now = options.now ?? Date.now;
  const contents = window.webContents;
  let crashes: number[] = [];
  let killedOnPurpose = false;

  const reload = () => {
    if (!window.isDestroyed()) contents.reload();
  };

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (window.isDestroyed()) return;
    options.log.error('the window’s renderer process is gone', { reason: details.reason, exitCode: details.exitCode });
    if (killedOnPurpose) {
      killedOnPurpose = false;
      return reload();
    }
    const at = now();
    const decision = decideOnRendererGone(crashes, at);
    crashes = [...crashes.filter((t) => at - t < CRASH_WINDOW_MS), at];
    if (decision === 'reload') return reload();
    void dialog
      .showMessageBox(window, {
        type: 'error',
        title: 'Gigline',
        message: 'Gigline’s window keeps stopping.',
        detail:
          `Reason: ${details.reason} (exit code ${details.exitCode}). Everything you saved is kept in ` +
          `${options.dataDir}. You can reload the window or quit Gigline.`,
        buttons: ['Reload', 'Quit'],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => (response === 0 ? reload() : app.quit()));
  });

  contents.on('unresponsive', () => {
    options.log.warn('the window stopped responding');
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'Gigline',
        message: 'Gigline is not responding.',
        detail: 'You can wait for it, or reload the window. Everything already saved is kept.',
        buttons: ['Keep waiting', 'Reload'],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (response !== 1 || window.isDestroyed()) return;
        killedOnPurpose = true;
        contents.forcefullyCrashRenderer();
      });
  });

  contents.on('responsive', () => options.log.info('the window is responding again'));
}
