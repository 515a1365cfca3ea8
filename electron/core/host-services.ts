/**
 * What a host (the desktop app, the web bridge) runs beside the core while a database is open: the
 * reminder engine and the daily backups. Both hold the connection, so they are stopped before a restore or
 * recovery action closes it and started again after — and not at all in recovery mode.
 */
import type { Core } from './app-core';
import { createBackupScheduler, type BackupScheduler } from './services/backups/backup-scheduler';
import type { Timers } from './services/reminder-scheduler';

export interface Stoppable {
  stop(): void;
}

/** Daily backups on a running core (see backup-scheduler.ts). */
export function startBackupScheduler(
  core: Core,
  options: { timers?: Timers; startDelayMs?: number } = {},
): BackupScheduler {
  const scheduler = createBackupScheduler({
    now: () => core.context.now(),
    log: core.context.log,
    newestDailyAt: () => core.context.data.listBackups().find((b) => b.reason === 'daily')?.createdAt ?? null,
    backUp: () => core.context.data.createBackup('daily'),
    ...options,
  });
  scheduler.start();
  return scheduler;
}

/**
 * Keeps what `start` starts running exactly while the database is open: not in recovery mode, stopped
 * before a restore closes the connection, started again after it (or after a recovery action).
 */
export function whileDatabaseOpen<T extends Stoppable>(core: Core, start: () => T): { current(): T | null; stop(): void } {
  let running: T | null = null;
  const restart = () => {
    running?.stop();
    running = core.mode() === 'normal' ? start() : null;
  };
  const offClosing = core.onClosing(() => {
    running?.stop();
    running = null;
  });
  const offReopen = core.onReopen(restart);
  restart();
  return {
    current: () => running,
    stop() {
      offClosing();
      offReopen();
      running?.stop();
      running = null;
    },
  };
}

export interface DataServices<R extends Stoppable> {
  reminders: R;
  backups: BackupScheduler | null;
  stop(): void;
}

/** The host's reminder engine (its own kind) plus daily backups, bound to the open database. */
export function startDataServices<R extends Stoppable>(
  core: Core,
  options: { startReminders: () => R; dailyBackups: boolean; backupTimers?: Timers },
) {
  return whileDatabaseOpen<DataServices<R>>(core, () => {
    const reminders = options.startReminders();
    const backups = options.dailyBackups
      ? startBackupScheduler(core, options.backupTimers ? { timers: options.backupTimers } : {})
      : null;
    return {
      reminders,
      backups,
      stop() {
        reminders.stop();
        backups?.stop();
      },
    };
  });
}
