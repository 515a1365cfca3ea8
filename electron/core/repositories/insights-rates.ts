/**
 * Rate insights over gigs that came in during the rate window: proposed and agreed medians per currency and
 * time unit, and the gap between the first ask and the agreed rate. The ask comes from the rate trail
 * (the first 'asked' entry in the agreed currency and unit) and falls back to the gig's proposed rate when
 * the trail has none. Fixed prices are project sizes, not rates, so they are only counted.
 */
import type Database from 'better-sqlite3';
import type { RateBenchmark, RateInsight } from '../../contract';
import { benchmarkUnits } from '../../contract';
import { statement } from '../db/statements';

type Unit = RateInsight['unit'];
const keyOf = (currency: string, unit: string) => `${currency}_${unit}`;

interface RateRow {
  currency: string;
  unit: Unit | 'fixed';
  gigs: number;
  proposedMedian: number | null;
  proposedCount: number;
  agreedMedian: number | null;
  agreedCount: number;
  negotiated: number;
  gap: number | null;
  countered: number | null;
}

/**
 * Each gig's first ask per currency and unit, and the gigs a client countered: read from the rate trail
 * once (it holds a few rows per negotiated gig) and joined, so the pass over gigs stays in index order.
 */
const TRAIL = `first_ask AS MATERIALIZED (
    SELECT gig_id, currency, unit, amount_minor AS amount FROM (
      SELECT re.gig_id, re.currency, re.unit, re.amount_minor,
        row_number() OVER (PARTITION BY re.gig_id, re.currency, re.unit ORDER BY re.occurred_at, re.id) AS n
      FROM rate_events re WHERE re.kind = 'asked') WHERE n = 1),
  countered AS MATERIALIZED (SELECT DISTINCT gig_id FROM rate_events WHERE kind = 'countered')`;

export function rateInsights(
  sqlite: Database.Database,
  since: number,
  benchmarks: RateBenchmark[],
): { rows: RateInsight[]; fixedPriceGigs: number } {
  // One pass over gigs in index order (no sort), the trail joined only where a rate was agreed.
  const grouped = statement(
    sqlite,
    `WITH ${TRAIL}
     SELECT currency, unit, count(*) AS gigs,
       median(proposed) AS proposedMedian, count(proposed) AS proposedCount,
       median(agreed) AS agreedMedian, count(agreed) AS agreedCount,
       count(asked) AS negotiated, avg((agreed - asked) * 100.0 / asked) AS gap,
       sum(asked IS NOT NULL AND countered) AS countered
     FROM (SELECT g.currency, g.rate_unit AS unit, g.proposed_rate_minor AS proposed, g.agreed_rate_minor AS agreed,
             CASE WHEN g.agreed_rate_minor IS NOT NULL
               THEN nullif(coalesce(f.amount, g.proposed_rate_minor), 0) END AS asked,
             c.gig_id IS NOT NULL AS countered
           FROM gigs g INDEXED BY gigs_rates_created_idx
           LEFT JOIN first_ask f ON g.agreed_rate_minor IS NOT NULL AND f.gig_id = g.id
             AND f.currency = g.currency AND f.unit = g.rate_unit
           LEFT JOIN countered c ON g.agreed_rate_minor IS NOT NULL AND c.gig_id = g.id
           WHERE g.created_at >= @since AND g.currency IS NOT NULL AND g.rate_unit IS NOT NULL)
     GROUP BY currency, unit`,
  ).all({ since }) as RateRow[];
  // Agreed rates under each floor: a range of the same index per benchmark (there are only a few).
  const below = statement(
    sqlite,
    `SELECT count(*) AS n FROM gigs g INDEXED BY gigs_rates_created_idx
     WHERE g.currency = @currency AND g.rate_unit = @unit AND g.created_at >= @since AND g.agreed_rate_minor < @floor`,
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
  for (const m of grouped) {
    if (m.unit === 'fixed') {
      fixedPriceGigs += m.gigs;
      continue;
    }
    if (m.proposedCount === 0 && m.agreedCount === 0) continue;
    Object.assign(row(m.currency, m.unit), {
      proposedMedianMinor: m.proposedMedian === null ? null : Math.round(m.proposedMedian),
      proposedCount: m.proposedCount,
      agreedMedianMinor: m.agreedMedian === null ? null : Math.round(m.agreedMedian),
      agreedCount: m.agreedCount,
      agreedBelowFloor: belowFloor.get(keyOf(m.currency, m.unit)) ?? 0,
      negotiatedCount: m.negotiated,
      averageGapPercent: m.gap === null ? null : Math.round(m.gap * 10) / 10,
      counteredCount: m.countered ?? 0,
    });
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
