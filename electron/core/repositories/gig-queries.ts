/**
 * Read side of gigs: the summary row shared by the board, the table and detail screens, computed in one
 * statement (tags, next interview with prep progress, next open deadline) so a screen is one query. The
 * next interview and deadline each read one entry of a partial index (migration 0009), named with INDEXED
 * BY: without statistics the planner preferred the all-gigs due-order index and scanned every open deadline.
 */
import type Database from 'better-sqlite3';
import type { GigSummary, ParsedInput } from '../../contract';
import { parseJson, statement } from '../db/statements';
import { notFound } from '../errors';
import { DEADLINE_DUE_KEY } from './deadline-queries';
import { listStages } from './stages-repository';

export const GIG_SUMMARY_SELECT = `SELECT g.id, g.title, g.client_id AS clientId, c.name AS clientName,
  g.stage_id AS stageId, s.name AS stageName, s.kind AS stageKind, g.stage_entered_at AS stageEnteredAt,
  g.position, g.source, g.currency, g.rate_unit AS rateUnit, g.proposed_rate_minor AS proposedRateMinor,
  g.agreed_rate_minor AS agreedRateMinor, g.start_date AS startDate, g.archived_at AS archivedAt,
  g.created_at AS createdAt, g.updated_at AS updatedAt,
  (SELECT json_group_array(name) FROM (SELECT t.name AS name FROM gig_tags gt JOIN tags t ON t.id = gt.tag_id
     WHERE gt.gig_id = g.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson,
  (SELECT json_object('id', i.id, 'startsAt', i.starts_at,
     'prepDone', (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id AND p.done_at IS NOT NULL),
     'prepTotal', (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id))
   FROM interviews i INDEXED BY interviews_gig_pending_end_idx WHERE i.gig_id = g.id AND i.outcome = 'pending'
     AND i.starts_at + i.duration_minutes * 60000 >= @now
   ORDER BY i.starts_at LIMIT 1) AS nextInterviewJson,
  (SELECT json_object('id', d.id, 'title', d.title, 'dueAt', d.due_at, 'dueDate', d.due_date)
   FROM deadlines d INDEXED BY deadlines_gig_open_due_idx WHERE d.gig_id = g.id AND d.completed_at IS NULL
   ORDER BY ${DEADLINE_DUE_KEY} LIMIT 1) AS nextDeadlineJson
FROM gigs g JOIN clients c ON c.id = g.client_id JOIN stages s ON s.id = g.stage_id`;

type SummaryRow = Omit<GigSummary, 'tags' | 'nextInterview' | 'nextDeadline'> & {
  tagsJson: string;
  nextInterviewJson: string | null;
  nextDeadlineJson: string | null;
};

/**
 * Field by field on purpose: this runs for every card and table row, and object rest/spread of a
 * 21-column row cost more than the query itself (2 ms of a board's 4 on the big seed).
 */
export function toGigSummary(row: SummaryRow): GigSummary {
  return {
    id: row.id,
    title: row.title,
    clientId: row.clientId,
    clientName: row.clientName,
    stageId: row.stageId,
    stageName: row.stageName,
    stageKind: row.stageKind,
    stageEnteredAt: row.stageEnteredAt,
    position: row.position,
    source: row.source,
    currency: row.currency,
    rateUnit: row.rateUnit,
    proposedRateMinor: row.proposedRateMinor,
    agreedRateMinor: row.agreedRateMinor,
    startDate: row.startDate,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    tags: parseJson<string[]>(row.tagsJson),
    nextInterview: row.nextInterviewJson ? parseJson<GigSummary['nextInterview']>(row.nextInterviewJson) : null,
    nextDeadline: row.nextDeadlineJson ? parseJson<GigSummary['nextDeadline']>(row.nextDeadlineJson) : null,
  };
}

type Filters = Pick<ParsedInput<'gigs.list'>, 'search' | 'clientId' | 'source' | 'tag' | 'archived' | 'stageId'>;

/** WHERE clauses and named parameters for the shared filters; SQL text varies only with which filters are on. */
function filterClauses(filters: Filters, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  const archived = filters.archived ?? 'active';
  if (archived === 'active') where.push('g.archived_at IS NULL');
  if (archived === 'archived') where.push('g.archived_at IS NOT NULL');
  if (filters.stageId !== undefined) {
    where.push('g.stage_id = @stageId');
    params.stageId = filters.stageId;
  }
  if (filters.clientId !== undefined) {
    where.push('(g.client_id = @clientId OR g.agency_client_id = @clientId)');
    params.clientId = filters.clientId;
  }
  if (filters.source !== undefined) {
    where.push('g.source = @source');
    params.source = filters.source;
  }
  if (filters.tag) {
    where.push(`EXISTS (SELECT 1 FROM gig_tags gt JOIN tags t ON t.id = gt.tag_id
      WHERE gt.gig_id = g.id AND t.name = @tag COLLATE NOCASE)`);
    params.tag = filters.tag;
  }
  const needle = filters.search?.trim().toLowerCase();
  if (needle) {
    where.push('(instr(lower(g.title), @needle) > 0 OR instr(lower(c.name), @needle) > 0)');
    params.needle = needle;
  }
  return where;
}

/** Counting joins clients only when the search filter reads the client's name (a join per row is costly). */
function countFrom(filters: Filters): string {
  return filters.search?.trim() ? 'gigs g JOIN clients c ON c.id = g.client_id' : 'gigs g';
}

/** No filter but the default "active gigs": stage_gig_counts (migration 0010) already has the totals. */
function onlyActive(filters: Filters): boolean {
  const { search, clientId, source, tag, archived } = filters;
  return (
    !search?.trim() && clientId === undefined && source === undefined && !tag && (archived ?? 'active') === 'active'
  );
}

function countGigs(sqlite: Database.Database, filters: Filters, whereSql: string, params: Record<string, unknown>) {
  if (onlyActive(filters)) {
    const stage = filters.stageId === undefined ? '' : ' WHERE stage_id = @stageId';
    const sql = `SELECT coalesce(sum(active), 0) AS n FROM stage_gig_counts${stage}`;
    return (
      statement(sqlite, sql).get(filters.stageId === undefined ? {} : { stageId: filters.stageId }) as { n: number }
    ).n;
  }
  return (statement(sqlite, `SELECT count(*) AS n FROM ${countFrom(filters)}${whereSql}`).get(params) as { n: number })
    .n;
}

const SORTS: Record<NonNullable<ParsedInput<'gigs.list'>['sort']>, { column: string; natural: 'asc' | 'desc' }> = {
  updated: { column: 'g.updated_at', natural: 'desc' },
  created: { column: 'g.created_at', natural: 'desc' },
  title: { column: 'g.title COLLATE NOCASE', natural: 'asc' },
  client: { column: 'c.name COLLATE NOCASE', natural: 'asc' },
  stage: { column: 's.position', natural: 'asc' },
  rate: { column: 'coalesce(g.agreed_rate_minor, g.proposed_rate_minor)', natural: 'desc' },
  inStage: { column: 'g.stage_entered_at', natural: 'asc' },
  start: { column: 'g.start_date', natural: 'desc' },
};

/** The joins a page-of-ids query needs: the client's name for search or client sort, the stage for stage sort. */
function pageFrom(filters: Filters, sort: NonNullable<ParsedInput<'gigs.list'>['sort']>): string {
  const joins = ['gigs g'];
  if (filters.search?.trim() || sort === 'client') joins.push('JOIN clients c ON c.id = g.client_id');
  if (sort === 'stage') joins.push('JOIN stages s ON s.id = g.stage_id');
  return joins.join(' ');
}

/**
 * A page in two steps: the ids in order (only the sort's columns are read, so a deep offset or a sort
 * without an index stays cheap), then the summary columns — with their per-gig subqueries — for those
 * ids alone. Computing summaries before sorting cost seconds on 50k gigs.
 */
export function listGigs(sqlite: Database.Database, query: ParsedInput<'gigs.list'>, now: number) {
  const params: Record<string, unknown> = {};
  const where = filterClauses(query, params);
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const sortKey = query.sort ?? 'updated';
  const sort = SORTS[sortKey];
  const direction = (query.direction ?? sort.natural).toUpperCase();
  const ids = (
    statement(
      sqlite,
      `SELECT g.id FROM ${pageFrom(query, sortKey)}${whereSql}
       ORDER BY ${sort.column} ${direction}, g.id ${direction} LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as { id: number }[]
  ).map((row) => row.id);
  return { items: summariesInOrder(sqlite, ids, now), total: countGigs(sqlite, query, whereSql, params) };
}

function summariesInOrder(sqlite: Database.Database, ids: number[], now: number): GigSummary[] {
  if (ids.length === 0) return [];
  const rows = statement(sqlite, `${GIG_SUMMARY_SELECT} WHERE g.id IN (SELECT value FROM json_each(@ids))`).all({
    ids: JSON.stringify(ids),
    now,
  }) as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toGigSummary(row)] : [];
  });
}

export function boardGigs(sqlite: Database.Database, query: ParsedInput<'gigs.board'>, now: number) {
  const perStage = query.perStage ?? 100;
  const params: Record<string, unknown> = { now };
  const where = filterClauses(query, params);
  where.push('g.stage_id = @stageId');
  const whereSql = ` WHERE ${where.join(' AND ')}`;
  const cards = statement(sqlite, `${GIG_SUMMARY_SELECT}${whereSql} ORDER BY g.position, g.id LIMIT @limit`);
  const count = statement(sqlite, `SELECT count(*) AS n FROM ${countFrom(query)}${whereSql}`);
  // Unfiltered, a column's total is the stage's active gig count the stage list already carries.
  const unfiltered = onlyActive(query);
  return {
    stages: listStages(sqlite).map((stage) => ({
      ...stage,
      total: unfiltered ? stage.gigCount : (count.get({ ...params, stageId: stage.id }) as { n: number }).n,
      gigs: (cards.all({ ...params, stageId: stage.id, limit: perStage }) as SummaryRow[]).map(toGigSummary),
    })),
  };
}

export function getGigSummary(sqlite: Database.Database, id: number, now: number): GigSummary {
  const row = statement(sqlite, `${GIG_SUMMARY_SELECT} WHERE g.id = @id`).get({ id, now }) as SummaryRow | undefined;
  if (!row) throw notFound('Gig', id);
  return toGigSummary(row);
}

export function gigsOfClient(sqlite: Database.Database, clientId: number, now: number): GigSummary[] {
  const rows = statement(
    sqlite,
    `${GIG_SUMMARY_SELECT} WHERE g.client_id = @clientId OR g.agency_client_id = @clientId
     ORDER BY g.archived_at IS NOT NULL, s.position, g.updated_at DESC LIMIT 200`,
  ).all({ clientId, now }) as SummaryRow[];
  return rows.map(toGigSummary);
}
