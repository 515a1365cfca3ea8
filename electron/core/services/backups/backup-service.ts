/**
 * Making a backup and keeping the folder tidy: the online backup with its sidecar, then the retention
 * rule applied to what is there. A backup with under half the rows of the one before it is logged as a
 * warning and, by the retention rule, deletes nothing.
 */
import type Database from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../../contract';
import { backupDatabase, type DriverOptions } from '../../db/backup';
import type { Logger } from '../../log';
import { deleteBackup, listBackups } from './backup-catalog';
import { backupsToDelete } from './retention';

export interface BackupServiceOptions {
  backupDir: string;
  log: Logger;
  appVersion: string | null;
  driver: DriverOptions;
}

/** Deletes what the retention rule does not keep; returns the deleted names. */
export function applyRetention(backupDir: string, now: number, log: Logger): string[] {
  const doomed = backupsToDelete(listBackups(backupDir), now);
  for (const name of doomed) {
    try {
      deleteBackup(backupDir, name);
    } catch (error) {
      log.warn('could not delete an old backup', { name, error: String(error) });
    }
  }
  if (doomed.length) log.info('removed old backups', { removed: doomed });
  return doomed;
}

export async function makeBackup(
  sqlite: Database.Database,
  reason: BackupReason,
  at: number,
  options: BackupServiceOptions,
): Promise<BackupInfo> {
  const record = await backupDatabase(sqlite, options.backupDir, {
    reason,
    at,
    appVersion: options.appVersion,
    driver: options.driver,
  });
  const listed = listBackups(options.backupDir).find((backup) => backup.file === record.file);
  const made: BackupInfo = listed ?? { ...record, suspicious: false };
  if (made.suspicious) {
    options.log.warn('the new backup has under half the rows of the one before it; no older backup is removed', {
      file: made.file,
      totalRows: made.totalRows,
    });
  } else {
    options.log.info('backed up the database', { file: made.file, reason, totalRows: made.totalRows });
  }
  applyRetention(options.backupDir, at, options.log);
  return made;
}
