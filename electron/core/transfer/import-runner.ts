/**
 * One entry point per step for every import kind: checks the text (size, binary, empty), then previews or
 * commits. A commit validates everything first and writes in one transaction; when any row fails it writes
 * nothing and returns VALIDATION listing the rows. One commit at a time per database.
 */
import type { ImportPreview, ImportResult, ParsedInput } from '../../contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { assertImportable, toPreview, toResult, type ImportReport } from './import-report';
import { checkImportText } from './input-guards';
import { commitJsonImport, previewJsonImport } from './json-import';
import { createProgress, type Progress } from './progress';
import { planClientsCsv } from './csv-clients-import';
import { planGigsCsv } from './csv-gigs-import';
import { planIcsImport } from './ics-import';

type ImportInput = ParsedInput<'import.preview'>;

const running = new WeakSet<object>();

export async function previewImport(ctx: Context, input: ImportInput): Promise<ImportPreview> {
  const text = checkImportText(input.content);
  const progress = createProgress(ctx, input.kind);
  switch (input.kind) {
    case 'json': {
      const planned = await previewJsonImport(ctx.sqlite, text, jsonOptions(ctx, input.options, progress));
      return toPreview(planned.report, { json: planned.json });
    }
    case 'clients-csv': {
      const planned = await planClientsCsv(ctx, text, input.options ?? {}, progress, false);
      return toPreview(planned.report, { csv: planned.csv });
    }
    case 'gigs-csv': {
      const planned = await planGigsCsv(ctx, text, input.options ?? {}, progress, false);
      return toPreview(planned.report, { csv: planned.csv });
    }
    case 'ics': {
      const planned = planIcsImport(ctx, text, input.options ?? {}, progress, false);
      return toPreview(planned.report, { ics: planned.ics });
    }
  }
}

function jsonOptions(ctx: Context, options: Extract<ImportInput, { kind: 'json' }>['options'], progress: Progress) {
  return {
    mode: options?.mode ?? 'auto',
    duplicates: options?.duplicates ?? 'skip',
    schemaVersion: ctx.info.schemaVersion,
    now: ctx.now(),
    progress,
  } as const;
}

async function commitReport(ctx: Context, input: ImportInput, text: string): Promise<ImportReport> {
  const progress = createProgress(ctx, input.kind);
  switch (input.kind) {
    case 'json':
      return commitJsonImport(ctx.sqlite, text, jsonOptions(ctx, input.options, progress));
    case 'clients-csv':
      return (await planClientsCsv(ctx, text, input.options ?? {}, progress, true)).report;
    case 'gigs-csv':
      return (await planGigsCsv(ctx, text, input.options ?? {}, progress, true)).report;
    case 'ics':
      return planIcsImport(ctx, text, input.options ?? {}, progress, true).report;
  }
}

const CHANGED: Record<ImportInput['kind'], string[]> = {
  json: ['clients', 'contacts', 'gigs', 'interviews', 'deadlines', 'stages', 'settings', 'reminders', 'agenda'],
  'clients-csv': ['clients', 'contacts'],
  'gigs-csv': ['clients', 'gigs', 'agenda'],
  ics: ['interviews', 'contacts', 'gigs', 'agenda'],
};

export async function commitImport(ctx: Context, input: ImportInput): Promise<ImportResult> {
  const text = checkImportText(input.content);
  if (running.has(ctx.sqlite))
    throw new AppError('BUSY', 'Another import is still running. Try again when it has finished.');
  running.add(ctx.sqlite);
  try {
    const report = await commitReport(ctx, input, text);
    assertImportable(report);
    const result = toResult(report);
    if (result.created + result.updated > 0) ctx.emit('data.changed', { entities: CHANGED[input.kind] });
    return result;
  } finally {
    running.delete(ctx.sqlite);
  }
}
