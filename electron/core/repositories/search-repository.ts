/**
 * Global search over clients, contacts, gigs, interviews, deadlines and notes (FTS5; the index is kept by
 * search-index.ts, queries are built and bounded in search-query.ts). Title hits come first: a first pass
 * requires every word in the title (ordered clients, contacts, gigs, interviews, deadlines, then bm25), and
 * only when that finds fewer than `limit` does a second pass match titles and bodies together, ranked by bm25
 * with the title weighted 10 to 1.
 */
import type Database from 'better-sqlite3';
import type { SearchResult } from '../../contract';
import { DOC_KIND, syncSearchIndex } from './search-index';
import { DEFAULT_CANDIDATES, findHits, titleOnly, toMatchQuery, type HitRow } from './search-query';

type Info = Record<string, string | number | null>;

export interface SearchOptions {
  /** Zone to show interview and deadline times in; defaults to each item's own zone, then UTC. */
  timeZone?: string;
  /** Matches scored per pass (see search-query.ts); tests lower it to exercise the cap. */
  candidates?: number;
}

/** Best matches first. Empty for text without any word; never throws for odd input. */
export function searchAll(
  sqlite: Database.Database,
  q: string,
  limit: number,
  options: SearchOptions = {},
): SearchResult[] {
  const match = toMatchQuery(q);
  const wanted = Math.floor(limit);
  if (!match || !(wanted >= 1)) return [];
  refreshIndex(sqlite);
  const candidates = options.candidates ?? DEFAULT_CANDIDATES;
  try {
    const titleHits = findHits(sqlite, titleOnly(match), 'kind', wanted, candidates);
    if (titleHits.length >= wanted) return titleHits.map((row) => toResult(row, options.timeZone));
    const seen = new Set(titleHits.map(hitKey));
    const otherHits = findHits(sqlite, match, 'score', wanted + titleHits.length, candidates).filter(
      (row) => !seen.has(hitKey(row)),
    );
    return [...titleHits, ...otherHits].slice(0, wanted).map((row) => toResult(row, options.timeZone));
  } catch (error) {
    // toMatchQuery only emits quoted terms; this guards the one remaining risk, FTS5 itself rejecting a term.
    if (error instanceof Error && /fts5/i.test(error.message)) return [];
    throw error;
  }
}

function hitKey(row: HitRow): string {
  return `${row.kind}:${row.id}`;
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
