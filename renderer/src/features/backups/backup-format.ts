/**
 * How a backup reads to a person: when it was made (local time), why, how big, what it holds in words,
 * and what a failed restore means for their data.
 */
import type { BackupInfo, BackupReason } from '../../../../electron/contract';
import { isApiError } from '../../api/api-error';

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const whenWithSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "12 Jan 2026, 14:05" in the user's zone and locale ("14:05:37" with `seconds`). */
export function formatBackupWhen(epochMs: number, seconds = false): string {
  return (seconds ? whenWithSeconds : whenFormat).format(epochMs);
}

/**
 * Each backup's label in a list: to the minute, or to the second where two backups share a minute
 * (two "Back up now" in a row), so no two rows — and no two Restore buttons — read the same.
 */
export function backupWhenLabels(backups: readonly Pick<BackupInfo, 'file' | 'createdAt'>[]): Map<string, string> {
  const perMinute = new Map<string, number>();
  for (const backup of backups) {
    const label = formatBackupWhen(backup.createdAt);
    perMinute.set(label, (perMinute.get(label) ?? 0) + 1);
  }
  return new Map(
    backups.map((backup) => {
      const label = formatBackupWhen(backup.createdAt);
      return [backup.file, (perMinute.get(label) ?? 0) > 1 ? formatBackupWhen(backup.createdAt, true) : label];
    }),
  );
}

export const reasonLabels: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Manual',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

/** "840 bytes", "12 KB", "1.4 MB", "2.1 GB" (decimal units, as file managers show them). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = value >= 100 || unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${units[unit]}`;
}

const countedWords: [key: string, one: string, many: string][] = [
  ['clients', 'client', 'clients'],
  ['gigs', 'gig', 'gigs'],
  ['interviews', 'interview', 'interviews'],
  ['deadlines', 'deadline', 'deadlines'],
];

/** "12 clients · 40 gigs · 9 interviews · 30 deadlines"; null when the backup's contents are unknown. */
export function countsInWords(counts: Record<string, number> | null): string | null {
  if (!counts) return null;
  return countedWords
    .map(([key, one, many]) => {
      const n = counts[key] ?? 0;
      return `${n} ${n === 1 ? one : many}`;
    })
    .join(' · ');
}

/** The same, for a sentence: "with 12 clients, 40 gigs, 9 interviews and 30 deadlines". */
export function countsInSentence(counts: Record<string, number> | null): string {
  const words = countsInWords(counts);
  if (!words) return 'whose contents are not recorded';
  const parts = words.split(' · ');
  return `with ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** "the backup from 12 Jan 2026, 14:05", for "Restore …" and "Restored …". */
export function backupName(when: string): string {
  return `the backup from ${when}`;
}

/** What a refused restore means, in words; the core's own detail follows where it adds something. */
export function restoreErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  if (!isApiError(error)) return detail || 'The restore did not happen. Your data was not changed.';
  switch (error.code) {
    case 'DB_CORRUPT':
      return 'This backup is damaged, so it cannot be restored. Your data was not changed. Choose another backup.';
    case 'DB_FROM_FUTURE':
      return 'This backup was made by a newer version of Gigline. Update Gigline to restore it. Your data was not changed.';
    case 'VALIDATION':
      return `${detail} Your data was not changed.`;
    case 'NOT_FOUND':
      return 'This backup is no longer in the backups folder (it was moved or deleted). Your data was not changed.';
    case 'STORAGE_FULL':
      return 'The disk is full, so Gigline could not first back up your current data. Nothing was changed. Free some space and try again.';
    case 'READONLY':
      return 'Gigline cannot write its database or backups folder (read-only). Nothing was changed.';
    case 'UNAVAILABLE':
    case 'BUSY':
      return `${detail} Try again in a moment.`;
    default:
      return detail;
  }
}
