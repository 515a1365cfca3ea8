/**
 * Turns what a person typed into an FTS5 query and runs it against search_index with bounded work.
 *
 * Safety: user text never reaches FTS5 syntax. It is cut into word tokens, each becomes a quoted term,
 * and the terms are AND-ed, so quotes, `*`, NEAR, AND/OR/NOT and column filters are plain words.
 *
 * Speed: bm25 must score every match before ORDER BY can pick the best, which costs ~1 µs a match, so a
 * common word ("design" in 100k documents) would take 100 ms. Instead one query scores at most
 * `candidates` matches, taken in descending rowid order (clients first, then contacts, gigs, interviews,
 * deadlines, notes; newest first, see search-index.ts), and returns the best `limit` of those. Below the cap
 * (every selective query) the ranking is exact; above it, it is the best among the first candidates.
 */
import type Database from 'better-sqlite3';
import { DOC_KIND, ID_BITS } from './search-index';

/** More terms than this only slow the query down without narrowing results a person would notice. */
export const MAX_TERMS = 8;
/** Matches scored per query; ~2 ms of bm25 on a 2-core machine. */
export const DEFAULT_CANDIDATES = 2000;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
/** Scripts where one character is a word; elsewhere a lone letter is too unselective to be a prefix. */
const IDEOGRAPHIC = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;

function isLoneLetter(token: string): boolean {
  return [...token].length === 1 && !IDEOGRAPHIC.test(token);
}

/**
 * A safe FTS5 query for the text, or null when no word is left: each word a prefix term (`"desi"*`).
 * Lone letters or digits ("c" of "C++", an initial) are dropped when longer words narrow the search, and
 * matched as whole words when they are all there is: as prefixes they would match most of the index.
 */
export function toMatchQuery(text: string): string | null {
  const tokens = new Set<string>();
  for (const token of text.normalize('NFKC').match(TOKEN) ?? []) {
    tokens.add(token.toLowerCase());
    if (tokens.size === MAX_TERMS) break;
  }
  if (tokens.size === 0) return null;
  const words = [...tokens].filter((token) => !isLoneLetter(token));
  if (words.length === 0) return [...tokens].map((token) => `"${token}"`).join(' ');
  return words.map((token) => `"${token}"*`).join(' ');
}

/** The same terms, all required in the title. */
export function titleOnly(match: string): string {
  return `{title} : (${match})`;
}

/**
 * How hits are ordered. 'kind' (title hits): clients, contacts, gigs, interviews, deadlines, then bm25 within
 * a kind. bm25 alone ranks "Sign proposal for Acme Foods" above the client "Acme Foods", because it normalises
 * by the length of the whole document and a client's body (e-mail, website, notes, tags) is long. 'score'
 * (body hits): bm25 alone.
 */
export type HitOrder = 'kind' | 'score';

/**
 * Scores up to @candidates matches, keeps the best @limit, and joins each back to its table by primary key
 * for its current title and context (the index is contentless).
 */
export const searchSql = (order: HitOrder) => `
WITH candidates AS MATERIALIZED (
  SELECT rowid AS doc, bm25(search_index, 10.0, 1.0) AS score
  FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT @candidates
),
hits AS MATERIALIZED (
  SELECT 7 - (doc >> 40) AS kind, doc & ${ID_BITS - 1} AS id, score FROM candidates ORDER BY ${order === 'kind' ? 'kind, score' : 'score'} LIMIT @limit
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
ORDER BY ${order === 'kind' ? '1, 6' : '6, 1'}, 2`;

export interface HitRow {
  kind: number;
  id: number;
  title: string | null;
  clientId: number | null;
  gigId: number | null;
  score: number;
  /** JSON object with what the subtitle is made of. */
  info: string;
}

const prepared = new WeakMap<Database.Database, Record<HitOrder, Database.Statement>>();

export function findHits(
  sqlite: Database.Database,
  match: string,
  order: HitOrder,
  limit: number,
  candidates: number,
): HitRow[] {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = { kind: sqlite.prepare(searchSql('kind')), score: sqlite.prepare(searchSql('score')) };
    prepared.set(sqlite, statements);
  }
  return statements[order].all({ match, limit, candidates: Math.max(candidates, limit) }) as HitRow[];
}
