/**
 * Gigs from a CSV file: each row is read and checked on its own (title, client name, money such as
 * "€1,200.50" or "85/h", dates, the gig form's cross-field rules); csv-gigs-write.ts then resolves clients,
 * agencies and stages by name, finds duplicates, and writes.
 */
import {
  gigFields,
  gigRuleIssues,
  gigSources,
  optionalEmail,
  requiredText,
  type GigCsvField,
  type ImportPreview,
} from '../../contract';
import type { Context } from '../context';
import { syncSearchIndex } from '../repositories/search-index';
import { truthyCell } from './csv-format';
import { GIG_FIELDS, cellOf } from './csv-mapping';
import { checkCell, headerOf, readMappedCsv, rowError, tagsOf, type RowCheck } from './csv-rows';
import { resolveAndWriteGigs, type GigRow } from './csv-gigs-write';
import { countsFor, type ImportReport } from './import-report';
import { yieldToEventLoop, type Progress } from './progress';
import { parseDateCell, parseInstantCell, parseMoney, parseRateUnit, toMinor } from './value-parse';

export interface GigsCsvOptions {
  mapping?: Partial<Record<GigCsvField, number | null>> | undefined;
  duplicates?: 'skip' | 'update' | undefined;
  createMissingClients?: boolean | undefined;
  unknownStage?: 'default' | 'error' | undefined;
  defaultCurrency?: string | null | undefined;
}

const clientName = requiredText('Client');

function readMoney(check: RowCheck, raw: string, field: GigCsvField, header: string) {
  if (!raw) return null;
  const parsed = parseMoney(raw);
  if ('error' in parsed) {
    rowError(check, field, `${header}: ${parsed.error}`);
    return null;
  }
  return { ...parsed, field, header };
}

function parseGigRow(
  ctx: Context,
  check: RowCheck,
  cells: string[],
  front: ReturnType<typeof readMappedCsv>,
  options: GigsCsvOptions,
) {
  const cell = (key: GigCsvField) => cellOf(cells, front.mapping, key);
  const header = (key: GigCsvField) => headerOf(front, GIG_FIELDS, key);
  const title = checkCell(check, gigFields.title, cell('title'), 'title', header('title'));
  const client = checkCell(check, clientName, cell('client'), 'client', header('client'));
  const email = checkCell(check, optionalEmail, cell('clientEmail'), 'clientEmail', header('clientEmail'));
  const sourceText = cell('source').toLowerCase();
  const source = sourceText ? ((gigSources as readonly string[]).includes(sourceText) ? sourceText : 'other') : null;
  let sourceDetail = cell('sourceDetail') || null;
  if (source === 'other' && sourceText !== 'other' && !sourceDetail) sourceDetail = cell('source');
  const money = (['proposedRate', 'agreedRate', 'budget'] as const).map((key) =>
    readMoney(check, cell(key), key, header(key)),
  );
  const written = cell('currency')
    ? checkCell(check, gigFields.currency, cell('currency'), 'currency', header('currency'))
    : null;
  const fromCells = [...new Set(money.flatMap((m) => (m?.currency ? [m.currency] : [])))];
  if (fromCells.length > 1)
    rowError(check, 'currency', `The amounts are in different currencies (${fromCells.join(', ')})`);
  if (written && fromCells[0] && fromCells[0] !== written)
    rowError(check, 'currency', `${header('currency')} says ${written} but an amount is in ${fromCells[0]}`);
  const currency = written ?? fromCells[0] ?? options.defaultCurrency ?? null;
  const unitText = cell('rateUnit');
  const unit = unitText ? parseRateUnit(unitText) : (money[0]?.unit ?? money[1]?.unit ?? null);
  if (unitText && !unit)
    rowError(check, 'rateUnit', `${header('rateUnit')}: "${unitText}" is not hour, day, week or fixed`);
  const minor = money.map((m) => {
    if (!m) return null;
    const value = toMinor(m.amount, currency);
    if (typeof value === 'number') return value;
    rowError(check, m.field, `${m.header}: ${value.error}`);
    return null;
  });
  const date = (key: 'startDate' | 'endDate') => {
    const raw = cell(key);
    if (!raw) return null;
    const parsed = parseDateCell(raw);
    if (!parsed) rowError(check, key, `${header(key)}: "${raw}" is not a date (write it like 2026-03-31)`);
    return parsed;
  };
  const hoursText = cell('estimatedHours').replace(',', '.');
  const hours = hoursText
    ? checkCell(check, gigFields.estimatedHours, Number(hoursText), 'estimatedHours', header('estimatedHours'))
    : null;
  const archived = cell('archived');
  const values = {
    title: title ?? '',
    source,
    source_detail: sourceDetail,
    currency: minor.some((m) => m !== null) || written ? currency : null,
    rate_unit: unit,
    proposed_rate_minor: minor[0] ?? null,
    agreed_rate_minor: minor[1] ?? null,
    budget_minor: minor[2] ?? null,
    estimated_hours: hours ?? null,
    start_date: date('startDate'),
    end_date: date('endDate'),
    requirements:
      checkCell(check, gigFields.requirements, cell('requirements'), 'requirements', header('requirements')) ?? '',
    notes: checkCell(check, gigFields.notes, cell('notes'), 'notes', header('notes')) ?? '',
    archived_at: archived && truthyCell(archived) ? (parseInstantCell(archived) ?? ctx.now()) : null,
  };
  if (!check.issues.length) {
    for (const issue of gigRuleIssues({
      currency: values.currency,
      proposedRateMinor: values.proposed_rate_minor,
      agreedRateMinor: values.agreed_rate_minor,
      budgetMinor: values.budget_minor,
      startDate: values.start_date,
      endDate: values.end_date,
    })) {
      const message =
        issue.path === 'currency'
          ? 'An amount has no currency: add a currency column, write it in the amount (€, EUR) or choose a default currency'
          : issue.message;
      rowError(check, issue.path, message);
    }
  }
  return {
    values,
    client: client ?? '',
    clientEmail: email ?? null,
    agency: cell('agency') || null,
    stage: cell('stage') || null,
    tags: tagsOf(check, cell('tags'), header('tags')) ?? [],
  };
}

export async function planGigsCsv(
  ctx: Context,
  text: string,
  options: GigsCsvOptions,
  progress: Progress,
  write: boolean,
): Promise<{ report: ImportReport; csv: NonNullable<ImportPreview['csv']> }> {
  const front = readMappedCsv(text, GIG_FIELDS, options.mapping);
  const report: ImportReport = {
    kind: 'gigs-csv',
    totalRows: front.table.rows.length,
    counts: new Map(),
    rows: [],
    errors: front.errors,
    warnings: [],
  };
  countsFor(report, 'gigs');
  countsFor(report, 'clients');
  if (front.errors.some((e) => e.row === null)) return { report, csv: front.csv };
  const valid: GigRow[] = [];
  progress.phase('validating', front.table.rows.length);
  for (const { line, cells } of front.table.rows) {
    if (progress.step()) await yieldToEventLoop();
    const check: RowCheck = { line, entity: 'gig', issues: [] };
    const parsed = parseGigRow(ctx, check, cells, front, options);
    if (check.issues.length) {
      report.errors.push(...check.issues);
      report.rows.push({
        row: line,
        entity: 'gig',
        label: parsed.values.title || `Row ${line}`,
        status: 'error',
        matchId: null,
        messages: check.issues.map((i) => i.message),
      });
    } else valid.push({ line, ...parsed });
  }
  const apply = () =>
    resolveAndWriteGigs(ctx, valid, {
      duplicates: options.duplicates ?? 'skip',
      createMissingClients: options.createMissingClients ?? true,
      unknownStage: options.unknownStage ?? 'default',
      report,
      progress,
      write: write && report.errors.length === 0,
    });
  if (write && !report.errors.length) ctx.sqlite.transaction(apply)();
  else apply();
  if (write && !report.errors.length) syncSearchIndex(ctx.sqlite);
  report.rows.sort((a, b) => a.row - b.row);
  return { report, csv: front.csv };
}
