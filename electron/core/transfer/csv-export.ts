/**
 * CSV exports of the four lists. Columns are for people (names, not only ids — the ids are there too),
 * instants are ISO UTC plus the local wall time in the item's own zone, money is a decimal in its
 * currency's digits with the currency in its own column. The clients and gigs files import back as they
 * are (their headers are what the CSV importers recognise).
 */
import { TZDate } from '@date-fns/tz';
import type Database from 'better-sqlite3';
import type { CsvExportInput } from '../../contract';
import { toCsv, type CsvCell } from './csv-format';
import { formatDecimal } from './value-parse';

type Filters<L extends CsvExportInput['list']> = NonNullable<Extract<CsvExportInput, { list: L }>['filters']>;

const iso = (at: number | null) => (at === null ? '' : new Date(at).toISOString().replace('.000Z', 'Z'));
const pad = (n: number) => String(n).padStart(2, '0');

/** '2026-03-29 10:30' in the zone: spreadsheets read it as a date-time. */
export function localDateTime(at: number, zone: string): string {
  const d = new TZDate(at, zone);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function archivedClause(archived: 'active' | 'archived' | 'all' | undefined, alias: string): string | null {
  const value = archived ?? 'all';
  return value === 'active'
    ? `${alias}.archived_at IS NULL`
    : value === 'archived'
      ? `${alias}.archived_at IS NOT NULL`
      : null;
}

function where(clauses: (string | null)[]): string {
  const parts = clauses.filter((c): c is string => c !== null);
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

const tagsOf = (link: string, column: string, owner: string) =>
  `(SELECT group_concat(name, '; ') FROM (SELECT t.name FROM ${link} l JOIN tags t ON t.id = l.tag_id WHERE l.${column} = ${owner} ORDER BY t.name COLLATE NOCASE))`;

function clientsCsv(sqlite: Database.Database, f: Filters<'clients'>) {
  const params: unknown[] = [];
  const tag = f.tag
    ? 'EXISTS (SELECT 1 FROM client_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.client_id = c.id AND t.name = ? COLLATE NOCASE)'
    : null;
  if (f.tag) params.push(f.tag);
  const rows = sqlite
    .prepare(
      `SELECT c.*, ${tagsOf('client_tags', 'client_id', 'c.id')} AS tags,
         (SELECT json_group_array(json_object('name', name, 'email', email, 'phone', phone, 'role', role))
            FROM (SELECT * FROM contacts WHERE client_id = c.id ORDER BY name COLLATE NOCASE, id)) AS contacts,
         (SELECT count(*) FROM gigs g WHERE g.client_id = c.id) AS gigs
       FROM clients c ${where([archivedClause(f.archived, 'c'), tag])} ORDER BY c.name COLLATE NOCASE, c.id`,
    )
    .all(...params) as Record<string, unknown>[];
  const headers = [
    'ID',
    'Name',
    'Kind',
    'Email',
    'Phone',
    'Website',
    'LinkedIn',
    'Location',
    'Time zone',
    'Tags',
    'Contact name',
    'Contact email',
    'Contact phone',
    'Contact role',
    'Other contacts',
    'Gigs',
    'Archived',
    'Created',
    'Updated',
    'Notes',
  ];
  const data = rows.map((r): CsvCell[] => {
    const people = JSON.parse(r.contacts as string) as {
      name: string;
      email: string | null;
      phone: string | null;
      role: string;
    }[];
    const [first, ...others] = people;
    return [
      r.id as number,
      r.name as string,
      r.kind as string,
      r.email as string | null,
      r.phone as string | null,
      r.website as string | null,
      r.linkedin as string | null,
      r.location as string | null,
      r.time_zone as string | null,
      (r.tags as string | null) ?? '',
      first?.name ?? '',
      first?.email ?? '',
      first?.phone ?? '',
      first?.role ?? '',
      others.map((p) => (p.email ? `${p.name} <${p.email}>` : p.name)).join('; '),
      r.gigs as number,
      iso(r.archived_at as number | null),
      iso(r.created_at as number),
      iso(r.updated_at as number),
      r.notes as string,
    ];
  });
  return { headers, data };
}

function gigsCsv(sqlite: Database.Database, f: Filters<'gigs'>) {
  const params: unknown[] = [];
  const add = (clause: string, value: unknown, times = 1) =>
    value === undefined ? null : (params.push(...Array<unknown>(times).fill(value)), clause);
  const rows = sqlite
    .prepare(
      `SELECT g.*, c.name AS client_name, a.name AS agency_name, s.name AS stage_name, s.kind AS stage_kind,
         ${tagsOf('gig_tags', 'gig_id', 'g.id')} AS tags
       FROM gigs g JOIN clients c ON c.id = g.client_id JOIN stages s ON s.id = g.stage_id LEFT JOIN clients a ON a.id = g.agency_client_id
       ${where([
         archivedClause(f.archived, 'g'),
         add('(g.client_id = ? OR g.agency_client_id = ?)', f.clientId, 2),
         add('g.stage_id = ?', f.stageId),
         add('g.source = ?', f.source),
         add(
           'EXISTS (SELECT 1 FROM gig_tags gt JOIN tags t ON t.id = gt.tag_id WHERE gt.gig_id = g.id AND t.name = ? COLLATE NOCASE)',
           f.tag,
         ),
       ])}
       ORDER BY s.position, g.position, g.id`,
    )
    .all(...params) as Record<string, unknown>[];
  const headers = [
    'ID',
    'Title',
    'Client',
    'Client ID',
    'Agency',
    'Stage',
    'Stage kind',
    'Source',
    'Source detail',
    'Currency',
    'Rate unit',
    'Proposed rate',
    'Agreed rate',
    'Budget',
    'Estimated hours',
    'Start date',
    'End date',
    'Tags',
    'Requirements',
    'Notes',
    'Archived',
    'Stage entered',
    'Last contact',
    'Created',
    'Updated',
  ];
  const money = (r: Record<string, unknown>, key: string) =>
    r[key] === null ? '' : formatDecimal(r[key] as number, r.currency as string | null);
  const data = rows.map((r): CsvCell[] => [
    r.id as number,
    r.title as string,
    r.client_name as string,
    r.client_id as number,
    (r.agency_name as string | null) ?? '',
    r.stage_name as string,
    r.stage_kind as string,
    r.source as string | null,
    r.source_detail as string | null,
    r.currency as string | null,
    r.rate_unit as string | null,
    money(r, 'proposed_rate_minor'),
    money(r, 'agreed_rate_minor'),
    money(r, 'budget_minor'),
    r.estimated_hours as number | null,
    r.start_date as string | null,
    r.end_date as string | null,
    (r.tags as string | null) ?? '',
    r.requirements as string,
    r.notes as string,
    iso(r.archived_at as number | null),
    iso(r.stage_entered_at as number),
    iso(r.last_contact_at as number | null),
    iso(r.created_at as number),
    iso(r.updated_at as number),
  ]);
  return { headers, data };
}

function interviewsCsv(sqlite: Database.Database, f: Filters<'interviews'>) {
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => (value === undefined ? null : (params.push(value), clause));
  const rows = sqlite
    .prepare(
      `SELECT i.*, g.title AS gig_title, c.id AS client_id, c.name AS client_name,
         (SELECT group_concat(name, '; ') FROM (SELECT p.name FROM interview_contacts ic JOIN contacts p ON p.id = ic.contact_id
            WHERE ic.interview_id = i.id ORDER BY p.name COLLATE NOCASE)) AS people,
         (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id AND p.done_at IS NOT NULL) AS prep_done,
         (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id) AS prep_total
       FROM interviews i JOIN gigs g ON g.id = i.gig_id JOIN clients c ON c.id = g.client_id
       ${where([add('i.starts_at >= ?', f.from), add('i.starts_at <= ?', f.to), add('i.gig_id = ?', f.gigId), add('c.id = ?', f.clientId), add('i.outcome = ?', f.outcome)])}
       ORDER BY i.starts_at, i.id`,
    )
    .all(...params) as Record<string, unknown>[];
  const headers = [
    'ID',
    'Starts (local)',
    'Time zone',
    'Starts (UTC)',
    'Duration (min)',
    'Kind',
    'Round',
    'Outcome',
    'Gig',
    'Gig ID',
    'Client',
    'Client ID',
    'Link',
    'Location',
    'Contacts',
    'Prep done',
    'Prep total',
    'Notes',
    'Created',
    'Updated',
  ];
  const data = rows.map((r): CsvCell[] => [
    r.id as number,
    localDateTime(r.starts_at as number, r.time_zone as string),
    r.time_zone as string,
    iso(r.starts_at as number),
    r.duration_minutes as number,
    r.kind as string,
    r.round as number,
    r.outcome as string,
    r.gig_title as string,
    r.gig_id as number,
    r.client_name as string,
    r.client_id as number,
    r.link as string | null,
    r.location as string | null,
    (r.people as string | null) ?? '',
    r.prep_done as number,
    r.prep_total as number,
    r.notes as string,
    iso(r.created_at as number),
    iso(r.updated_at as number),
  ]);
  return { headers, data };
}

function deadlinesCsv(sqlite: Database.Database, f: Filters<'deadlines'>, zone: string) {
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => (value === undefined ? null : (params.push(value), clause));
  const status = f.status ?? 'all';
  const rows = sqlite
    .prepare(
      `SELECT d.*, g.title AS gig_title, c.name AS client_name
       FROM deadlines d LEFT JOIN gigs g ON g.id = d.gig_id LEFT JOIN clients c ON c.id = d.client_id
       ${where([
         status === 'open' ? 'd.completed_at IS NULL' : status === 'completed' ? 'd.completed_at IS NOT NULL' : null,
         add('coalesce(d.due_at, unixepoch(d.due_date) * 1000) >= ?', f.from),
         add('coalesce(d.due_at, unixepoch(d.due_date) * 1000) <= ?', f.to),
         add('d.gig_id = ?', f.gigId),
         add('d.client_id = ?', f.clientId),
       ])}
       ORDER BY coalesce(d.due_at, unixepoch(d.due_date) * 1000), d.id`,
    )
    .all(...params) as Record<string, unknown>[];
  const headers = [
    'ID',
    'Title',
    'Due (local)',
    'All day',
    'Time zone',
    'Due (UTC)',
    'Priority',
    'Important',
    'Status',
    'Completed',
    'Gig',
    'Gig ID',
    'Client',
    'Client ID',
    'Reminders (minutes before)',
    'Notes',
    'Created',
    'Updated',
  ];
  const data = rows.map((r): CsvCell[] => {
    const dueAt = r.due_at as number | null;
    const offsets =
      r.reminder_offsets === null ? 'default' : (JSON.parse(r.reminder_offsets as string) as number[]).join('; ');
    return [
      r.id as number,
      r.title as string,
      dueAt === null ? (r.due_date as string) : localDateTime(dueAt, (r.time_zone as string | null) ?? zone),
      dueAt === null ? 'yes' : 'no',
      dueAt === null ? '' : ((r.time_zone as string | null) ?? zone),
      iso(dueAt),
      r.priority as string,
      r.important ? 'yes' : 'no',
      r.completed_at === null ? 'open' : 'completed',
      iso(r.completed_at as number | null),
      (r.gig_title as string | null) ?? '',
      r.gig_id as number | null,
      (r.client_name as string | null) ?? '',
      r.client_id as number | null,
      offsets,
      r.notes as string,
      iso(r.created_at as number),
      iso(r.updated_at as number),
    ];
  });
  return { headers, data };
}

export function exportCsv(
  sqlite: Database.Database,
  input: CsvExportInput,
  zone: string,
): { content: string; count: number } {
  const table =
    input.list === 'clients'
      ? clientsCsv(sqlite, input.filters ?? {})
      : input.list === 'gigs'
        ? gigsCsv(sqlite, input.filters ?? {})
        : input.list === 'interviews'
          ? interviewsCsv(sqlite, input.filters ?? {})
          : deadlinesCsv(sqlite, input.filters ?? {}, zone);
  return { content: toCsv(table.headers, table.data), count: table.data.length };
}
