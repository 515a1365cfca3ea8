/**
 * Shared pieces of the CSV imports: checking a cell with the same zod field schema the forms use (so the
 * message next to a row is the one the form would show), tag lists, the tag-id cache used while writing,
 * and the common front half (read, map columns, report mapping problems).
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { tagList, type ImportIssue, type ImportPreview } from '../../contract';
import { statement } from '../db/statements';
import { readCsv, type CsvTable } from './csv-format';
import { fieldInfo, resolveMapping, type CsvFieldDef, type Mapping } from './csv-mapping';

export interface RowCheck {
  line: number;
  entity: string;
  issues: ImportIssue[];
}

/** Parses one cell with a field schema; on failure records "<Header>: <message>" and returns undefined. */
export function checkCell<T>(
  row: RowCheck,
  schema: z.ZodType<T>,
  raw: unknown,
  field: string,
  header: string,
): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'Not a valid value';
  row.issues.push({ row: row.line, entity: row.entity, field, message: `${header}: ${message}` });
  return undefined;
}

export function rowError(row: RowCheck, field: string | null, message: string): void {
  row.issues.push({ row: row.line, entity: row.entity, field, message });
}

/** "design; ux, Web" → ['design', 'ux', 'Web'] (deduplicated ignoring case, checked like the form's tags). */
export function tagsOf(row: RowCheck, raw: string, header: string): string[] | undefined {
  const names = raw
    .split(/[;,]/)
    .map((t) => t.trim())
    .filter(Boolean);
  return names.length ? checkCell(row, tagList, names, 'tags', header) : [];
}

/** Tag ids by lower-cased name, creating missing tags on first use (inside the caller's transaction). */
export function createTagCache(sqlite: Database.Database, now: number) {
  const known = new Map(
    (sqlite.prepare('SELECT id, lower(name) AS name FROM tags').all() as { id: number; name: string }[]).map((t) => [
      t.name,
      t.id,
    ]),
  );
  let created = 0;
  return {
    idOf(name: string): number {
      const key = name.toLowerCase();
      let found = known.get(key);
      if (found === undefined) {
        found = Number(
          statement(sqlite, 'INSERT INTO tags (name, created_at) VALUES (?, ?)').run(name, now).lastInsertRowid,
        );
        known.set(key, found);
        created++;
      }
      return found;
    },
    created: () => created,
  };
}

export interface CsvFront {
  table: CsvTable;
  mapping: Mapping;
  errors: ImportIssue[];
  csv: NonNullable<ImportPreview['csv']>;
}

export function readMappedCsv(
  text: string,
  fields: CsvFieldDef[],
  sent: Partial<Record<string, number | null>> | undefined,
): CsvFront {
  const table = readCsv(text);
  const { mapping, errors } = resolveMapping(table.headers, fields, sent);
  if (!table.rows.length)
    errors.push({ row: null, entity: null, field: null, message: 'The file has a header row but no data rows.' });
  return {
    table,
    mapping,
    errors: [...errors, ...table.errors],
    csv: { headers: table.headers, delimiter: table.delimiter, fields: fieldInfo(fields), mapping },
  };
}

/** The header a field is read from, for messages. */
export function headerOf(front: CsvFront, fields: CsvFieldDef[], key: string): string {
  const column = front.mapping[key];
  const label = fields.find((f) => f.key === key)?.label ?? key;
  return column === null || column === undefined ? label : (front.table.headers[column] ?? label);
}
