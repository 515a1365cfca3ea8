/**
 * What every handler receives besides its input: the database, the clock, the user's time zone,
 * the logger and the event emitter. Core code asks ctx.now() — never Date.now() — so tests and the
 * bridge's test clock control time.
 */
import type Database from 'better-sqlite3';
import type {
  AppInfo,
  BackupInfo,
  BackupReason,
  EventMap,
  EventName,
  Recovered,
  RecoveryStatus,
  RestoreResult,
} from '../contract';
import type { AppDatabase } from './db/open-database';
import type { Logger } from './log';
import type { ShellPlatform } from './platform';

export interface Clock {
  now(): number;
  /** The IANA zone wall-clock rules are evaluated in (the OS zone unless a test sets one). */
  timeZone(): string;
}

export interface Context extends Clock {
  db: AppDatabase;
  sqlite: Database.Database;
  log: Logger;
  /** A function property, not a method: it is handed around detached from the context. */
  emit: <N extends EventName>(name: N, payload: EventMap[N]) => void;
  info: AppInfo;
  /** The shell around the core (desktop or web) and what it can do. */
  platform: ShellPlatform;
  /** Backups, restore and recovery: the operations that replace or copy the database file. */
  data: DataControl;
}

export interface DataControl {
  backupDir: string;
  listBackups(): BackupInfo[];
  createBackup(reason: BackupReason): Promise<BackupInfo>;
  /** `file`: a backup's name from listBackups, or an absolute path. */
  restore(file: string): Promise<RestoreResult>;
  recoveryStatus(): Promise<RecoveryStatus>;
  recoverFromBackup(file: string): Promise<Recovered>;
  recoverFromFile(path: string): Promise<Recovered>;
  startFresh(): Promise<Recovered>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/** A clock tests can set and advance; the bridge exposes it on its test-only routes. */
export function createAdjustableClock(start?: number, zone?: string) {
  let offset = start === undefined ? 0 : start - Date.now();
  let frozenAt: number | null = null;
  let zoneOverride = zone ?? null;
  return {
    now: () => (frozenAt ?? Date.now()) + (frozenAt === null ? offset : 0),
    timeZone: () => zoneOverride ?? systemClock.timeZone(),
    set(at: number, options: { freeze?: boolean } = {}) {
      if (options.freeze) {
        frozenAt = at;
      } else {
        frozenAt = null;
        offset = at - Date.now();
      }
    },
    setTimeZone(next: string | null) {
      zoneOverride = next;
    },
    reset() {
      offset = 0;
      frozenAt = null;
      zoneOverride = null;
    },
  };
}
export type AdjustableClock = ReturnType<typeof createAdjustableClock>;
