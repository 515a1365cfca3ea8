/** Insights: every figure of the screen for one period in one read. */
import { insightPeriodDays, RATE_WINDOW_DAYS, type insightProcedures } from '../../contract';
import { habitInsights } from '../repositories/insights-habits';
import { pipelineInsights, sourceInsights, stageKinds, topReferrers } from '../repositories/insights-pipeline';
import { rateInsights } from '../repositories/insights-rates';
import { readRateSettings } from '../repositories/settings-repository';
import type { HandlerMap } from '../router';

const DAY = 86_400_000;

export const insightHandlers = {
  'insights.get': (input, ctx) => {
    const now = ctx.now();
    const days = insightPeriodDays[input.period];
    const from = days === null ? null : now - days * DAY;
    const since = now - RATE_WINDOW_DAYS * DAY;
    // One read transaction: every section sees the same rows even if a write lands in between.
    return ctx.sqlite.transaction(() => {
      const stages = stageKinds(ctx.sqlite);
      return {
        period: input.period,
        now,
        from,
        pipeline: { stages: pipelineInsights(ctx.sqlite, stages, now) },
        sources: {
          rows: sourceInsights(ctx.sqlite, stages, from ?? 0),
          referrers: topReferrers(ctx.sqlite, from ?? 0),
        },
        rates: { since, ...rateInsights(ctx.sqlite, since, readRateSettings(ctx.sqlite).benchmarks) },
        habits: habitInsights(ctx.sqlite, { now, from, zone: ctx.timeZone() }),
      };
    })();
  },
} satisfies HandlerMap<keyof typeof insightProcedures>;
