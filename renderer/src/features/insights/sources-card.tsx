/** Where work comes from: per source, how many gigs came in, were won and lost, the win rate, and top referrers. */
import { Link } from 'wouter';
import type { InsightPeriod, ReferrerInsight, SourceInsight } from '../../../../electron/contract';
import { sourceLabels } from '../gigs/gig-labels';
import { emptyFilters, setFilters, setTableParams } from '../pipeline/pipeline-filters';
import { InsightBar } from './insight-bar';
import { InsightCard, InsightEmpty } from './insight-card';
import { formatCount, formatPercent, periodPhrase, plural } from './insight-format';

function sourceName(source: SourceInsight['source']): string {
  return source === null ? 'Not recorded' : sourceLabels[source];
}

function WinRate({ row }: { row: SourceInsight }) {
  const decided = row.won + row.lost;
  if (row.winRate === null) return <span className="muted">None decided yet</span>;
  return (
    <span className="insight-bar-cell">
      <InsightBar value={row.winRate} max={1} tone="success" />
      <span className="insight-figure">
        <strong>{formatPercent(row.winRate)}</strong>
        <span className="muted"> of {formatCount(decided)} decided</span>
      </span>
    </span>
  );
}

function Referrers({ referrers }: { referrers: ReferrerInsight[] }) {
  return (
    <div className="insight-subsection">
      <h3 id="insights-referrers">Top referrers of won gigs</h3>
      {referrers.length === 0 ? (
        <InsightEmpty>
          Nobody yet. When a gig came through someone, set its source to Referral and pick who referred it; once it is
          won, they show here so you remember to thank them.
        </InsightEmpty>
      ) : (
        <ol className="insight-referrers" aria-labelledby="insights-referrers">
          {referrers.map((r) => (
            <li key={`${r.kind}-${r.id}`}>
              <Link href={`/clients/${r.clientId}`}>{r.name}</Link>
              {r.kind === 'contact' ? <span className="muted"> at {r.clientName}</span> : null}
              <span className="insight-referrer-count">
                {plural(r.won, 'won gig')} <span className="muted">of {formatCount(r.referred)} referred</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function SourcesCard({
  period,
  rows,
  referrers,
}: {
  period: InsightPeriod;
  rows: SourceInsight[];
  referrers: ReferrerInsight[];
}) {
  const shown = rows.filter((row) => row.gigs > 0);
  const max = Math.max(0, ...shown.map((row) => row.gigs));
  const decided = shown.some((row) => row.winRate !== null);
  const quiet = rows.filter((row) => row.gigs === 0 && row.source !== null).map((row) => sourceName(row.source));
  return (
    <InsightCard
      id="insights-sources"
      title="Where work comes from"
      scope={`Gigs that came in during the ${periodPhrase(period)}. Win rate = won ÷ (won + lost); open gigs wait.`}
    >
      {shown.length === 0 ? (
        <InsightEmpty>
          No gigs came in during the {periodPhrase(period)}. Choose a longer period, or record where each new gig comes
          from in its Source field.
        </InsightEmpty>
      ) : (
        <>
          <table className="insight-table">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col" className="col-bar">
                  Gigs
                </th>
                <th scope="col" className="col-num">
                  Won
                </th>
                <th scope="col" className="col-num">
                  Lost
                </th>
                <th scope="col" className="col-num">
                  Open
                </th>
                <th scope="col" className="col-bar">
                  Win rate
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.source ?? 'none'}>
                  <th scope="row">
                    {row.source === null ? (
                      <span className="muted">Not recorded</span>
                    ) : (
                      <Link
                        href="/pipeline/table"
                        title={`Show ${sourceName(row.source)} gigs in the pipeline table`}
                        onClick={() => {
                          setFilters({ ...emptyFilters, source: row.source ?? '' });
                          setTableParams({ stageId: null });
                        }}
                      >
                        {sourceName(row.source)}
                      </Link>
                    )}
                  </th>
                  <td className="col-bar">
                    <span className="insight-bar-cell">
                      <InsightBar value={row.gigs} max={max} tone="muted" />
                      <span className="insight-figure">{formatCount(row.gigs)}</span>
                    </span>
                  </td>
                  <td className="col-num">{formatCount(row.won)}</td>
                  <td className="col-num">{formatCount(row.lost)}</td>
                  <td className="col-num">{formatCount(row.open)}</td>
                  <td className="col-bar">
                    <WinRate row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!decided ? (
            <p className="insight-note">
              Win rates appear once you have decided gigs: move a gig to a won or a lost stage when you hear back.
            </p>
          ) : null}
          {quiet.length ? <p className="insight-note">Nothing from {quiet.join(', ')} in this period.</p> : null}
        </>
      )}
      <Referrers referrers={referrers} />
    </InsightCard>
  );
}
