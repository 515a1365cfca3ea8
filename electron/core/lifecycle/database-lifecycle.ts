/**
 * The database's life inside a running core: opening it at start (or falling back to recovery mode when
 * it is damaged, missing, from a newer Gigline or unreadable), backups, and every operation that puts a
 * different file in its place — restore, and the recovery actions. Those close the live connection,
 * swap the file atomically and reopen through the normal open path (migrations included); the context
 * is rebound in place and subscribers are told, so the hosts restart what holds the old connection.
 * Backups, restores and recovery actions run one at a time.
 */
import fs from 'node:fs';
import type { BackupInfo, BackupReason, RecoveryProblem } from '../../contract';
import type { Clock } from '../context';
import type { DriverOptions } from '../db/backup';
import { loadMigrations } from '../db/migrations';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import { AppError } from '../errors';
import { serializeError, type Logger } from '../log';
import { listBackups, removeStalePartials } from '../services/backups/backup-catalog';
import { makeBackup } from '../services/backups/backup-service';
import { checkCandidate, copyForInstall, removeSideFiles, swapIn } from '../services/backups/install-database';
import { databaseFileState, problemOf, readMarker, setAside, writeMarker } from './startup-state';

export interface LifecycleOptions {
  databasePath: string;
  backupDir: string;
  migrationsFolder: string;
  log: Logger;
  clock: Clock;
  appVersion: string;
  driver: DriverOptions;
  busyTimeoutMs?: number;
  /** Start in recovery mode instead of throwing when the database cannot be opened. */
  recoveryMode: boolean;
  /** Puts the open database (null: none, recovery mode) into the context. */
  bind(opened: OpenedDatabase | null): void;
}

export interface RecoveryState {
  problem: RecoveryProblem;
  preservedAs: string | null;
}

export function createDatabaseLifecycle(options: LifecycleOptions) {
  const { databasePath: file, backupDir, log, clock } = options;
  const known = loadMigrations(options.migrationsFolder);
  const restoringPath = `${file}.restoring`;
  let opened: OpenedDatabase | null = null;
  let recovery: RecoveryState | null = null;
  let swapping = false;
  const closingListeners = new Set<() => void>();
  const reopenListeners = new Set<() => void>();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs maintenance one operation at a time (a daily backup never meets a restore halfway). */
  function exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  }

  const backupOptions = () => ({ backupDir, log, appVersion: options.appVersion, driver: options.driver });

  /**
   * `verified`: the file was just integrity-checked and copied with the backup API, so quick_check (about
   * two seconds on a very large database, on the main thread) would only repeat that check.
   */
  async function openNormally(verified = false): Promise<OpenedDatabase> {
    return openDatabase({
      file,
      migrationsFolder: options.migrationsFolder,
      backupDir,
      log,
      now: () => clock.now(),
      quickCheck: !verified,
      appVersion: options.appVersion,
      ...(options.driver.nativeBinding ? { nativeBinding: options.driver.nativeBinding } : {}),
      ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    });
  }

  function enterNormal(database: OpenedDatabase): void {
    opened = database;
    recovery = null;
    options.bind(database);
    if (database.quickCheckMs !== null) log.info('quick_check passed', { ms: Math.round(database.quickCheckMs) });
    try {
      writeMarker(file, { lastOpenedAt: clock.now(), schemaVersion: database.schemaVersion, preservedAs: null });
    } catch (error) {
      log.warn('could not write the database state marker', serializeError(error));
    }
  }

  function enterRecovery(problem: RecoveryProblem, preservedAs: string | null, error?: unknown): void {
    opened = null;
    recovery = { problem, preservedAs };
    options.bind(null);
    log.error('starting in recovery mode', { problem, preservedAs, ...(error ? serializeError(error) : {}) });
  }

  /** Moves a damaged file aside and remembers where, so the next start still explains what happened. */
  function preserveDamaged(): string | null {
    try {
      const preservedAs = setAside(file, 'corrupt', clock.now());
      const marker = readMarker(file);
      writeMarker(file, {
        lastOpenedAt: marker?.lastOpenedAt ?? 0,
        schemaVersion: marker?.schemaVersion ?? 0,
        preservedAs,
      });
      return preservedAs;
    } catch (error) {
      log.error('could not move the damaged database aside', serializeError(error));
      return null;
    }
  }

  /** Opens the database, or enters recovery mode (when allowed) for the problems it can help with. */
  async function start(): Promise<void> {
    // What a restore interrupted by a crash left beside the database (it never replaced anything).
    fs.rmSync(restoringPath, { force: true });
    const state = databaseFileState(file);
    const marker = readMarker(file);
    if (options.recoveryMode && marker && state !== 'present') {
      if (state === 'empty') return enterRecovery('corrupt', preserveDamaged());
      return enterRecovery(marker.preservedAs ? 'corrupt' : 'missing', marker.preservedAs ?? null);
    }
    try {
      enterNormal(await openNormally());
    } catch (error) {
      const problem = options.recoveryMode ? problemOf(error) : null;
      if (!problem) throw error;
      enterRecovery(problem, problem === 'corrupt' ? preserveDamaged() : null, error);
    }
  }

  /** After a failed swap: open whatever is in place now; if even that fails, recovery mode explains it. */
  async function startOrGiveUp(): Promise<void> {
    try {
      await start();
    } catch (error) {
      enterRecovery(problemOf(error) ?? 'unreadable', null, error);
    }
  }

  function closeLive(): void {
    for (const listener of [...closingListeners]) listener();
    if (opened?.sqlite.open) opened.sqlite.close();
    opened = null;
  }

  function notifyReopen(): void {
    for (const listener of [...reopenListeners]) {
      try {
        listener();
      } catch (error) {
        log.error('a reopen subscriber failed', serializeError(error));
      }
    }
  }

  function requireNormal(): OpenedDatabase {
    if (!opened) throw new AppError('UNAVAILABLE', 'Gigline is in recovery mode: its database is not open.');
    return opened;
  }

  function requireRecovery(): RecoveryState {
    if (!recovery) throw new AppError('CONFLICT', 'Gigline is not in recovery mode; its database is open.');
    return recovery;
  }

  /** The copy to swap in, beside the database (same folder: the rename is atomic); never left half-made. */
  async function prepareCopy(source: string): Promise<void> {
    try {
      await copyForInstall(source, restoringPath, options.driver);
    } catch (error) {
      fs.rmSync(restoringPath, { force: true });
      throw error;
    }
  }

  /** Runs `swap` with the dispatcher answering UNAVAILABLE, then tells subscribers whatever happened. */
  async function swapping_<T>(swap: () => Promise<T>): Promise<T> {
    swapping = true;
    try {
      return await swap();
    } finally {
      swapping = false;
      fs.rmSync(restoringPath, { force: true });
      notifyReopen();
    }
  }

  async function restore(source: string) {
    const live = requireNormal();
    if (live.readOnly) throw new AppError('READONLY', 'The database is open read-only; restoring needs to write it.');
    const checked = await checkCandidate(source, { known, livePath: file, driver: options.driver, log });
    await prepareCopy(source);
    return swapping_(async () => {
      const safety = await makeBackup(live.sqlite, 'before-restore', clock.now(), backupOptions());
      closeLive();
      try {
        if (fs.existsSync(`${file}-wal`)) {
          throw new AppError('BUSY', 'Another program (another Gigline, or `npm run web`) has the database open. Close it and try again.');
        }
        await swapIn(restoringPath, file);
        try {
          enterNormal(await openNormally(true));
        } catch (error) {
          log.error('the restored database did not open; putting the previous one back', serializeError(error));
          await copyForInstall(safety.path, restoringPath, options.driver);
          await swapIn(restoringPath, file);
          throw error;
        }
      } finally {
        if (!opened) await startOrGiveUp();
      }
      return { safety, checked };
    });
  }

  /** Recovery: installs `source` (a copy of it) or, with null, a new empty database. */
  async function recoverWith(source: string | null) {
    const state = requireRecovery();
    const checked = source ? await checkCandidate(source, { known, livePath: file, driver: options.driver, log }) : null;
    if (source) await prepareCopy(source);
    return swapping_(async () => {
      const occupied = databaseFileState(file) !== 'absent' || fs.existsSync(`${file}-wal`);
      const label = state.problem === 'missing' ? 'replaced' : state.problem;
      const setAsidePath = occupied ? setAside(file, label, clock.now()) : null;
      try {
        removeSideFiles(file);
        if (source) await swapIn(restoringPath, file);
        enterNormal(await openNormally(source !== null));
      } catch (error) {
        // Back to exactly where recovery started: our copy goes, the set-aside file returns.
        fs.rmSync(file, { force: true });
        removeSideFiles(file);
        if (setAsidePath) {
          fs.renameSync(setAsidePath, file);
          for (const suffix of ['-wal', '-shm'])
            if (fs.existsSync(setAsidePath + suffix)) fs.renameSync(setAsidePath + suffix, file + suffix);
        }
        recovery = state;
        throw error;
      }
      return { checked, setAsidePath };
    });
  }

  return {
    start,
    exclusive,
    mode: (): 'normal' | 'recovery' => (opened ? 'normal' : 'recovery'),
    recoveryState: (): RecoveryState | null => recovery,
    isSwapping: () => swapping,
    known: () => known,
    /** A backup of the open database; the retention rule runs afterwards. */
    createBackup(reason: BackupReason): Promise<BackupInfo> {
      return exclusive(async () => {
        // File ages are wall-clock facts (mtime), so this compares with the real clock, not ctx.now().
        removeStalePartials(backupDir, Date.now());
        return makeBackup(requireNormal().sqlite, reason, clock.now(), backupOptions());
      });
    },
    listBackups: (): BackupInfo[] => listBackups(backupDir),
    newestDailyAt(): number | null {
      return listBackups(backupDir).find((backup) => backup.reason === 'daily')?.createdAt ?? null;
    },
    restore: (source: string) => exclusive(() => restore(source)),
    recoverWith: (source: string | null) => exclusive(() => recoverWith(source)),
    /** Closes and opens the database again through the normal path, then tells subscribers. */
    reopen(): Promise<void> {
      return exclusive(async () => {
        closeLive();
        try {
          await startOrGiveUp();
        } finally {
          notifyReopen();
        }
      });
    },
    onClosing(listener: () => void): () => void {
      closingListeners.add(listener);
      return () => closingListeners.delete(listener);
    },
    onReopen(listener: () => void): () => void {
      reopenListeners.add(listener);
      return () => reopenListeners.delete(listener);
    },
    close(): void {
      closeLive();
    },
  };
}

export type DatabaseLifecycle = ReturnType<typeof createDatabaseLifecycle>;
