/**
 * What the full JSON export carries, derived from the drizzle schema so a column added by a migration is
 * exported and validated without touching this file: every user table in foreign-key order, each column's
 * SQL name, storage type, nullability, default and enum, and which table each foreign key points at.
 * search_index / search_queue are derived data and rebuilt after an import, so they are not listed.
 */
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../../drizzle/schema';

export type ColumnKind = 'integer' | 'real' | 'text' | 'boolean' | 'json';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  notNull: boolean;
  /** The static default a missing value takes (undefined when the column has none). */
  fallback: unknown;
  enumValues: readonly string[] | null;
  /** The table an id in this column points at. */
  ref: TableName | null;
}

export interface TableSpec {
  name: TableName;
  columns: ColumnSpec[];
  /** The primary key: 'id', 'key' (settings), or the two columns of a link table. */
  key: string[];
  byName: Map<string, ColumnSpec>;
}

/** Insert order: every table after the tables it references. */
const TABLES = [
  ['settings', schema.settings],
  ['stages', schema.stages],
  ['prep_template_items', schema.prepTemplateItems],
  ['tags', schema.tags],
  ['clients', schema.clients],
  ['contacts', schema.contacts],
  ['client_tags', schema.clientTags],
  ['gigs', schema.gigs],
  ['gig_tags', schema.gigTags],
  ['gig_questions', schema.gigQuestions],
  ['rate_events', schema.rateEvents],
  ['interviews', schema.interviews],
  ['interview_contacts', schema.interviewContacts],
  ['interview_prep_items', schema.interviewPrepItems],
  ['deadlines', schema.deadlines],
  ['timeline_events', schema.timelineEvents],
  ['reminders', schema.reminders],
  ['reminder_deliveries', schema.reminderDeliveries],
] as const satisfies readonly (readonly [string, SQLiteTable])[];

export type TableName = (typeof TABLES)[number][0];
export const TABLE_NAMES: readonly TableName[] = TABLES.map(([name]) => name);

/** Tables holding configuration rather than records: an exact import replaces them when the file has rows. */
export const CONFIG_TABLES: readonly TableName[] = ['settings', 'stages', 'prep_template_items'];

function kindOf(columnType: string): ColumnKind {
  switch (columnType) {
    case 'SQLiteInteger':
    case 'SQLiteTimestamp':
      return 'integer';
    case 'SQLiteReal':
      return 'real';
    case 'SQLiteBoolean':
      return 'boolean';
    case 'SQLiteTextJson':
      return 'json';
    case 'SQLiteText':
      return 'text';
    default:
      throw new Error(`table-specs: unsupported column type ${columnType}`);
  }
}

function buildSpec(name: TableName, table: SQLiteTable): TableSpec {
  const config = getTableConfig(table);
  if (config.name !== name) throw new Error(`table-specs: ${name} is called ${config.name} in the schema`);
  const refs = new Map<string, TableName>();
  for (const fk of config.foreignKeys) {
    const reference = fk.reference();
    const target = getTableConfig(reference.foreignTable).name as TableName;
    for (const column of reference.columns) refs.set(column.name, target);
  }
  const columns = config.columns.map((column): ColumnSpec => {
    const { name, columnType, notNull, hasDefault } = column as {
      name: string;
      columnType: string;
      notNull: boolean;
      hasDefault: boolean;
    };
    const enumValues = (column as { enumValues?: readonly string[] }).enumValues;
    return {
      name,
      kind: kindOf(columnType),
      notNull,
      fallback: hasDefault ? (column as { default?: unknown }).default : undefined,
      enumValues: enumValues?.length ? enumValues : null,
      ref: refs.get(name) ?? null,
    };
  });
  const primary = config.columns.filter((column) => column.primary).map((column) => column.name);
  const key = primary.length ? primary : (config.primaryKeys[0]?.columns.map((column) => column.name) ?? []);
  return { name, columns, key, byName: new Map(columns.map((c) => [c.name, c])) };
}

export const TABLE_SPECS: readonly TableSpec[] = TABLES.map(([name, table]) => buildSpec(name, table));
export const SPEC_BY_NAME = new Map(TABLE_SPECS.map((spec) => [spec.name, spec]));

export function specOf(name: TableName): TableSpec {
  const spec = SPEC_BY_NAME.get(name);
  if (!spec) throw new Error(`table-specs: unknown table ${name}`);
  return spec;
}

/** Tables that are not exported: derived (search, per-stage counts) or bookkeeping. */
export const NOT_EXPORTED = [
  'search_index',
  'search_queue',
  'stage_gig_counts',
  '__drizzle_migrations',
  'sqlite_sequence',
];

/** A reminder's source_id points at this table, by its source_kind. */
export const REMINDER_SOURCE_TABLE: Record<string, TableName | null> = {
  deadline: 'deadlines',
  interview: 'interviews',
  interview_prep: 'interviews',
  follow_up: 'gigs',
  cadence: 'gigs',
  test: null,
};

/** Columns whose text must be a calendar date or an IANA zone for the app to work with the row. */
export const DATE_COLUMNS = new Set(['gigs.start_date', 'gigs.end_date', 'deadlines.due_date']);
export const ZONE_COLUMNS = new Set(['interviews.time_zone', 'deadlines.time_zone', 'clients.time_zone']);
