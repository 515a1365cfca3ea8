/**
 * Read-only views of a database for assertions: the schema as SQLite stores it, row counts of every
 * table, and a cheap "did anything change" fingerprint (row counts plus the connection's total_changes()).
 */
import type Database from 'better-sqlite3';

export function schemaDump(sqlite: Database.Database): string {
  const rows = sqlite
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all();
  return JSON.stringify(rows);
}

export function tableNames(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((row) => row.name);
}

export function rowCounts(sqlite: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of tableNames(sqlite)) {
    const row = sqlite.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number };
    counts[name] = row.n;
  }
  return counts;
}

/** Changes whenever any row of any table is inserted, updated or deleted through this connection. */
export function writeFingerprint(sqlite: Database.Database): string {
  const changes = (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return JSON.stringify({ counts: rowCounts(sqlite), changes });
}

export function migrationRows(sqlite: Database.Database): unknown[] {
  return sqlite.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at').all();
}

export function integrityCheck(sqlite: Database.Database): string {
  return String(sqlite.pragma('integrity_check', { simple: true }));
}

/** Every row of every table, order-independent, for "nothing changed at all" assertions. */
export function contentDump(sqlite: Database.Database): Record<string, string[]> {
  const dump: Record<string, string[]> = {};
  for (const name of tableNames(sqlite)) {
    const rows = sqlite
      .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
      .raw()
      .all() as unknown[][];
    // Blobs (FTS index pages) as base64: JSON of a Buffer is an array of numbers, slow and huge.
    dump[name] = rows
      .map((row) => JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v))))
      .sort();
  }
  return dump;
}
