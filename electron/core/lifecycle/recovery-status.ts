/**
 * What the recovery screen shows: the problem in words, where a damaged file was kept, and every backup
 * judged by a full integrity_check (in a worker thread) — usable ones first, newest first. Results are
 * remembered per file, size and modification time, so asking again is instant.
 */
import fs from 'node:fs';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import type { BackupInfo, RecoveryBackup, RecoveryStatus } from '../../contract';
import type { DriverOptions } from '../db/backup';
import { assertNotFromFuture } from '../db/migrations';
import { checkDatabaseFile } from '../services/backups/check-worker';
import { problemMessage } from './startup-state';
import type { RecoveryState } from './database-lifecycle';

export type CheckCache = Map<string, string | null>;

/** Why a backup cannot be restored, or null when it can. */
async function unusableReason(
  backup: BackupInfo,
  known: MigrationMeta[],
  driver: DriverOptions,
  cache: CheckCache,
): Promise<string | null> {
  let key: string;
  try {
    const stat = fs.statSync(backup.path);
    key = `${backup.path}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'The file is gone.';
  }
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const check = await checkDatabaseFile(backup.path, { ...driver, pragma: 'integrity_check' });
  let reason: string | null = null;
  if (check.errorCode !== null || check.integrity === null) reason = 'The file cannot be opened as a database.';
  else if (check.integrity.length !== 1 || check.integrity[0] !== 'ok') reason = 'The file is damaged.';
  else if (!check.hasMigrationsTable) reason = 'The file is not a Gigline database.';
  else {
    try {
      assertNotFromFuture({ applied: check.applied, userVersion: check.userVersion }, known);
    } catch {
      reason = 'It was made by a newer version of Gigline.';
    }
  }
  cache.set(key, reason);
  return reason;
}

export async function describeRecovery(
  state: RecoveryState,
  context: { databasePath: string; backups: BackupInfo[]; known: MigrationMeta[]; driver: DriverOptions; cache: CheckCache },
): Promise<RecoveryStatus> {
  const judged: RecoveryBackup[] = [];
  for (const backup of context.backups) {
    const reason = await unusableReason(backup, context.known, context.driver, context.cache);
    judged.push({ ...backup, usable: reason === null, unusableReason: reason });
  }
  const byNewest = (a: RecoveryBackup, b: RecoveryBackup) => b.createdAt - a.createdAt;
  return {
    problem: state.problem,
    message: problemMessage(state.problem, context.databasePath, state.preservedAs),
    databasePath: context.databasePath,
    preservedAs: state.preservedAs,
    backups: [...judged.filter((b) => b.usable).sort(byNewest), ...judged.filter((b) => !b.usable).sort(byNewest)],
  };
}
