/**
 * Global search over clients, contacts, gigs, interviews, deadlines and notes (FTS5, see search-index.ts).
 * User text never reaches FTS5 syntax: it is cut into word tokens, each becomes a quoted prefix term,
 * and the terms are AND-ed, so quotes, `*`, NEAR, AND/OR/NOT and column filters are plain words.
 * One statement finds the best-ranked hits (bm25, title weighted 10 to 1 over body, set in migration 0002)
 * and joins each back to its table by primary key for the current title and context.
 */
import type Database from 'better-sqlite3';
import type { SearchResult } from '../../contract';
import { DOC_KIND, syncSearchIndex } from './search-index';

/** More terms than this only slow the query down without narrowing results a person would notice. */
export const MAX_TERMS = 8;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Turns free text into a safe FTS5 query (`"acme"* "desi"*`), or null when no word is left. */
export function toMatchQuery(text: string): string | null {
  const seen = new Set<string>();
  for (const token of text.normalize('NFKC').match(TOKEN) ?? []) {
    seen.add(token.toLowerCase());
    if (seen.size === MAX_TERMS) break;
  }
  if (seen.size === 0) return null;
  return [...seen].map((token) => `"${token}"*`).join(' ');
}

const SEARCH_SQL = `
WITH hits AS MATERIALIZED (
  SELECT rowid >> 3 AS id, rowid & 7 AS kind, rank AS score
  FROM search_index WHERE search_index MATCH @match ORDER BY rank LIMIT @limit
)
SELECT h.kind, c.id, c.name AS title, c.id AS clientId, NULL AS gigId, h.score,
  json_object('clientKind', c.kind, 'location', c.location, 'archived', c.archived_at IS NOT NULL) AS info
FROM hits h JOIN clients c ON c.id = h.id WHERE h.kind = ${DOC_KIND.client}
UNION ALL
SELECT h.kind, ct.id, ct.name, ct.client_id, NULL, h.score,
  json_object('role', ct.role, 'clientName', c.name, 'clientArchived', c.archived_at IS NOT NULL)
FROM hits h JOIN contacts ct ON ct.id = h.id LEFT JOIN clients c ON c.id = ct.client_id
WHERE h.kind = ${DOC_KIND.contact}
UNION ALL
SELECT h.kind, g.id, g.title, g.client_id, g.id, h.score,
  json_object('clientName', c.name, 'stage', s.name, 'archived', g.archived_at IS NOT NULL,
    'clientArchived', c.archived_at IS NOT NULL)
FROM hits h JOIN gigs g ON g.id = h.id LEFT JOIN clients c ON c.id = g.client_id LEFT JOIN stages s ON s.id = g.stage_id
WHERE h.kind = ${DOC_KIND.gig}
UNION ALL
SELECT h.kind, i.id, g.title, g.client_id, i.gig_id, h.score,
  json_object('clientName', c.name, 'interviewKind', i.kind, 'round', i.round, 'startsAt', i.starts_at,
    'timeZone', i.time_zone, 'outcome', i.outcome)
FROM hits h JOIN interviews i ON i.id = h.id LEFT JOIN gigs g ON g.id = i.gig_id LEFT JOIN clients c ON c.id = g.client_id
WHERE h.kind = ${DOC_KIND.interview}
UNION ALL
SELECT h.kind, d.id, d.title, coalesce(d.client_id, g.client_id), d.gig_id, h.score,
  json_object('clientName', c.name, 'gigTitle', g.title, 'dueAt', d.due_at, 'dueDate', d.due_date,
    'timeZone', d.time_zone, 'completed', d.completed_at IS NOT NULL)
FROM hits h JOIN deadlines d ON d.id = h.id LEFT JOIN gigs g ON g.id = d.gig_id
  LEFT JOIN clients c ON c.id = coalesce(d.client_id, g.client_id)
WHERE h.kind = ${DOC_KIND.deadline}
UNION ALL
SELECT h.kind, e.id, substr(e.body, 1, 200), coalesce(e.client_id, g.client_id), e.gig_id, h.score,
  json_object('noteKind', e.kind, 'clientName', c.name, 'gigTitle', g.title, 'occurredAt', e.occurred_at)
FROM hits h JOIN timeline_events e ON e.id = h.id LEFT JOIN gigs g ON g.id = e.gig_id
  LEFT JOIN clients c ON c.id = coalesce(e.client_id, g.client_id)
WHERE h.kind = ${DOC_KIND.note}
ORDER BY 6, 1, 2`;

interface HitRow {
  kind: number;
  id: number;
  title: string | null;
  clientId: number | null;
  gigId: number | null;
  score: number;
  info: string;
}

type Info = Record<string, string | number | null>;

const prepared = new WeakMap<Database.Database, Database.Statement>();

function searchStatement(sqlite: Database.Database): Database.Statement {
  let statement = prepared.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare(SEARCH_SQL);
    prepared.set(sqlite, statement);
  }
  return statement;
}

/** The search statement's text, for EXPLAIN QUERY PLAN in tests and benchmarks. */
export const SEARCH_STATEMENT = SEARCH_SQL;

export interface SearchOptions {
  /** Zone to show interview and deadline times in; defaults to each item's own zone, then UTC. */
  timeZone?: string;
}

/** Best matches first. Empty for text without any word; never throws for odd input. */
export function searchAll(
  sqlite: Database.Database,
  q: string,
  limit: number,
  options: SearchOptions = {},
): SearchResult[] {
  const match = toMatchQuery(q);
  if (!match || limit < 1) return [];
  refreshIndex(sqlite);
  let rows: HitRow[];
  try {
    rows = searchStatement(sqlite).all({ match, limit: Math.floor(limit) }) as HitRow[];
  } catch (error) {
    // toMatchQuery only emits quoted terms; this guards the one remaining risk, FTS5 itself rejecting a term.
    if (error instanceof Error && /fts5/i.test(error.message)) return [];
    throw error;
  }
  return rows.map((row) => toResult(row, options.timeZone));
}

/** Writes queued documents first, so results match committed data. A read-only database searches as is. */
function refreshIndex(sqlite: Database.Database): void {
  if (sqlite.readonly) return;
  syncSearchIndex(sqlite);
}

const INTERVIEW_KINDS: Record<string, string> = {
  call: 'Call',
  video: 'Video',
  onsite: 'On-site',
  technical: 'Technical',
  take_home: 'Take-home',
};
const NOTE_KINDS: Record<string, string> = {
  note: 'Note',
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  message_in: 'Message received',
  message_out: 'Message sent',
};

function toResult(row: HitRow, zone: string | undefined): SearchResult {
  const info = JSON.parse(row.info) as Info;
  const base = { id: row.id, clientId: row.clientId, gigId: row.gigId };
  const client = info.clientName ? `${info.clientName}${info.clientArchived ? ' (archived)' : ''}` : null;
  switch (row.kind) {
    case DOC_KIND.client:
      return {
        ...base,
        type: 'client',
        title: row.title ?? '',
        subtitle: join([
          info.clientKind === 'individual' ? 'Person' : 'Company',
          info.location,
          info.archived ? 'Archived' : null,
        ]),
      };
    case DOC_KIND.contact:
      return { ...base, type: 'contact', title: row.title ?? '', subtitle: join([info.role || 'Contact', client]) };
    case DOC_KIND.gig:
      return {
        ...base,
        type: 'gig',
        title: row.title ?? '',
        subtitle: join([client, info.stage, info.archived ? 'Archived' : null]),
      };
    case DOC_KIND.interview: {
      const round = Number(info.round) > 1 ? ` round ${info.round}` : '';
      const when = formatInstant(Number(info.startsAt), zone ?? String(info.timeZone));
      return {
        ...base,
        type: 'interview',
        title: `Interview: ${row.title ?? 'gig'}`,
        subtitle: join([client, `${INTERVIEW_KINDS[String(info.interviewKind)] ?? 'Interview'}${round}`, when]),
      };
    }
    case DOC_KIND.deadline: {
      const due =
        typeof info.dueAt === 'number'
          ? formatInstant(info.dueAt, zone ?? (info.timeZone as string | null))
          : String(info.dueDate ?? '');
      return {
        ...base,
        type: 'deadline',
        title: row.title ?? '',
        subtitle: join([`${info.completed ? 'Done, was due' : 'Due'} ${due}`, info.gigTitle, client]),
      };
    }
    default:
      return {
        ...base,
        type: 'note',
        title: firstLine(row.title ?? ''),
        subtitle: join([
          NOTE_KINDS[String(info.noteKind)] ?? 'Note',
          info.gigTitle,
          client,
          formatInstant(Number(info.occurredAt), zone ?? null).slice(0, 10),
        ]),
      };
  }
}

function join(parts: (string | number | null | undefined)[]): string {
  return parts.filter((part) => part !== null && part !== undefined && part !== '').join(' · ');
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const trimmed = line.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD HH:mm' in the zone (UTC when the zone is missing or unknown). */
export function formatInstant(ms: number, zone: string | null | undefined): string {
  if (!Number.isFinite(ms)) return '';
  const key = zone || 'UTC';
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone: key,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      return key === 'UTC' ? '' : formatInstant(ms, 'UTC');
    }
    formatters.set(key, formatter);
  }
  const part = Object.fromEntries(formatter.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
