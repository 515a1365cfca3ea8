/**
 * JSON import, two ways. Exact: into a database without records (defaults such as the stock pipeline
 * stages do not count), every row lands with its own id, and the file's stages, checklist templates and
 * settings replace the defaults — the database then holds what the exported one held. Merge: into any
 * database, with fresh ids and duplicates matched (json-merge.ts). Both validate the whole file first and
 * write in one transaction.
 */
import type Database from 'better-sqlite3';
import type { ImportCounts, ImportPreview, ImportRow } from '../../contract';
import { AppError } from '../errors';
import { syncSearchIndex } from '../repositories/search-index';
import type { ImportReport } from './import-report';
import { mergeDocument } from './json-merge';
import { readJsonDocument, rowNumberOf, type JsonDocument } from './json-validate';
import type { Progress } from './progress';
import { CONFIG_TABLES, TABLE_SPECS, type TableName } from './table-specs';
import { PREVIEW_ROWS } from '../../contract';

export interface JsonImportOptions {
  mode: 'auto' | 'exact' | 'merge';
  duplicates: 'skip' | 'merge';
  schemaVersion: number;
  now: number;
  progress: Progress;
}

export interface JsonPlanned {
  report: ImportReport;
  json: NonNullable<ImportPreview['json']>;
}

/** True when no table holding records (anything but settings, stages and templates) has a row. */
export function hasNoRecords(sqlite: Database.Database): boolean {
  return TABLE_SPECS.filter((spec) => !CONFIG_TABLES.includes(spec.name)).every(
    (spec) => sqlite.prepare(`SELECT 1 FROM ${spec.name} LIMIT 1`).get() === undefined,
  );
}

function resolveMode(sqlite: Database.Database, mode: JsonImportOptions['mode']): 'exact' | 'merge' {
  const empty = hasNoRecords(sqlite);
  if (mode === 'exact' && !empty) {
    throw new AppError(
      'CONFLICT',
      'An exact import needs a database without data, and this one has some. Import as a merge instead: records get new ids and duplicates are matched.',
    );
  }
  return mode === 'auto' ? (empty ? 'exact' : 'merge') : mode;
}

function exactCounts(doc: JsonDocument): { counts: Map<TableName, ImportCounts>; rows: ImportRow[] } {
  const counts = new Map<TableName, ImportCounts>();
  const rows: ImportRow[] = [];
  for (const spec of TABLE_SPECS) {
    const list = doc.tables.get(spec.name) ?? [];
    counts.set(spec.name, { created: list.length, updated: 0, skipped: 0 });
    const label = spec.name === 'clients' ? 'name' : spec.name === 'gigs' || spec.name === 'deadlines' ? 'title' : null;
    if (!label) continue;
    for (const row of list) {
      if (rows.length >= PREVIEW_ROWS) break;
      rows.push({
        row: rowNumberOf(row),
        entity: spec.name,
        label: String(row[label]),
        status: 'new',
        matchId: null,
        messages: [],
      });
    }
  }
  return { counts, rows };
}

function insertExact(sqlite: Database.Database, doc: JsonDocument, progress: Progress): void {
  progress.phase('writing', doc.total);
  for (const spec of TABLE_SPECS) {
    const rows = doc.tables.get(spec.name) ?? [];
    if (CONFIG_TABLES.includes(spec.name)) {
      if (!rows.length) continue;
      sqlite.prepare(`DELETE FROM ${spec.name}`).run();
    }
    const columns = spec.columns.map((c) => c.name);
    const insert = sqlite.prepare(
      `INSERT INTO ${spec.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) {
      insert.run(...columns.map((c) => row[c]));
      progress.step();
    }
  }
  progress.finish();
}

function reportOf(
  doc: JsonDocument,
  outcome: { counts: Map<TableName, ImportCounts>; rows: ImportRow[] },
  mode: string,
): ImportReport {
  const warnings = [...doc.warnings];
  if (mode === 'exact') {
    const replaced = CONFIG_TABLES.filter((t) => (doc.tables.get(t)?.length ?? 0) > 0);
    if (replaced.length)
      warnings.push(`The file's ${replaced.join(', ').replace(/_/g, ' ')} replace the current ones.`);
  } else {
    warnings.push('Settings and checklist templates are kept as they are; only records are merged.');
  }
  return {
    kind: 'json',
    totalRows: doc.total,
    counts: outcome.counts,
    rows: outcome.rows,
    errors: doc.errors,
    warnings,
  };
}

function metaOf(doc: JsonDocument, mode: 'exact' | 'merge'): JsonPlanned['json'] {
  return {
    formatVersion: doc.formatVersion,
    schemaVersion: doc.schemaVersion,
    exportedAt: doc.exportedAt,
    appVersion: doc.appVersion,
    mode,
  };
}

export async function previewJsonImport(
  sqlite: Database.Database,
  text: string,
  options: JsonImportOptions,
): Promise<JsonPlanned> {
  const doc = await readJsonDocument(text, options.schemaVersion, options.progress);
  const mode = resolveMode(sqlite, options.mode);
  if (doc.errors.length)
    return { report: reportOf(doc, { counts: new Map(), rows: [] }, mode), json: metaOf(doc, mode) };
  const outcome =
    mode === 'exact'
      ? exactCounts(doc)
      : mergeDocument(sqlite, doc, {
          duplicates: options.duplicates,
          write: false,
          now: options.now,
          progress: options.progress,
        });
  return { report: reportOf(doc, outcome, mode), json: metaOf(doc, mode) };
}

/** Validates everything, then writes in one transaction; returns the report (errors mean nothing was written). */
export async function commitJsonImport(
  sqlite: Database.Database,
  text: string,
  options: JsonImportOptions,
): Promise<ImportReport> {
  const doc = await readJsonDocument(text, options.schemaVersion, options.progress);
  if (doc.errors.length) return reportOf(doc, { counts: new Map(), rows: [] }, 'merge');
  let mode: 'exact' | 'merge' = 'merge';
  const outcome = sqlite.transaction(() => {
    mode = resolveMode(sqlite, options.mode);
    if (mode === 'merge')
      return mergeDocument(sqlite, doc, {
        duplicates: options.duplicates,
        write: true,
        now: options.now,
        progress: options.progress,
      });
    insertExact(sqlite, doc, options.progress);
    return exactCounts(doc);
  })();
  options.progress.phase('indexing', 1);
  syncSearchIndex(sqlite);
  options.progress.finish();
  return reportOf(doc, outcome, mode);
}
