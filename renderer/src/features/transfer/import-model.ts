/**
 * The import wizard's rules, kept apart from React so they can be tested: which kind a file is, the
 * column mapping's problems, the input sent to import.preview / import.commit (the same for both), and
 * how totals, places and a refused commit's issues read.
 */
import {
  IMPORT_TOO_LARGE_MESSAGE,
  MAX_IMPORT_BYTES,
  type ImportInput,
  type ImportIssue,
  type ImportKind,
  type ImportPreview,
  type ImportRow,
  type ValidationIssue,
} from '../../../../electron/contract';

export type FileKind = 'json' | 'csv' | 'ics';
export type CsvList = 'clients' | 'gigs';
export type Mapping = Record<string, number | null>;

/** At most this many events may be chosen one by one (the contract's limit); "all" has no limit. */
export const MAX_CHOSEN_EVENTS = 500;

/** The kind from the extension, else from how the text starts; null when it is none of the three. */
export function detectFileKind(fileName: string, head: string): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'ics' || extension === 'ical' || extension === 'ifb') return 'ics';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ics';
  return null;
}

const GIG_HEADER =
  /^(title|gig|gig ?title|project|project ?name|stage|job|opportunity|deal|rate ?unit|agreed ?rate|budget)$/i;

/** A first guess for "Clients or Gigs?" from the header row: gig-only columns mean gigs. */
export function guessCsvList(head: string): CsvList {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const headers = firstLine.split(/[,;\t]/).map((h) => h.trim().replace(/^"|"$/g, '').trim());
  return headers.some((header) => GIG_HEADER.test(header)) ? 'gigs' : 'clients';
}

export function importKindOf(fileKind: FileKind, list: CsvList): ImportKind {
  if (fileKind === 'csv') return list === 'gigs' ? 'gigs-csv' : 'clients-csv';
  return fileKind;
}

/** Refused before the file is read: the same words the core uses for an oversized import. */
export function fileSizeProblem(size: number): string | null {
  return size > MAX_IMPORT_BYTES ? IMPORT_TOO_LARGE_MESSAGE : null;
}

/** Everything the person chooses between picking the file and importing it. */
export interface ImportSetup {
  /** null = let the core suggest one from the headers. */
  mapping: Mapping | null;
  csvDuplicates: 'skip' | 'update';
  createMissingClients: boolean;
  /** '' = amounts without a currency are an error. */
  defaultCurrency: string;
  jsonDuplicates: 'skip' | 'merge';
  gig: { id: number; name: string } | null;
  /** Event indexes (1-based) left out; empty = all events. */
  excludedEvents: readonly number[];
  organizerAsContact: boolean;
}

export function initialSetup(defaultCurrency: string): ImportSetup {
  return {
    mapping: null,
    csvDuplicates: 'skip',
    createMissingClients: true,
    defaultCurrency,
    jsonDuplicates: 'skip',
    gig: null,
    excludedEvents: [],
    organizerAsContact: true,
  };
}

/** The events to send: undefined = all of them. */
export function chosenEvents(eventCount: number, excluded: readonly number[]): number[] | undefined {
  if (!excluded.length) return undefined;
  const left = new Set(excluded);
  return Array.from({ length: eventCount }, (_, i) => i + 1).filter((index) => !left.has(index));
}

export function buildImportInput(kind: ImportKind, content: string, setup: ImportSetup, eventCount = 0): ImportInput {
  const mapping = setup.mapping ? { mapping: setup.mapping } : {};
  switch (kind) {
    case 'json':
      return { kind, content, options: { duplicates: setup.jsonDuplicates } };
    case 'clients-csv':
      return { kind, content, options: { ...mapping, duplicates: setup.csvDuplicates } };
    case 'gigs-csv':
      return {
        kind,
        content,
        options: {
          ...mapping,
          duplicates: setup.csvDuplicates,
          createMissingClients: setup.createMissingClients,
          defaultCurrency: setup.defaultCurrency || null,
        },
      };
    case 'ics': {
      const events = chosenEvents(eventCount, setup.excludedEvents);
      return {
        kind,
        content,
        options: {
          ...(setup.gig ? { gigId: setup.gig.id } : {}),
          ...(events ? { events } : {}),
          organizerAsContact: setup.organizerAsContact,
        },
      };
    }
  }
}

export interface CsvFieldInfo {
  key: string;
  label: string;
  required: boolean;
}

/** What is wrong with a mapping before it is sent: a required field without a column, a column used twice. */
export function mappingProblems(fields: readonly CsvFieldInfo[], headers: readonly string[], mapping: Mapping) {
  const problems: Record<string, string> = {};
  const usedBy = new Map<number, string>();
  for (const field of fields) {
    const column = mapping[field.key] ?? null;
    if (column === null) {
      if (field.required) problems[field.key] = `Choose the column that holds ${field.label.toLowerCase()}`;
      continue;
    }
    const other = usedBy.get(column);
    if (other) problems[field.key] = `“${headers[column] ?? `Column ${column + 1}`}” is already used for ${other}`;
    else usedBy.set(column, field.label);
  }
  return problems;
}

export function sameHeaders(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return Boolean(a && b && a.length === b.length && a.every((header, i) => header === b[i]));
}

const ENTITY_LABELS: Record<string, [one: string, many: string]> = {
  clients: ['client', 'clients'],
  client: ['client', 'clients'],
  contacts: ['contact', 'contacts'],
  gigs: ['gig', 'gigs'],
  gig: ['gig', 'gigs'],
  interviews: ['interview', 'interviews'],
  interview: ['interview', 'interviews'],
  deadlines: ['deadline', 'deadlines'],
  stages: ['pipeline stage', 'pipeline stages'],
  tags: ['tag', 'tags'],
  client_tags: ['client tag', 'client tags'],
  gig_tags: ['gig tag', 'gig tags'],
  gig_questions: ['gig question', 'gig questions'],
  rate_events: ['rate change', 'rate changes'],
  interview_contacts: ['interview attendee', 'interview attendees'],
  interview_prep_items: ['prep checklist item', 'prep checklist items'],
  prep_template_items: ['checklist template item', 'checklist template items'],
  timeline_events: ['timeline entry', 'timeline entries'],
  reminders: ['reminder', 'reminders'],
  reminder_deliveries: ['delivered reminder', 'delivered reminders'],
  settings: ['setting', 'settings'],
};

/** "clients" → "Clients"; "timeline_events" → "Timeline entries"; an unknown table reads as its words. */
export function entityLabel(entity: string, count = 2): string {
  const [one, many] = ENTITY_LABELS[entity] ?? [entity.replace(/_/g, ' '), entity.replace(/_/g, ' ')];
  const word = count === 1 ? one : many;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Rows with at least one problem (a problem with the whole file is not a row's). */
export function errorRowCount(errors: readonly ImportIssue[]): number {
  return new Set(errors.filter((e) => e.row !== null).map((e) => `${e.entity ?? ''}:${e.row}`)).size;
}

/**
 * "12 new · 3 updates · 2 duplicates skipped". While any row has a problem the core plans nothing, so the
 * line then counts the file's rows and those with problems: "40 rows · 2 with problems".
 */
export function formatTotals(preview: Pick<ImportPreview, 'totals' | 'errors' | 'errorCount' | 'totalRows'>): string {
  if (preview.errorCount) {
    const rows = errorRowCount(preview.errors);
    const problems = rows ? `${rows.toLocaleString()} with ${rows === 1 ? 'a problem' : 'problems'}` : 'a problem';
    return `${plural(preview.totalRows, 'row', 'rows')} · ${problems}`;
  }
  const parts: string[] = [];
  const { created, updated, skipped } = preview.totals;
  if (created) parts.push(`${created.toLocaleString()} new`);
  if (updated) parts.push(plural(updated, 'update', 'updates'));
  if (skipped) parts.push(`${plural(skipped, 'duplicate', 'duplicates')} skipped`);
  return parts.length ? parts.join(' · ') : 'Nothing to import';
}

/** Where a row is, in words a person can find it by: "Row 12" (the spreadsheet's numbering), "Event 2", "Clients #7". */
export function rowPlace(kind: ImportKind, entity: string | null, row: number | null): string | null {
  if (row === null) return null;
  if (kind === 'ics') return `Event ${row}`;
  if (kind === 'json') return `${entityLabel(entity ?? 'rows')} #${row}`;
  return `Row ${row}`;
}

/** A refused commit's VALIDATION issues (paths like `rows.12.email`, `events.2.DTSTART`, `clients.7.email`). */
export function issuesFromPaths(kind: ImportKind, issues: readonly ValidationIssue[]): ImportIssue[] {
  return issues.map(({ path, message }) => {
    const [first = '', second, ...rest] = path.split('.');
    const row = second !== undefined && /^\d+$/.test(second) ? Number(second) : null;
    if (row === null) return { row: null, entity: null, field: path.startsWith('options.') ? path : null, message };
    const entity = kind === 'json' ? first : kind === 'ics' ? 'event' : kind === 'gigs-csv' ? 'gig' : 'client';
    return { row, entity, field: rest.join('.') || null, message };
  });
}

export interface IssueGroup {
  key: string;
  place: string | null;
  label: string | null;
  messages: string[];
}

/** Problems grouped by row, in order, each with the row's label (a name or a title) when the preview has it. */
export function groupIssues(
  kind: ImportKind,
  errors: readonly ImportIssue[],
  rows: readonly ImportRow[],
): IssueGroup[] {
  const labels = new Map(rows.map((row) => [`${row.entity}:${row.row}`, row.label]));
  const groups = new Map<string, IssueGroup>();
  for (const issue of errors) {
    const key = issue.row === null ? 'general' : `${issue.entity ?? ''}:${issue.row}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        place: rowPlace(kind, issue.entity, issue.row),
        label: labels.get(key) ?? null,
        messages: [],
      };
      groups.set(key, group);
    }
    group.messages.push(issue.message);
  }
  return [...groups.values()].sort((a, b) => (a.key === 'general' ? -1 : b.key === 'general' ? 1 : 0));
}

/** Why "Import" cannot be pressed yet, or null when it can. */
export function commitBlocker(kind: ImportKind, preview: ImportPreview, setup: ImportSetup): string | null {
  if (preview.errorCount > 0) {
    return `Fix ${preview.errorCount === 1 ? 'the problem' : `the ${preview.errorCount.toLocaleString()} problems`} in the file first: nothing is imported while any row has one.`;
  }
  if (kind === 'ics' && !setup.gig) return 'Choose the gig these interviews belong to.';
  if (!preview.canCommit) return 'This file cannot be imported as it is.';
  if (preview.totals.created + preview.totals.updated === 0) {
    return 'Nothing new to import: every record matches one you already have.';
  }
  return null;
}

/** Where the report links for an entity go (null: no list of its own). */
export function listRouteFor(entity: string): string | null {
  switch (entity) {
    case 'clients':
    case 'contacts':
      return '/clients';
    case 'gigs':
      return '/pipeline/table';
    case 'interviews':
      return '/interviews';
    case 'deadlines':
      return '/deadlines';
    default:
      return null;
  }
}
