/**
 * Rate insights over gigs that came in during the rate window: proposed and agreed medians per currency and
 * time unit, and the gap between the first ask and the agreed rate. The ask comes from the rate trail
 * (the first 'asked' entry in the agreed currency and unit) and falls back to the gig's proposed rate when
 * the trail has none. Fixed prices are project sizes, not rates, so they are only counted.
 *
 * Speed on a big book: the currencies in use come from a loose scan (one index seek each), and every
 * figure is then a range of (currency, unit, created_at ≥ since) — only the window's gigs are read, group
 * by group, and nothing is sorted. Agreements read a partial index of agreed gigs. The gap is summed over
 * those gigs against their proposed rate, then corrected in code for the few gigs with a rate trail.
 */
import type Database from 'better-sqlite3';
import type { RateBenchmark, RateInsight } from '../../contract';
import { benchmarkUnits } from '../../contract';
import { statement } from '../db/statements';

type Unit = RateInsight['unit'];
const keyOf = (currency: string, unit: string) => `${currency}_${unit}`;

const GROUPS = `WITH RECURSIVE currencies(c) AS (
    SELECT min(currency) FROM gigs INDEXED BY gigs_rates_created_idx WHERE currency IS NOT NULL
    UNION ALL
    SELECT (SELECT min(g.currency) FROM gigs g INDEXED BY gigs_rates_created_idx WHERE g.currency > currencies.c)
    FROM currencies WHERE currencies.c IS NOT NULL),
  keys(c, u) AS (SELECT currencies.c, units.u FROM currencies,
    (SELECT 'hour' AS u UNION ALL SELECT 'day' UNION ALL SELECT 'week' UNION ALL SELECT 'fixed') AS units
    WHERE currencies.c IS NOT NULL)`;

const IN_GROUP = 'g.currency = keys.c AND g.rate_unit = keys.u AND g.created_at >= @since';

/** [gigs, proposed median, proposed count] and [agreed count, agreed median, asks > 0, Σ agreed·100/ask]. */
type Proposed = [number, number | null, number];
type Agreed = [number, number | null, number, number];

interface TrailRow {
  currency: string;
  unit: Unit;
  agreed: number;
  proposed: number | null;
  firstAsk: number | null;
  countered: number;
}

interface Gap {
  asks: number;
  sum: number;
  countered: number;
}

/** Replaces the proposed-rate ask of gigs that have a rate trail by their first logged ask. */
function correctForTrail(gaps: Map<string, Gap>, trail: TrailRow[]) {
  const positive = (n: number | null) => (n !== null && n > 0 ? n : null);
  for (const t of trail) {
    const gap = gaps.get(keyOf(t.currency, t.unit));
    if (!gap) continue;
    const fallback = positive(t.proposed);
    const ask = positive(t.firstAsk ?? t.proposed);
    gap.sum += (ask ? (t.agreed * 100) / ask : 0) - (fallback ? (t.agreed * 100) / fallback : 0);
    gap.asks += (ask ? 1 : 0) - (fallback ? 1 : 0);
    if (ask && t.countered) gap.countered += 1;
  }
}

export function rateInsights(
  sqlite: Database.Database,
  since: number,
  benchmarks: RateBenchmark[],
): { rows: RateInsight[]; fixedPriceGigs: number } {
  const groups = statement(
    sqlite,
    `${GROUPS}
     SELECT keys.c AS currency, keys.u AS unit,
       CASE WHEN keys.u = 'fixed'
         THEN (SELECT json_array(count(*), NULL, 0) FROM gigs g INDEXED BY gigs_rates_created_idx WHERE ${IN_GROUP})
         ELSE (SELECT json_array(count(*), median(g.proposed_rate_minor), count(g.proposed_rate_minor))
           FROM gigs g INDEXED BY gigs_rates_created_idx WHERE ${IN_GROUP}) END AS proposed,
       CASE WHEN keys.u <> 'fixed'
         THEN (SELECT json_array(count(*), median(g.agreed_rate_minor), count(nullif(g.proposed_rate_minor, 0)),
             total(g.agreed_rate_minor * 100.0 / nullif(g.proposed_rate_minor, 0)))
           FROM gigs g INDEXED BY gigs_agreed_created_idx WHERE g.agreed_rate_minor IS NOT NULL AND ${IN_GROUP})
         END AS agreed
     FROM keys`,
  ).all({ since }) as { currency: string; unit: Unit | 'fixed'; proposed: string; agreed: string | null }[];
  // Fixed prices are only counted. The agreed gigs of the window with a rate trail are reached from the
  // trail, which holds only negotiated gigs.
  const trail = statement(
    sqlite,
    `SELECT g.currency, g.rate_unit AS unit, g.agreed_rate_minor AS agreed, g.proposed_rate_minor AS proposed,
       (SELECT re.amount_minor FROM rate_events re WHERE re.gig_id = g.id AND re.kind = 'asked'
          AND re.currency = g.currency AND re.unit = g.rate_unit ORDER BY re.occurred_at, re.id LIMIT 1) AS firstAsk,
       EXISTS (SELECT 1 FROM rate_events re WHERE re.gig_id = g.id AND re.kind = 'countered') AS countered
     FROM gigs g
     WHERE g.id IN (SELECT gig_id FROM rate_events WHERE kind IN ('asked', 'countered'))
       AND g.agreed_rate_minor IS NOT NULL AND g.created_at >= @since AND g.currency IS NOT NULL
       AND g.rate_unit IN ('hour', 'day', 'week')`,
  ).all({ since }) as TrailRow[];
  // Agreed rates under each floor: a range of the partial index per benchmark (there are only a few).
  const below = statement(
    sqlite,
    `SELECT count(*) AS n FROM gigs g INDEXED BY gigs_agreed_created_idx
     WHERE g.agreed_rate_minor IS NOT NULL AND g.currency = @currency AND g.rate_unit = @unit
       AND g.created_at >= @since AND g.agreed_rate_minor < @floor`,
  );
  const belowFloor = new Map(
    benchmarks
      .filter((b) => b.floorMinor !== null)
      .map((b) => [
        keyOf(b.currency, b.unit),
        (below.get({ currency: b.currency, unit: b.unit, since, floor: b.floorMinor }) as { n: number }).n,
      ]),
  );

  const rows = new Map<string, RateInsight>();
  const row = (currency: string, unit: Unit): RateInsight => {
    const key = keyOf(currency, unit);
    const found = rows.get(key);
    if (found) return found;
    const fresh: RateInsight = {
      currency,
      unit,
      proposedMedianMinor: null,
      proposedCount: 0,
      agreedMedianMinor: null,
      agreedCount: 0,
      negotiatedCount: 0,
      averageGapPercent: null,
      counteredCount: 0,
      agreedBelowFloor: 0,
      benchmark: benchmarks.find((b) => b.currency === currency && b.unit === unit) ?? null,
    };
    rows.set(key, fresh);
    return fresh;
  };
  let fixedPriceGigs = 0;
  const gaps = new Map<string, Gap>();
  for (const group of groups) {
    const [gigs, proposedMedian, proposedCount] = JSON.parse(group.proposed) as Proposed;
    if (group.unit === 'fixed') {
      fixedPriceGigs += gigs;
      continue;
    }
    const [agreedCount, agreedMedian, asks, sum] = JSON.parse(group.agreed ?? '[0, null, 0, 0]') as Agreed;
    if (proposedCount === 0 && agreedCount === 0) continue;
    gaps.set(keyOf(group.currency, group.unit), { asks, sum, countered: 0 });
    Object.assign(row(group.currency, group.unit), {
      proposedMedianMinor: proposedMedian === null ? null : Math.round(proposedMedian),
      proposedCount,
      agreedMedianMinor: agreedMedian === null ? null : Math.round(agreedMedian),
      agreedCount,
      agreedBelowFloor: belowFloor.get(keyOf(group.currency, group.unit)) ?? 0,
    });
  }
  correctForTrail(gaps, trail);
  for (const [key, gap] of gaps) {
    const r = rows.get(key);
    if (!r || gap.asks === 0) continue;
    r.negotiatedCount = gap.asks;
    r.averageGapPercent = Math.round((gap.sum / gap.asks - 100) * 10) / 10;
    r.counteredCount = gap.countered;
  }
  // A benchmark is shown even before any gig in its currency and unit, so the user sees what they set.
  for (const b of benchmarks) row(b.currency, b.unit);
  // Currencies with the most rates first, each with its units in order (hour, day, week).
  const volume = new Map<string, number>();
  for (const r of rows.values())
    volume.set(r.currency, (volume.get(r.currency) ?? 0) + r.proposedCount + r.agreedCount);
  return {
    rows: [...rows.values()].sort(
      (a, b) =>
        (volume.get(b.currency) ?? 0) - (volume.get(a.currency) ?? 0) ||
        a.currency.localeCompare(b.currency) ||
        benchmarkUnits.indexOf(a.unit) - benchmarkUnits.indexOf(b.unit),
    ),
    fixedPriceGigs,
  };
}
