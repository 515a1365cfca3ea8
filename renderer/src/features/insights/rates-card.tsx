/**
 * Rates: per currency and time unit, the median you proposed and the median agreed over 12 months, how far
 * agreements landed from the first ask, and the user's own floor and target to read them against.
 */
import { SlidersHorizontal } from 'lucide-react';
import { useState } from 'react';
import type { RateBenchmark, RateInsight } from '../../../../electron/contract';
import { BenchmarksDialog } from './benchmarks-dialog';
import { InsightBar } from './insight-bar';
import { InsightCard, InsightEmpty } from './insight-card';
import { formatGap, formatRateShort, plural, rateRowLabel } from './insight-format';

function Median({
  minor,
  count,
  row,
  max,
  tone,
}: {
  minor: number | null;
  count: number;
  row: RateInsight;
  max: number;
  tone: 'muted' | 'accent';
}) {
  if (minor === null) return <span className="muted">—</span>;
  return (
    <span className="insight-rate-cell">
      <span className="insight-figure">
        <strong>{formatRateShort(minor, row.currency, row.unit)}</strong>
        <span className="muted"> · {plural(count, 'gig')}</span>
      </span>
      <InsightBar value={minor} max={max} tone={tone} />
    </span>
  );
}

function Gap({ row }: { row: RateInsight }) {
  if (row.averageGapPercent === null) return <span className="muted">No agreed rates yet</span>;
  return (
    <span>
      <strong className={row.averageGapPercent < 0 ? 'insight-down' : undefined}>
        {formatGap(row.averageGapPercent)}
      </strong>
      <span className="muted">
        {' '}
        over {plural(row.negotiatedCount, 'gig')}
        {row.counteredCount ? `, ${row.counteredCount} countered` : ''}
      </span>
    </span>
  );
}

function Benchmark({ row }: { row: RateInsight }) {
  const b = row.benchmark;
  if (!b) return <span className="muted">None set</span>;
  const agreed = row.agreedMedianMinor;
  const parts = [
    b.floorMinor !== null ? `floor ${formatRateShort(b.floorMinor, b.currency, b.unit)}` : null,
    b.targetMinor !== null ? `target ${formatRateShort(b.targetMinor, b.currency, b.unit)}` : null,
  ].filter(Boolean);
  const below = b.floorMinor !== null && agreed !== null && agreed < b.floorMinor;
  const atTarget = b.targetMinor !== null && agreed !== null && agreed >= b.targetMinor;
  return (
    <span className="insight-benchmark">
      <span>{parts.join(' · ')}</span>
      {below ? <span className="badge badge-warning">Median agreed is below your floor</span> : null}
      {!below && row.agreedBelowFloor ? (
        <span className="badge badge-warning">{plural(row.agreedBelowFloor, 'agreement')} below your floor</span>
      ) : null}
      {atTarget ? <span className="badge badge-success">Median agreed meets your target</span> : null}
    </span>
  );
}

export function RatesCard({
  rows,
  fixedPriceGigs,
  benchmarks,
}: {
  rows: RateInsight[];
  fixedPriceGigs: number;
  benchmarks: RateBenchmark[];
}) {
  const [editing, setEditing] = useState(false);
  return (
    <InsightCard
      id="insights-rates"
      title="Rates"
      scope="Gigs that came in during the last 12 months, whatever the period above. Medians per currency and unit."
      actions={
        <button type="button" className="button button-sm" onClick={() => setEditing(true)}>
          <SlidersHorizontal size={14} aria-hidden="true" />
          {benchmarks.length ? 'Edit benchmarks' : 'Set a benchmark'}
        </button>
      }
    >
      {rows.length === 0 ? (
        <InsightEmpty>
          Rates appear once your gigs have a currency and an hourly, daily or weekly rate. Log each step of a
          negotiation in a gig’s rate trail to see how far agreements land from your first ask.
        </InsightEmpty>
      ) : (
        <table className="insight-table insight-rates">
          <thead>
            <tr>
              <th scope="col">Rate</th>
              <th scope="col">You proposed (median)</th>
              <th scope="col">Agreed (median)</th>
              <th scope="col">Agreed vs first ask</th>
              <th scope="col">Your benchmark</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const max = Math.max(
                row.proposedMedianMinor ?? 0,
                row.agreedMedianMinor ?? 0,
                row.benchmark?.targetMinor ?? 0,
              );
              return (
                <tr key={`${row.currency}-${row.unit}`}>
                  <th scope="row">{rateRowLabel(row)}</th>
                  <td>
                    <Median
                      minor={row.proposedMedianMinor}
                      count={row.proposedCount}
                      row={row}
                      max={max}
                      tone="muted"
                    />
                  </td>
                  <td>
                    <Median minor={row.agreedMedianMinor} count={row.agreedCount} row={row} max={max} tone="accent" />
                  </td>
                  <td>
                    <Gap row={row} />
                  </td>
                  <td>
                    <Benchmark row={row} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {fixedPriceGigs ? (
        <p className="insight-note">
          {plural(fixedPriceGigs, 'fixed-price gig')} left out: a fixed price is the size of a project, not a rate.
        </p>
      ) : null}
      {editing ? <BenchmarksDialog benchmarks={benchmarks} onClose={() => setEditing(false)} /> : null}
    </InsightCard>
  );
}
