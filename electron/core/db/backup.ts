/**
 * Online backups through SQLite's backup API (better-sqlite3 `backup()`), which copies a consistent
 * snapshot including what is still in the WAL. A plain file copy of a live WAL database can miss
 * committed data, so nothing here ever copies the database file.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export function backupFileName(reason: string, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  return `gigline-${reason}-${stamp}.sqlite`;
}

export async function backupDatabase(sqlite: Database.Database, directory: string, reason: string, at: number) {
  fs.mkdirSync(directory, { recursive: true });
  const target = path.join(directory, backupFileName(reason, at));
  const partial = `${target}.partial`;
  await sqlite.backup(partial);
  fs.renameSync(partial, target);
  return target;
}
