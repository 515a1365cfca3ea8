/**
 * Reads a Gigline JSON export and checks every row before anything is written: the document's format and
 * versions (a newer format or schema is refused with DB_FROM_FUTURE), then per row the column types, enums,
 * required values, dates and time zones, duplicate keys, and that every reference points at a row of the
 * file. Rows come out in storage form (booleans 0/1, JSON columns as text), ready to insert.
 */
import { isValidTimeZone, JSON_FORMAT, JSON_FORMAT_VERSION, type ImportIssue } from '../../contract';
import { AppError } from '../errors';
import { parseJsonText } from './json-syntax';
import type { Progress } from './progress';
import { yieldToEventLoop } from './progress';
import {
  DATE_COLUMNS,
  TABLE_SPECS,
  ZONE_COLUMNS,
  type ColumnSpec,
  type TableName,
  type TableSpec,
} from './table-specs';

export type StoredRow = Record<string, unknown>;

export interface JsonDocument {
  formatVersion: number;
  schemaVersion: number;
  exportedAt: number | null;
  appVersion: string | null;
  tables: Map<TableName, StoredRow[]>;
  /** Rows per table by their 1-based position in the file, for messages. */
  total: number;
  errors: ImportIssue[];
  warnings: string[];
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function futureError(what: string): AppError {
  return new AppError(
    'DB_FROM_FUTURE',
    `This file was exported by a newer version of Gigline (${what}). Update Gigline to import it.`,
  );
}

function headerOf(value: unknown, schemaVersion: number) {
  const invalid = (message: string) => new AppError('VALIDATION', message, [{ path: 'content', message }]);
  if (!isObject(value) || value.format !== JSON_FORMAT) {
    throw invalid(
      'This is not a Gigline export: the file has no "format": "gigline". Choose a file exported by Gigline.',
    );
  }
  const formatVersion = value.formatVersion;
  const fileSchema = value.schemaVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    throw invalid('The export has no valid "formatVersion".');
  if (typeof fileSchema !== 'number' || !Number.isInteger(fileSchema) || fileSchema < 0)
    throw invalid('The export has no valid "schemaVersion".');
  if (formatVersion > JSON_FORMAT_VERSION) throw futureError(`format ${formatVersion}`);
  if (fileSchema > schemaVersion)
    throw futureError(`database version ${fileSchema}, this one reads up to ${schemaVersion}`);
  if (!isObject(value.data)) throw invalid('The export has no "data" section.');
  const app = isObject(value.app) ? value.app : {};
  return {
    formatVersion,
    schemaVersion: fileSchema,
    exportedAt: typeof value.exportedAt === 'number' ? value.exportedAt : null,
    appVersion: typeof app.version === 'string' ? app.version : null,
    data: value.data,
  };
}

/** The storage value of one cell, or an error message. */
function cell(table: TableName, column: ColumnSpec, raw: unknown): { value: unknown } | { error: string } {
  if (raw === undefined) {
    if (column.fallback !== undefined)
      return { value: column.kind === 'boolean' ? Number(column.fallback) : column.fallback };
    return column.notNull ? { error: `${column.name} is missing` } : { value: null };
  }
  if (raw === null) return column.notNull ? { error: `${column.name} cannot be empty` } : { value: null };
  switch (column.kind) {
    case 'integer':
      return Number.isSafeInteger(raw) ? { value: raw } : { error: `${column.name} must be a whole number` };
    case 'real':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { value: raw }
        : { error: `${column.name} must be a number` };
    case 'boolean':
      if (raw === true || raw === 1) return { value: 1 };
      if (raw === false || raw === 0) return { value: 0 };
      return { error: `${column.name} must be true or false` };
    case 'json':
      return { value: JSON.stringify(raw) };
    case 'text': {
      if (typeof raw !== 'string') return { error: `${column.name} must be text` };
      if (column.enumValues && !column.enumValues.includes(raw))
        return { error: `${column.name} "${raw.slice(0, 40)}" is not one of ${column.enumValues.join(', ')}` };
      const qualified = `${table}.${column.name}`;
      if (DATE_COLUMNS.has(qualified) && !isRealDate(raw))
        return { error: `${column.name} "${raw.slice(0, 40)}" is not a date like 2026-03-31` };
      if (ZONE_COLUMNS.has(qualified) && !isValidTimeZone(raw))
        return { error: `${column.name} "${raw.slice(0, 64)}" is not a time zone` };
      return { value: raw };
    }
  }
}

function keyOf(spec: TableSpec, row: StoredRow): string {
  return spec.key.map((column) => String(row[column])).join('|');
}

/** Extra per-table rules: what the schema's CHECK and unique indexes demand. */
function uniqueKeyOf(table: TableName, row: StoredRow): string | null {
  if (table === 'tags') return String(row.name).toLowerCase();
  if (table === 'reminders') return `${String(row.source_kind)}|${String(row.source_id)}|${String(row.rule_key)}`;
  if (table === 'reminder_deliveries') return `${String(row.reminder_id)}|${String(row.due_at)}`;
  return null;
}

export async function readJsonDocument(text: string, schemaVersion: number, progress: Progress): Promise<JsonDocument> {
  const header = headerOf(parseJsonText(text), schemaVersion);
  const errors: ImportIssue[] = [];
  const warnings: string[] = [];
  const known = new Set<string>(TABLE_SPECS.map((spec) => spec.name));
  const unknownTables = Object.keys(header.data).filter((name) => !known.has(name));
  if (unknownTables.length) warnings.push(`Ignored unknown section(s): ${unknownTables.join(', ')}.`);
  let total = 0;
  for (const spec of TABLE_SPECS) {
    const rows = header.data[spec.name];
    if (rows !== undefined && !Array.isArray(rows)) {
      errors.push({ row: null, entity: spec.name, field: null, message: `"${spec.name}" must be a list of rows` });
    } else total += rows?.length ?? 0;
  }
  progress.phase('validating', total);
  const tables = new Map<TableName, StoredRow[]>();
  for (const spec of TABLE_SPECS) {
    const input = header.data[spec.name];
    const rows: StoredRow[] = [];
    tables.set(spec.name, rows);
    if (!Array.isArray(input)) continue;
    const seenKeys = new Set<string>();
    const seenUnique = new Set<string>();
    const extra = new Set<string>();
    for (let index = 0; index < input.length; index++) {
      if (progress.step()) await yieldToEventLoop();
      const raw: unknown = input[index];
      const issue = (field: string | null, message: string) =>
        errors.push({ row: index + 1, entity: spec.name, field, message });
      if (!isObject(raw)) {
        issue(null, 'Each row must be an object');
        continue;
      }
      const row: StoredRow = {};
      let ok = true;
      for (const column of spec.columns) {
        const result = cell(spec.name, column, raw[column.name]);
        if ('error' in result) {
          issue(column.name, result.error);
          ok = false;
        } else row[column.name] = result.value;
      }
      for (const name of Object.keys(raw)) if (!spec.byName.has(name)) extra.add(name);
      if (!ok) continue;
      if (spec.name === 'deadlines' && (row.due_at === null) === (row.due_date === null)) {
        issue('due_at', 'A deadline needs either due_at or due_date, not both');
        continue;
      }
      const key = keyOf(spec, row);
      if (seenKeys.has(key)) issue(spec.key.join(', '), `Another row has the same ${spec.key.join(' and ')} (${key})`);
      seenKeys.add(key);
      const unique = uniqueKeyOf(spec.name, row);
      if (unique !== null) {
        if (seenUnique.has(unique)) issue(null, `Duplicate of an earlier row (${unique})`);
        seenUnique.add(unique);
      }
      rows.push({ ...row, __row: index + 1 });
    }
    if (extra.size) warnings.push(`Ignored unknown field(s) in ${spec.name}: ${[...extra].slice(0, 10).join(', ')}.`);
  }
  checkReferences(tables, errors);
  return { ...header, tables, total, errors, warnings };
}

/** Every foreign key must point at a row of the file (ids are the file's own). */
function checkReferences(tables: Map<TableName, StoredRow[]>, errors: ImportIssue[]) {
  const ids = new Map<TableName, Set<unknown>>();
  for (const spec of TABLE_SPECS)
    if (spec.key[0] === 'id') ids.set(spec.name, new Set(tables.get(spec.name)?.map((r) => r.id)));
  for (const spec of TABLE_SPECS) {
    const refs = spec.columns.filter((column) => column.ref !== null);
    if (!refs.length) continue;
    for (const row of tables.get(spec.name) ?? []) {
      for (const column of refs) {
        const value = row[column.name];
        if (value === null || ids.get(column.ref as TableName)?.has(value)) continue;
        errors.push({
          row: row.__row as number,
          entity: spec.name,
          field: column.name,
          message: `${column.name} ${JSON.stringify(value)} points at no row of ${String(column.ref)} in the file`,
        });
      }
    }
  }
}

/** The row's columns without the bookkeeping `__row`. */
export function rowNumberOf(row: StoredRow): number {
  return row.__row as number;
}
