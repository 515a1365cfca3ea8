/**
 * Insights: how the freelance business is going, from the user's own rows only — the pipeline now, where
 * work comes from, rates against their benchmark, and the habits clients notice. One insights.get per period.
 */
import { LoaderCircle } from 'lucide-react';
import { useState } from 'react';
import { insightPeriods, type InsightPeriod, type RateBenchmark } from '../../../../electron/contract';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { HabitsCard } from './habits-card';
import { periodLabels } from './insight-format';
import { PipelineCard } from './pipeline-card';
import { RatesCard } from './rates-card';
import { SourcesCard } from './sources-card';
import { useInsights } from './use-insights';

/** Kept for the session, like the pipeline's filters: coming back shows the same period. */
let lastPeriod: InsightPeriod = '90d';

function PeriodPicker({ value, onChange }: { value: InsightPeriod; onChange: (period: InsightPeriod) => void }) {
  return (
    <fieldset className="segmented insights-period">
      <legend className="visually-hidden">Period</legend>
      {insightPeriods.map((period) => (
        <label key={period} className="segmented-option">
          <input
            type="radio"
            name="insights-period"
            value={period}
            checked={value === period}
            onChange={() => onChange(period)}
          />
          {periodLabels[period]}
        </label>
      ))}
    </fieldset>
  );
}

export function InsightsScreen() {
  const [period, setPeriod] = useState<InsightPeriod>(lastPeriod);
  const insights = useInsights(period);
  useDocumentTitle('Insights');

  const choose = (next: InsightPeriod) => {
    lastPeriod = next;
    setPeriod(next);
  };

  const header = (
    <header className="page-header insights-header">
      <div>
        <h1>Insights</h1>
        <p className="page-subtitle">Worked out from your own gigs, deadlines and timeline, on this computer.</p>
      </div>
      <div className="insights-period-wrap">
        {insights.isFetching && insights.isPlaceholderData ? (
          <span className="insights-updating" role="status">
            <LoaderCircle size={14} className="spinner" aria-hidden="true" />
            Updating…
          </span>
        ) : null}
        <PeriodPicker value={period} onChange={choose} />
      </div>
    </header>
  );

  if (insights.isPending) return <LoadingState label="Working out your insights…" />;
  if (insights.isError) {
    return (
      <ErrorState
        title="Could not work out your insights"
        error={insights.error}
        onRetry={() => void insights.refetch()}
      />
    );
  }

  const data = insights.data;
  const benchmarks = data.rates.rows.map((row) => row.benchmark).filter((b): b is RateBenchmark => b !== null);
  return (
    <div className="page insights-page">
      {header}
      <PipelineCard stages={data.pipeline.stages} />
      <SourcesCard period={data.period} rows={data.sources.rows} referrers={data.sources.referrers} />
      <RatesCard rows={data.rates.rows} fixedPriceGigs={data.rates.fixedPriceGigs} benchmarks={benchmarks} />
      <HabitsCard period={data.period} habits={data.habits} />
    </div>
  );
}
