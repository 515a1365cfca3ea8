/**
 * Daily backups while Gigline runs, in the reminder scheduler's style: no polling, one timer to the next
 * due time (a day after the newest daily backup), re-armed after each run. On start a backup older than a
 * day is made after a short delay, so it does not compete with opening the window. A failed run (disk
 * full, say) is retried an hour later. Timers do not count a machine's sleep, so after a suspend the
 * backup can be late, never skipped.
 */
import { serializeError, type Logger } from '../../log';
import type { Timers } from '../reminder-scheduler';

export const DAY_MS = 86_400_000;

export interface BackupSchedulerOptions {
  now(): number;
  log: Logger;
  /** createdAt of the newest daily backup, or null when there is none. */
  newestDailyAt(): number | null;
  backUp(): Promise<unknown>;
  timers?: Timers;
  /** Delay before a backup that is already due at start (default 15 s). */
  startDelayMs?: number;
  retryMs?: number;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function createBackupScheduler(options: BackupSchedulerOptions) {
  const timers = options.timers ?? realTimers;
  const retryMs = options.retryMs ?? 60 * 60_000;
  let timer: unknown = null;
  let nextAt: number | null = null;
  let running = false;
  let inFlight: Promise<void> = Promise.resolve();

  const dueAt = () => {
    const newest = options.newestDailyAt();
    return newest === null ? options.now() : newest + DAY_MS;
  };

  function arm(delay: number) {
    if (timer !== null) timers.clearTimeout(timer);
    const wait = Math.min(Math.max(0, delay), DAY_MS);
    nextAt = options.now() + wait;
    timer = timers.setTimeout(fire, wait);
  }

  function fire() {
    timer = null;
    nextAt = null;
    if (!running) return;
    const due = dueAt();
    if (options.now() < due) return arm(due - options.now());
    inFlight = options.backUp().then(
      () => {
        if (running) arm(dueAt() - options.now());
      },
      (error: unknown) => {
        options.log.warn('the daily backup failed; trying again later', serializeError(error));
        if (running) arm(retryMs);
      },
    );
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      const due = dueAt() - options.now();
      arm(due <= 0 ? (options.startDelayMs ?? 15_000) : due);
    },
    stop(): void {
      running = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      nextAt = null;
    },
    isRunning: () => running,
    /** When the timer fires next (clock time), or null. */
    nextRunAt: () => nextAt,
    /** Resolves when a backup the timer started has finished (tests, orderly shutdown). */
    whenIdle: () => inFlight,
  };
}

export type BackupScheduler = ReturnType<typeof createBackupScheduler>;
