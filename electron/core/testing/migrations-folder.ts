/**
 * Builds a migrations folder for tests: a copy of the real drizzle-kit migrations (SQL files and
 * journal) with extra migrations appended after the newest one, as a future release would ship them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from './temp-core';

interface Journal {
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

export interface ExtraMigration {
  tag: string;
  /** Statements joined by drizzle-kit's `--> statement-breakpoint` marker. */
  sql: string;
}

/**
 * `take` keeps only the first N real migrations (a fixture generated against an older schema stays valid
 * however the schema moves on).
 */
export function migrationsFolderWith(
  parentDir: string,
  extra: ExtraMigration[],
  options: { take?: number } = {},
): string {
  const folder = path.join(parentDir, `migrations-${options.take ?? 'all'}-${extra.map((m) => m.tag).join('-')}`);
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as Journal;
  if (options.take !== undefined) journal.entries = journal.entries.slice(0, options.take);
  let when = Math.max(...journal.entries.map((entry) => entry.when));
  for (const migration of extra) {
    when += 1000;
    journal.entries.push({ idx: journal.entries.length, version: '6', when, tag: migration.tag, breakpoints: true });
    fs.writeFileSync(path.join(folder, `${migration.tag}.sql`), migration.sql);
  }
  fs.writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  return folder;
}

export const BREAKPOINT = '\n--> statement-breakpoint\n';
