/**
 * The full JSON export: every user table's rows under their SQL column names, ids included, booleans as
 * true/false and JSON columns as JSON. One row per line keeps a large file readable and diffable.
 * Importing it into an empty database reproduces every row (json-import.ts; tested by a logical dump).
 */
import type Database from 'better-sqlite3';
import { JSON_FORMAT, JSON_FORMAT_VERSION } from '../../contract';
import { TABLE_SPECS, type TableSpec } from './table-specs';

export interface JsonExportMeta {
  schemaVersion: number;
  appVersion: string;
  exportedAt: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function decodeRow(spec: TableSpec, raw: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const { columns } = spec;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const value = raw[i];
    if (value === null || value === undefined) row[column.name] = null;
    else if (column.kind === 'boolean') row[column.name] = value === 1 || value === true;
    else if (column.kind === 'json') row[column.name] = parseStoredJson(value);
    else row[column.name] = value;
  }
  return row;
}

function parseStoredJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function selectAll(sqlite: Database.Database, spec: TableSpec) {
  const columns = spec.columns.map((c) => quote(c.name)).join(', ');
  const order = spec.key.map(quote).join(', ');
  return sqlite.prepare(`SELECT ${columns} FROM ${quote(spec.name)} ORDER BY ${order}`).raw();
}

export function tableRows(sqlite: Database.Database, spec: TableSpec): Record<string, unknown>[] {
  return (selectAll(sqlite, spec).all() as unknown[][]).map((raw) => decodeRow(spec, raw));
}

/** The export document as text, plus how many rows it holds. */
export function exportJsonDocument(
  sqlite: Database.Database,
  meta: JsonExportMeta,
): { content: string; count: number } {
  const parts: string[] = [];
  const counts: Record<string, number> = {};
  let count = 0;
  // One read transaction: a write landing mid-export cannot leave a gig without its client in the file.
  sqlite.transaction(() => {
    for (const spec of TABLE_SPECS) {
      const lines: string[] = [];
      for (const raw of selectAll(sqlite, spec).all() as unknown[][]) lines.push(JSON.stringify(decodeRow(spec, raw)));
      counts[spec.name] = lines.length;
      count += lines.length;
      const body = lines.join(',\n');
      parts.push(`${JSON.stringify(spec.name)}: [${body ? `\n${body}\n` : ''}]`);
    }
  })();
  const header = {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    exportedAt: meta.exportedAt,
    exportedAtIso: new Date(meta.exportedAt).toISOString(),
    app: { name: 'Gigline', version: meta.appVersion },
    counts,
  };
  const head = JSON.stringify(header).slice(0, -1);
  return { content: `${head},\n"data": {\n${parts.join(',\n')}\n}}\n`, count };
}
