/** Pipeline now: open gigs per open stage, how long they have sat there, and their rates per currency and unit. */
import { Link } from 'wouter';
import type { PipelineStageInsight } from '../../../../electron/contract';
import { emptyFilters, setFilters } from '../pipeline/pipeline-filters';
import { InsightBar } from './insight-bar';
import { InsightCard, InsightEmpty } from './insight-card';
import { formatCount, formatDays, formatRateShort, formatRateWords, plural } from './insight-format';

/** One line per currency; each unit is summed on its own ("€2,057/day (2 gigs)" adds two day rates). */
function Totals({ stage }: { stage: PipelineStageInsight }) {
  if (stage.gigCount === 0) return <span className="muted">—</span>;
  const currencies = [...new Set(stage.totals.map((t) => t.currency))];
  return (
    <ul className="insight-money-list">
      {currencies.map((currency) => (
        <li key={currency}>
          {stage.totals
            .filter((t) => t.currency === currency)
            .map((t) => (
              <span key={t.unit} className="insight-money">
                <span className="visually-hidden">
                  {formatRateWords(t.totalMinor, t.currency, t.unit)} across {plural(t.gigCount, 'gig')}
                </span>
                <span aria-hidden="true">
                  <strong>{formatRateShort(t.totalMinor, t.currency, t.unit)}</strong>
                  <span className="muted"> ({plural(t.gigCount, 'gig')})</span>
                </span>
              </span>
            ))}
        </li>
      ))}
      {stage.withoutRate ? <li className="muted">{plural(stage.withoutRate, 'gig')} without a rate</li> : null}
    </ul>
  );
}

export function PipelineCard({ stages }: { stages: PipelineStageInsight[] }) {
  const max = Math.max(0, ...stages.map((s) => s.gigCount));
  const open = stages.reduce((sum, s) => sum + s.gigCount, 0);
  return (
    <InsightCard
      id="insights-pipeline"
      title="Pipeline now"
      scope={
        open === 0
          ? 'Open gigs today.'
          : `${plural(open, 'open gig')} today, archived ones left out. Each gig counts its agreed rate, or its proposed one until agreed; every currency and unit is added up on its own, never converted.`
      }
    >
      {stages.length === 0 ? (
        <InsightEmpty>
          You have no open stages. Add one with <Link href="/pipeline">Edit stages on the Pipeline</Link>.
        </InsightEmpty>
      ) : open === 0 ? (
        <InsightEmpty>
          No open gigs right now. <Link href="/pipeline?new=1">Add a lead</Link> and it shows here with its stage and
          rate.
        </InsightEmpty>
      ) : (
        <table className="insight-table">
          <thead>
            <tr>
              <th scope="col" className="col-stage">
                Stage
              </th>
              <th scope="col" className="col-bar">
                Open gigs
              </th>
              <th scope="col" className="col-days">
                Median time in stage
              </th>
              <th scope="col">Rates on the table, summed</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((stage) => (
              <tr key={stage.stageId}>
                <th scope="row">
                  <Link
                    href={`/pipeline/table?stage=${stage.stageId}`}
                    onClick={() => setFilters(emptyFilters)}
                    title={`Show the ${stage.name} gigs in the pipeline table`}
                  >
                    {stage.name}
                  </Link>
                </th>
                <td className="col-bar">
                  <span className="insight-bar-cell">
                    <InsightBar value={stage.gigCount} max={max} />
                    <span className="insight-figure">{formatCount(stage.gigCount)}</span>
                  </span>
                </td>
                <td>
                  {stage.medianDaysInStage === null ? (
                    <span className="muted">—</span>
                  ) : (
                    formatDays(stage.medianDaysInStage)
                  )}
                </td>
                <td>
                  <Totals stage={stage} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </InsightCard>
  );
}
