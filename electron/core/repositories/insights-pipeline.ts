/**
 * Insights on the pipeline and on where work comes from. Each figure is one grouped statement read from
 * a covering index in its grouping order (gigs_stage_rates_idx for the open pipeline, gigs_source_stage_idx
 * for sources), so no figure sorts 50k gigs; referrers read a partial index of referred gigs by date.
 * Stage kinds, not names, decide open/won/lost.
 */
import type Database from 'better-sqlite3';
import type { MoneyTotal, PipelineStageInsight, ReferrerInsight, SourceInsight } from '../../contract';
import { gigSources, rateUnits } from '../../contract';
import { statement } from '../db/statements';

const DAY = 86_400_000;

export interface StageKindRow {
  id: number;
  name: string;
  kind: 'open' | 'won' | 'lost';
}

export function stageKinds(sqlite: Database.Database): StageKindRow[] {
  return statement(sqlite, 'SELECT id, name, kind FROM stages ORDER BY position, id').all() as StageKindRow[];
}

const OPEN_GIGS = `FROM gigs g INDEXED BY gigs_stage_rates_idx
  WHERE g.stage_id IN (SELECT id FROM stages WHERE kind = 'open') AND g.archived_at IS NULL`;

interface TotalRow {
  stageId: number;
  currency: string | null;
  unit: MoneyTotal['unit'] | null;
  gigs: number;
  priced: number;
  total: number | null;
}

/** Open, unarchived gigs per open stage: how many, their value per currency and unit, and time in stage. */
export function pipelineInsights(
  sqlite: Database.Database,
  stages: StageKindRow[],
  now: number,
): PipelineStageInsight[] {
  const totals = statement(
    sqlite,
    `SELECT g.stage_id AS stageId, g.currency, g.rate_unit AS unit, count(*) AS gigs,
       count(coalesce(g.agreed_rate_minor, g.proposed_rate_minor)) AS priced,
       sum(coalesce(g.agreed_rate_minor, g.proposed_rate_minor)) AS total
     ${OPEN_GIGS} GROUP BY g.stage_id, g.currency, g.rate_unit`,
  ).all() as TotalRow[];
  // The median entry of each stage read straight from gigs_stage_entered_idx (its gigs in the order they
  // entered it): half a stage's index entries are stepped over, no value is collected or sorted.
  const middle = statement(
    sqlite,
    `SELECT avg(entered) AS entered FROM (SELECT g.stage_entered_at AS entered
       FROM gigs g INDEXED BY gigs_stage_entered_idx WHERE g.stage_id = @stageId AND g.archived_at IS NULL
       ORDER BY g.stage_entered_at LIMIT @take OFFSET @skip)`,
  );
  const medianEntered = (stageId: number, count: number): number | null =>
    count === 0
      ? null
      : (middle.get({ stageId, take: 2 - (count % 2), skip: Math.floor((count - 1) / 2) }) as { entered: number })
          .entered;
  return stages
    .filter((stage) => stage.kind === 'open')
    .map((stage) => {
      const rows = totals.filter((row) => row.stageId === stage.id);
      const gigCount = rows.reduce((sum, row) => sum + row.gigs, 0);
      const priced = rows.filter(
        (row): row is TotalRow & { currency: string; unit: MoneyTotal['unit'] } =>
          row.currency !== null && row.unit !== null && rateUnits.includes(row.unit) && row.priced > 0,
      );
      const entered = medianEntered(stage.id, gigCount);
      const ms = entered === null ? null : now - entered;
      return {
        stageId: stage.id,
        name: stage.name,
        gigCount,
        medianDaysInStage: ms === null ? null : Math.max(0, Math.floor(ms / DAY)),
        totals: priced
          .map((row) => ({ currency: row.currency, unit: row.unit, totalMinor: row.total ?? 0, gigCount: row.priced }))
          .sort(
            (a, b) => a.currency.localeCompare(b.currency) || rateUnits.indexOf(a.unit) - rateUnits.indexOf(b.unit),
          ),
        withoutRate: gigCount - priced.reduce((sum, row) => sum + row.priced, 0),
      };
    });
}

/** Gigs that came in since `from`, per source: how many, and how many of them were won, lost or are open. */
export function sourceInsights(sqlite: Database.Database, stages: StageKindRow[], from: number): SourceInsight[] {
  const rows = statement(
    sqlite,
    `SELECT g.source, g.stage_id AS stageId, count(*) AS gigs FROM gigs g INDEXED BY gigs_source_stage_idx
     WHERE g.created_at >= @from GROUP BY g.source, g.stage_id`,
  ).all({ from }) as { source: SourceInsight['source']; stageId: number; gigs: number }[];
  const kindOf = new Map(stages.map((stage) => [stage.id, stage.kind]));
  const bySource = new Map<SourceInsight['source'], SourceInsight>();
  for (const row of rows) {
    const entry = bySource.get(row.source) ?? { source: row.source, gigs: 0, open: 0, won: 0, lost: 0, winRate: null };
    const kind = kindOf.get(row.stageId) ?? 'open';
    entry.gigs += row.gigs;
    entry[kind] += row.gigs;
    bySource.set(row.source, entry);
  }
  // Every known source gets a row (an empty one says "none yet"); gigs without a source come last.
  return [...gigSources, null]
    .map((source) => bySource.get(source) ?? { source, gigs: 0, open: 0, won: 0, lost: 0, winRate: null })
    .filter((entry) => entry.source !== null || entry.gigs > 0)
    .map((entry) => ({
      ...entry,
      winRate: entry.won + entry.lost === 0 ? null : entry.won / (entry.won + entry.lost),
    }));
}

const REFERRER_LIMIT = 5;

/**
 * Contacts and clients who referred the most won gigs that came in since `from` (ties: more referrals
 * first). A gig naming both a referring contact and a client credits the contact, the more precise of the two.
 */
export function topReferrers(sqlite: Database.Database, from: number): ReferrerInsight[] {
  return statement(
    sqlite,
    `SELECT r.kind, coalesce(ct.id, rc.id) AS id, coalesce(ct.name, rc.name) AS name,
       c.id AS clientId, c.name AS clientName, r.won, r.referred
     FROM (SELECT CASE WHEN g.referrer_contact_id IS NULL THEN 'client' ELSE 'contact' END AS kind,
             coalesce(g.referrer_contact_id, g.referrer_client_id) AS rid,
             sum(g.stage_id IN (SELECT id FROM stages WHERE kind = 'won')) AS won, count(*) AS referred
           FROM gigs g INDEXED BY gigs_referred_created_idx
           WHERE g.created_at >= @from AND (g.referrer_contact_id IS NOT NULL OR g.referrer_client_id IS NOT NULL)
           GROUP BY kind, rid HAVING won > 0 ORDER BY won DESC, referred DESC, kind, rid LIMIT @limit) r
     LEFT JOIN contacts ct ON r.kind = 'contact' AND ct.id = r.rid
     LEFT JOIN clients rc ON r.kind = 'client' AND rc.id = r.rid
     JOIN clients c ON c.id = coalesce(ct.client_id, rc.id)
     ORDER BY r.won DESC, r.referred DESC, name`,
  ).all({ from, limit: REFERRER_LIMIT }) as ReferrerInsight[];
}
