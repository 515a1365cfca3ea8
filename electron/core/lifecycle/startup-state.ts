/**
 * What start-up needs to tell a healthy database from a problem: a small state marker beside the
 * database (written after every successful open), so a database that vanished is noticed instead of
 * being silently replaced by an empty one; the classification of open errors into recovery problems; and
 * setting a file aside (`gigline.sqlite.corrupt-<UTC stamp>`, with its -wal/-shm) — never deleting it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecoveryProblem } from '../../contract';
import { AppError } from '../errors';

const MarkerSchema = z.object({
  lastOpenedAt: z.number(),
  schemaVersion: z.number(),
  /** Set when start-up moved a damaged database aside; cleared by the next successful open. */
  preservedAs: z.string().nullable().optional(),
});
export type StateMarker = z.infer<typeof MarkerSchema>;

export function markerPathOf(databasePath: string): string {
  return databasePath.replace(/\.sqlite$/, '') + '.state.json';
}

export function readMarker(databasePath: string): StateMarker | null {
  try {
    const parsed = MarkerSchema.safeParse(JSON.parse(fs.readFileSync(markerPathOf(databasePath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Small and rewritten whole: write-to-temp then rename, so a crash never leaves half a marker. */
export function writeMarker(databasePath: string, marker: StateMarker): void {
  const file = markerPathOf(databasePath);
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(marker)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}

export function databaseFileState(databasePath: string): 'absent' | 'empty' | 'present' {
  try {
    return fs.statSync(databasePath).size === 0 ? 'empty' : 'present';
  } catch {
    return 'absent';
  }
}

const SIDE_FILES = ['-wal', '-shm'] as const;

const stampOf = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-');

/**
 * Renames the database and its -wal/-shm to `<db>.<label>-<stamp>` (+ same suffixes), so the set stays
 * openable together. Returns the new path of the database file.
 */
export function setAside(databasePath: string, label: string, at: number): string {
  let target = `${databasePath}.${label}-${stampOf(at)}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${databasePath}.${label}-${stampOf(at)}-${n}`;
  if (fs.existsSync(databasePath)) fs.renameSync(databasePath, target);
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(databasePath + suffix)) fs.renameSync(databasePath + suffix, target + suffix);
  }
  return target;
}

/** The recovery problem an open error means, or null when recovery mode cannot help (show it and quit). */
export function problemOf(error: unknown): RecoveryProblem | null {
  if (!(error instanceof AppError)) return null;
  if (error.code === 'DB_CORRUPT') return 'corrupt';
  if (error.code === 'DB_FROM_FUTURE') return 'future';
  if (error.code === 'UNAVAILABLE') return 'unreadable';
  return null;
}

export function problemMessage(problem: RecoveryProblem, databasePath: string, preservedAs: string | null): string {
  const name = path.basename(databasePath);
  switch (problem) {
    case 'corrupt':
      return (
        `Gigline's database file is damaged and could not be opened safely. It was kept as ` +
        `${preservedAs ? path.basename(preservedAs) : name} (nothing was deleted). Restore the newest good backup, ` +
        `or choose another database file.`
      );
    case 'missing':
      return (
        `Gigline's database file (${name}) is missing from ${path.dirname(databasePath)}, although Gigline ` +
        `used it before. It may have been moved or deleted. Locate the file, restore a backup, or start with ` +
        `an empty database.`
      );
    case 'future':
      return (
        `This database was saved by a newer version of Gigline. Install the latest Gigline to open it; ` +
        `the file was left untouched. You can also restore an older backup (the newer file is kept).`
      );
    case 'unreadable':
      return (
        `Gigline could not read its database file (${name}). Check the file's permissions and whether the ` +
        `disk is available, then restart Gigline — or restore a backup (the file is kept).`
      );
  }
}
