/**
 * Which backups to keep (a pure rule; the caller deletes the rest).
 *
 * Daily backups: the newest of each of the last 7 days, 4 ISO weeks and 12 months that have one (UTC
 * calendar; periods without a backup do not use up a slot, so a month away from the computer keeps the
 * dailies from before it). Manual, before-migration and before-restore backups: kept 90 days, and the
 * newest of each kind is kept whatever its age.
 *
 * The guard against the "today's backup is empty and rotated yesterday's away" failure: a suspicious
 * backup (under half the rows of the one before it) never fills a daily/weekly/monthly slot, is kept 90
 * days, keeps the backup it was compared with for as long as it is kept itself, and while the newest
 * backup is suspicious nothing at all is deleted.
 */
import type { BackupReason } from '../../../contract';
import { compareBackups } from './backup-catalog';

export const RETENTION = { daily: 7, weekly: 4, monthly: 12, otherDays: 90 } as const;

const DAY_MS = 86_400_000;

export interface RetentionEntry {
  file: string;
  reason: BackupReason;
  createdAt: number;
  suspicious: boolean;
  /** Rows in the backup, when known: a suspicious one was compared with the previous known total. */
  totalRows: number | null;
}

const dayKey = (at: number) => new Date(at).toISOString().slice(0, 10);
const monthKey = (at: number) => new Date(at).toISOString().slice(0, 7);

/** ISO 8601 week, e.g. "2026-W03" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekKey(at: number): string {
  const date = new Date(at);
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const year = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Keeps the newest entry of each of the `slots` most recent periods (entries sorted newest first). */
function newestPerPeriod(entries: RetentionEntry[], key: (at: number) => string, slots: number): RetentionEntry[] {
  const seen = new Set<string>();
  const kept: RetentionEntry[] = [];
  for (const entry of entries) {
    const period = key(entry.createdAt);
    if (seen.has(period)) continue;
    if (seen.size === slots) break;
    seen.add(period);
    kept.push(entry);
  }
  return kept;
}

/** The files to delete; everything else stays. */
export function backupsToDelete(entries: readonly RetentionEntry[], now: number): string[] {
  const newestFirst = [...entries].sort((a, b) => compareBackups(b, a));
  const newest = newestFirst[0];
  if (!newest || newest.suspicious) return [];

  const keep = new Set<string>([newest.file]);
  const dailies = newestFirst.filter((entry) => entry.reason === 'daily' && !entry.suspicious);
  for (const entry of newestPerPeriod(dailies, dayKey, RETENTION.daily)) keep.add(entry.file);
  for (const entry of newestPerPeriod(dailies, isoWeekKey, RETENTION.weekly)) keep.add(entry.file);
  for (const entry of newestPerPeriod(dailies, monthKey, RETENTION.monthly)) keep.add(entry.file);

  const newestOfReason = new Set<BackupReason>();
  for (const entry of newestFirst) {
    if (entry.reason === 'daily' && !entry.suspicious) continue;
    const young = now - entry.createdAt <= RETENTION.otherDays * DAY_MS;
    const firstOfKind = entry.reason !== 'daily' && !newestOfReason.has(entry.reason);
    if (entry.reason !== 'daily') newestOfReason.add(entry.reason);
    if (young || firstOfKind) keep.add(entry.file);
  }

  // A kept suspicious backup keeps the backup it was compared with: the last state before the drop.
  let previousKnown: RetentionEntry | null = null;
  for (const entry of [...newestFirst].reverse()) {
    if (entry.suspicious && keep.has(entry.file) && previousKnown) keep.add(previousKnown.file);
    if (entry.totalRows !== null) previousKnown = entry;
  }

  return newestFirst.filter((entry) => !keep.has(entry.file)).map((entry) => entry.file);
}
