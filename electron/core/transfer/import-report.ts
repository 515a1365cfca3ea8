/**
 * The common shape of every import's outcome, turned into the preview the UI shows, the result of a
 * commit, or — when any row failed — the VALIDATION error a commit returns without writing anything.
 */
import {
  MAX_REPORTED_ERRORS,
  PREVIEW_ROWS,
  type ImportCounts,
  type ImportIssue,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
  type ImportRow,
} from '../../contract';
import { AppError } from '../errors';

export interface ImportReport {
  kind: ImportKind;
  totalRows: number;
  /** Per entity, in the order they should be listed. */
  counts: Map<string, ImportCounts>;
  rows: ImportRow[];
  errors: ImportIssue[];
  warnings: string[];
  /** A choice the commit still needs and the preview could not make an error of (the gig of an .ics). */
  awaiting?: string;
}

export function emptyCounts(): ImportCounts {
  return { created: 0, updated: 0, skipped: 0 };
}

export function countsFor(report: Pick<ImportReport, 'counts'>, entity: string): ImportCounts {
  let counts = report.counts.get(entity);
  if (!counts) {
    counts = emptyCounts();
    report.counts.set(entity, counts);
  }
  return counts;
}

function summaryOf(report: ImportReport) {
  const summary = [...report.counts].map(([entity, counts]) => ({ entity, ...counts }));
  const totals = summary.reduce(
    (sum, s) => ({
      created: sum.created + s.created,
      updated: sum.updated + s.updated,
      skipped: sum.skipped + s.skipped,
    }),
    emptyCounts(),
  );
  return { summary, totals };
}

export function toPreview(
  report: ImportReport,
  extras: Partial<Pick<ImportPreview, 'csv' | 'json' | 'ics'>> = {},
): ImportPreview {
  const { summary, totals } = summaryOf(report);
  return {
    kind: report.kind,
    canCommit: report.errors.length === 0 && report.awaiting === undefined,
    totalRows: report.totalRows,
    totals,
    summary,
    rows: report.rows.slice(0, PREVIEW_ROWS),
    errors: report.errors.slice(0, MAX_REPORTED_ERRORS),
    errorCount: report.errors.length,
    warnings: report.warnings,
    csv: extras.csv ?? null,
    json: extras.json ?? null,
    ics: extras.ics ?? null,
  };
}

export function toResult(report: ImportReport): ImportResult {
  const { summary, totals } = summaryOf(report);
  return { kind: report.kind, ...totals, summary, warnings: report.warnings };
}

/**
 * Where an issue is, as a dotted path: `rows.12.email` for a CSV row (spreadsheet numbering), `events.2.DTSTART`
 * for an ICS event, `interviews.7.time_zone` for the 7th interview of a JSON file, `options.gigId` or `content`.
 */
export function issuePath(issue: ImportIssue, kind: ImportKind): string {
  if (issue.row === null) {
    if (issue.entity === 'mapping') return `options.mapping.${issue.field ?? ''}`;
    return issue.field === 'gigId' ? 'options.gigId' : 'content';
  }
  const base = kind === 'json' ? (issue.entity ?? 'rows') : kind === 'ics' ? 'events' : 'rows';
  return [base, issue.row, issue.field].filter((part) => part !== null && part !== '').join('.');
}

/** A commit refuses to write when anything failed; the error lists the rows (up to the reporting cap). */
export function assertImportable(report: Pick<ImportReport, 'errors' | 'kind'>): void {
  const { errors, kind } = report;
  if (!errors.length) return;
  const rows = new Set(errors.map((e) => `${e.entity ?? ''}:${e.row ?? ''}`));
  const first = errors[0];
  const message =
    errors.length === 1 && first.row === null
      ? first.message
      : `${rows.size} row(s) have problems, so nothing was imported. First: ${first.row === null ? '' : `row ${first.row}: `}${first.message}`;
  throw new AppError(
    'VALIDATION',
    message,
    errors.slice(0, MAX_REPORTED_ERRORS).map((issue) => ({ path: issuePath(issue, kind), message: issue.message })),
  );
}
