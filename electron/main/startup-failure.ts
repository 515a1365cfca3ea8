/**
 * The words shown when Gigline cannot open its database. Each case says what happened, that nothing
 * was changed, and what the person can do; the quit happens before any write, so the file is untouched.
 */
import { AppError } from '../core/errors';

export interface StartupFailure {
  title: string;
  message: string;
}

export interface StartupFailureContext {
  dataDir: string;
  logFile: string;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeStartupFailure(error: unknown, where: StartupFailureContext): StartupFailure {
  const title = 'Gigline cannot open your data';
  const untouched = `Your data folder was not changed: ${where.dataDir}`;
  const logHint = `Details are in the log: ${where.logFile}`;
  const code = error instanceof AppError ? error.code : null;
  const lines: string[] = [];
  switch (code) {
    case 'DB_FROM_FUTURE':
      lines.push('Your database was saved by a newer version of Gigline. Install the latest Gigline to open it.');
      break;
    case 'DB_CORRUPT':
      lines.push(
        'The database file is damaged. Gigline keeps automatic backups in the "backups" folder next to it; ' +
          'do not delete anything before you have copied the folder somewhere safe.',
      );
      break;
    case 'MIGRATION_FAILED':
      lines.push(
        'Gigline could not update your database to this version. The update was rolled back, and a backup ' +
          'taken just before it is in the "backups" folder.',
      );
      break;
    case 'READONLY':
      lines.push('The database file is read-only, and this version of Gigline needs to update it.');
      lines.push('Check the file’s permissions, or whether the disk is mounted read-only.');
      break;
    case 'STORAGE_FULL':
      lines.push('The disk is full. Free some space and start Gigline again.');
      break;
    case 'BUSY':
      lines.push('The database is in use by another program. Close it and start Gigline again.');
      break;
    default:
      if (/NODE_MODULE_VERSION/.test(detailOf(error))) {
        lines.push(
          'The database driver was built for Node.js, not for Electron. Start Gigline with "npm start", ' +
            'which prepares a driver for Electron.',
        );
      } else {
        lines.push(`Gigline could not start: ${detailOf(error)}`);
      }
  }
  lines.push('', untouched, logHint);
  return { title, message: lines.join('\n') };
}
