/**
 * Insights: how the freelance business is going, computed from the user's own rows in one call. Money is
 * never added across currencies or rate units: every total and median is per currency and unit.
 */
import { z } from 'zod';
import { gigSources, rateUnits } from './gigs';
import { interviewOutcomes } from './interviews';
import { benchmarkUnits, RateBenchmarkSchema } from './settings';

export const insightPeriods = ['30d', '90d', '365d', 'all'] as const;
export type InsightPeriod = (typeof insightPeriods)[number];

/** Days each period reaches back from now; null = everything on record. */
export const insightPeriodDays: Record<InsightPeriod, number | null> = { '30d': 30, '90d': 90, '365d': 365, all: null };

/** Rate medians and the negotiation gap always look at this many days, whatever the period. */
export const RATE_WINDOW_DAYS = 365;

/** A follow-up or update reminder counts as acted on when a contact is logged within this many days of it. */
export const ACTED_ON_DAYS = 3;

export const MoneyTotalSchema = z.object({
  currency: z.string(),
  unit: z.enum(rateUnits),
  totalMinor: z.number(),
  gigCount: z.number(),
});
export type MoneyTotal = z.infer<typeof MoneyTotalSchema>;

export const PipelineStageInsightSchema = z.object({
  stageId: z.number(),
  name: z.string(),
  gigCount: z.number(),
  /** Median whole days the stage's gigs have sat in it so far; null when the stage is empty. */
  medianDaysInStage: z.number().nullable(),
  /** Each gig's agreed rate, or its proposed rate until one is agreed, added up per currency and unit. */
  totals: z.array(MoneyTotalSchema),
  /** Gigs with no rate or no currency yet. */
  withoutRate: z.number(),
});
export type PipelineStageInsight = z.infer<typeof PipelineStageInsightSchema>;

export const SourceInsightSchema = z.object({
  /** null = gigs whose source was not recorded. */
  source: z.enum(gigSources).nullable(),
  gigs: z.number(),
  open: z.number(),
  won: z.number(),
  lost: z.number(),
  /** won / (won + lost); null until one of them is decided. */
  winRate: z.number().nullable(),
});
export type SourceInsight = z.infer<typeof SourceInsightSchema>;

export const ReferrerInsightSchema = z.object({
  kind: z.enum(['contact', 'client']),
  /** The contact's or the client's id. */
  id: z.number(),
  name: z.string(),
  /** The client to open: the referring client, or the contact's client. */
  clientId: z.number(),
  clientName: z.string(),
  won: z.number(),
  referred: z.number(),
});
export type ReferrerInsight = z.infer<typeof ReferrerInsightSchema>;

export const RateInsightSchema = z.object({
  currency: z.string(),
  unit: z.enum(benchmarkUnits),
  proposedMedianMinor: z.number().nullable(),
  proposedCount: z.number(),
  agreedMedianMinor: z.number().nullable(),
  agreedCount: z.number(),
  /** Gigs with both a first ask and an agreed rate (from the rate trail, else the gig's own rates). */
  negotiatedCount: z.number(),
  /** Average of (agreed − asked) / asked in percent over those gigs; negative = agreed below the ask. */
  averageGapPercent: z.number().nullable(),
  /** Of those, how many had a client counter-offer in the rate trail. */
  counteredCount: z.number(),
  /** Agreed rates below the benchmark's floor (0 without a floor). */
  agreedBelowFloor: z.number(),
  benchmark: RateBenchmarkSchema.nullable(),
});
export type RateInsight = z.infer<typeof RateInsightSchema>;

export const ReminderFollowThroughSchema = z.object({
  kind: z.enum(['follow_up', 'cadence']),
  /** Reminders that came due in the period. */
  reminded: z.number(),
  /** Of those, the ones followed by a logged contact with the client within ACTED_ON_DAYS. */
  actedOn: z.number(),
  /** Shown now and not acted on yet. */
  waiting: z.number(),
});
export type ReminderFollowThrough = z.infer<typeof ReminderFollowThroughSchema>;

export const InsightsSchema = z.object({
  period: z.enum(insightPeriods),
  now: z.number(),
  /** Start of the period (epoch ms); null for all time. */
  from: z.number().nullable(),
  pipeline: z.object({ stages: z.array(PipelineStageInsightSchema) }),
  sources: z.object({
    rows: z.array(SourceInsightSchema),
    /** Who referred the most won gigs in the period, best first (at most 5). */
    referrers: z.array(ReferrerInsightSchema),
  }),
  rates: z.object({
    /** Start of the rate window (RATE_WINDOW_DAYS back). */
    since: z.number(),
    rows: z.array(RateInsightSchema),
    /** Gigs in the window priced as a fixed amount (not comparable as a rate, so left out of the medians). */
    fixedPriceGigs: z.number(),
  }),
  habits: z.object({
    /** Deadlines due in the period up to now. */
    deadlines: z.object({ onTime: z.number(), late: z.number(), overdue: z.number() }),
    /** Interviews held in the period, by outcome ('pending' = no outcome logged yet). */
    interviews: z.array(z.object({ outcome: z.enum(interviewOutcomes), count: z.number() })),
    reminders: z.array(ReminderFollowThroughSchema),
    /** Client messages logged in the period and whether a contact back was logged after them. */
    replies: z.object({
      received: z.number(),
      replied: z.number(),
      medianReplyMinutes: z.number().nullable(),
    }),
  }),
});
export type Insights = z.infer<typeof InsightsSchema>;

export const insightProcedures = {
  'insights.get': {
    input: z.object({ period: z.enum(insightPeriods, { error: 'Choose 30d, 90d, 365d or all' }) }).strict(),
    output: InsightsSchema,
  },
} as const;
