/**
 * The handlers' view of backups, restore and recovery (ctx.data): resolves what the person chose (a
 * backup's name, or an absolute path) and shapes the lifecycle's results for the contract.
 */
import path from 'node:path';
import type { BackupInfo, Recovered, RestoreResult } from '../../contract';
import type { DataControl } from '../context';
import type { DriverOptions } from '../db/backup';
import { AppError } from '../errors';
import { backupPathOf, listBackups } from '../services/backups/backup-catalog';
import type { DatabaseLifecycle } from './database-lifecycle';
import { describeRecovery, type CheckCache } from './recovery-status';

export interface DataControlOptions {
  lifecycle: DatabaseLifecycle;
  databasePath: string;
  backupDir: string;
  driver: DriverOptions;
}

const isBareName = (value: string) => !/[\\/]/.test(value);

export function createDataControl(options: DataControlOptions): DataControl {
  const { lifecycle, backupDir } = options;
  const cache: CheckCache = new Map();

  function backupByName(name: string): string {
    const found = backupPathOf(backupDir, name);
    if (!found) throw new AppError('NOT_FOUND', `There is no backup called "${name.slice(0, 200)}".`);
    return found;
  }

  /** A backup's name, or an absolute path the person picked. */
  function resolveChoice(file: string): string {
    if (isBareName(file)) return backupByName(file);
    if (!path.isAbsolute(file)) {
      throw new AppError('VALIDATION', 'Give the full path of the file.', [
        { path: 'file', message: 'Give the full path of the file' },
      ]);
    }
    return path.normalize(file);
  }

  const infoOf = (file: string): BackupInfo | null => listBackups(backupDir).find((b) => b.file === file) ?? null;

  async function recover(source: string | null, label: string | null): Promise<Recovered> {
    const { checked, setAsidePath } = await lifecycle.recoverWith(source);
    return { source: label, setAside: setAsidePath, counts: checked?.counts ?? {} };
  }

  return {
    backupDir,
    listBackups: () => lifecycle.listBackups(),
    createBackup: (reason) => lifecycle.createBackup(reason),
    async restore(file): Promise<RestoreResult> {
      const source = resolveChoice(file);
      const { safety, checked } = await lifecycle.restore(source);
      return {
        restoredFrom: isBareName(file) ? file : source,
        safetyBackup: infoOf(safety.file) ?? safety,
        schemaVersion: checked.schemaVersion,
        counts: checked.counts,
      };
    },
    async recoveryStatus() {
      const state = lifecycle.recoveryState();
      if (!state) throw new AppError('CONFLICT', 'Gigline is not in recovery mode; its database is open.');
      return describeRecovery(state, {
        databasePath: options.databasePath,
        backups: lifecycle.listBackups(),
        known: lifecycle.known(),
        driver: options.driver,
        cache,
      });
    },
    recoverFromBackup: (file) => recover(backupByName(file), file),
    recoverFromFile: (file) => recover(resolveChoice(file), path.normalize(file)),
    startFresh: () => recover(null, null),
  };
}
