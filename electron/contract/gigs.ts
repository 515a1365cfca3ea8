/** Gigs, pipeline stages, clarifying questions and the rate trail: schemas, DTOs and procedures. */
import { z } from 'zod';
import { emptyInput, id, instant, isoDate, MAX_NAME, notesText, optionalText, requiredText, tagList } from './fields';
import type { ValidationIssue } from './result';
import { currencyCode, moneyMinor } from './money';
import { DeadlineSummarySchema } from './deadlines';
import { InterviewSummarySchema } from './interviews';
import { TimelineEventSchema } from './timeline';

export const gigSources = ['platform', 'referral', 'repeat', 'inbound', 'outreach', 'other'] as const;
export const rateUnits = ['hour', 'day', 'week', 'fixed'] as const;
export const stageKinds = ['open', 'won', 'lost'] as const;
export const rateEventKinds = ['asked', 'countered', 'revised', 'agreed'] as const;
export const gigSorts = ['updated', 'created', 'title', 'client', 'stage', 'rate', 'inStage', 'start'] as const;

export const gigFields = {
  title: requiredText('Title'),
  clientId: id,
  agencyClientId: id.nullable().optional(),
  stageId: id.optional(),
  source: z.enum(gigSources).nullable().optional(),
  sourceDetail: optionalText('Source detail', MAX_NAME),
  referrerContactId: id.nullable().optional(),
  referrerClientId: id.nullable().optional(),
  currency: currencyCode.nullable().optional(),
  rateUnit: z.enum(rateUnits).nullable().optional(),
  proposedRateMinor: moneyMinor('Proposed rate').nullable().optional(),
  agreedRateMinor: moneyMinor('Agreed rate').nullable().optional(),
  estimatedHours: z
    .number()
    .min(0, 'Hours cannot be negative')
    .max(100_000, 'Hours are unrealistically large')
    .nullable()
    .optional(),
  budgetMinor: moneyMinor('Budget').nullable().optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  requirements: notesText('Requirements'),
  notes: notesText(),
  tags: tagList.optional(),
  updateEveryDays: z
    .number()
    .int()
    .min(1, 'At least every day')
    .max(365, 'At most every 365 days')
    .nullable()
    .optional(),
  /** Weekly client update on a weekday, 1 = Monday … 7 = Sunday. */
  updateWeekday: z.number().int().min(1, 'Choose a weekday').max(7, 'Choose a weekday').nullable().optional(),
};

export interface GigRuleValues {
  currency?: string | null | undefined;
  proposedRateMinor?: number | null | undefined;
  agreedRateMinor?: number | null | undefined;
  budgetMinor?: number | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  agencyClientId?: number | null | undefined;
  clientId?: number | undefined;
  updateEveryDays?: number | null | undefined;
  updateWeekday?: number | null | undefined;
}

/** Cross-field rules, checked by the form, the boundary and again on the merged row of an update. */
export function gigRuleIssues(v: GigRuleValues): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const hasMoney = [v.proposedRateMinor, v.agreedRateMinor, v.budgetMinor].some((x) => x !== null && x !== undefined);
  if (hasMoney && !v.currency) issues.push({ path: 'currency', message: 'Choose the currency of the rate or budget' });
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    issues.push({ path: 'endDate', message: 'The end date is before the start date' });
  if (v.agencyClientId && v.clientId && v.agencyClientId === v.clientId) {
    issues.push({ path: 'agencyClientId', message: 'The agency must be a different client' });
  }
  if (v.updateEveryDays != null && v.updateWeekday != null) {
    issues.push({ path: 'updateWeekday', message: 'Choose either every N days or a weekday, not both' });
  }
  return issues;
}

function refineWith(rule: (v: GigRuleValues) => ValidationIssue[]) {
  return (value: GigRuleValues, ctx: z.RefinementCtx) => {
    for (const issue of rule(value))
      ctx.addIssue({ code: 'custom', path: issue.path ? issue.path.split('.') : [], message: issue.message });
  };
}

export const GigFieldsSchema = z.object(gigFields).strict();
export const GigCreateSchema = GigFieldsSchema.superRefine(refineWith(gigRuleIssues));
export const GigUpdateSchema = GigFieldsSchema.partial().extend({ id }).strict().superRefine(refineWith(gigRuleIssues));

export const StageSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(stageKinds),
  position: z.number(),
  followUpDays: z.number().nullable(),
  gigCount: z.number(),
});
export type Stage = z.infer<typeof StageSchema>;

const nextInterview = z
  .object({ id: z.number(), startsAt: z.number(), prepDone: z.number(), prepTotal: z.number() })
  .nullable();
const nextDeadline = z
  .object({ id: z.number(), title: z.string(), dueAt: z.number().nullable(), dueDate: z.string().nullable() })
  .nullable();

export const GigSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  clientId: z.number(),
  clientName: z.string(),
  stageId: z.number(),
  stageName: z.string(),
  stageKind: z.enum(stageKinds),
  stageEnteredAt: z.number(),
  position: z.number(),
  source: z.enum(gigSources).nullable(),
  currency: z.string().nullable(),
  rateUnit: z.enum(rateUnits).nullable(),
  proposedRateMinor: z.number().nullable(),
  agreedRateMinor: z.number().nullable(),
  startDate: z.string().nullable(),
  tags: z.array(z.string()),
  nextInterview,
  nextDeadline,
  archivedAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type GigSummary = z.infer<typeof GigSummarySchema>;

export const GigQuestionSchema = z.object({
  id: z.number(),
  gigId: z.number(),
  text: z.string(),
  answer: z.string(),
  doneAt: z.number().nullable(),
  position: z.number(),
});
export type GigQuestion = z.infer<typeof GigQuestionSchema>;

export const RateEventSchema = z.object({
  id: z.number(),
  gigId: z.number(),
  kind: z.enum(rateEventKinds),
  amountMinor: z.number(),
  currency: z.string(),
  unit: z.enum(rateUnits),
  occurredAt: z.number(),
  note: z.string(),
});
export type RateEvent = z.infer<typeof RateEventSchema>;

const nameRef = z.object({ id: z.number(), name: z.string() }).nullable();

export const GigDetailSchema = GigSummarySchema.extend({
  agencyClientId: z.number().nullable(),
  agency: nameRef,
  sourceDetail: z.string().nullable(),
  referrerContactId: z.number().nullable(),
  referrerContact: nameRef,
  referrerClientId: z.number().nullable(),
  referrerClient: nameRef,
  estimatedHours: z.number().nullable(),
  budgetMinor: z.number().nullable(),
  endDate: z.string().nullable(),
  requirements: z.string(),
  notes: z.string(),
  updateEveryDays: z.number().nullable(),
  updateWeekday: z.number().nullable(),
  lastContactAt: z.number().nullable(),
  questions: z.array(GigQuestionSchema),
  rateEvents: z.array(RateEventSchema),
  interviews: z.array(InterviewSummarySchema),
  deadlines: z.array(DeadlineSummarySchema),
  timeline: z.array(TimelineEventSchema),
});
export type GigDetail = z.infer<typeof GigDetailSchema>;

const listFilters = {
  search: z.string().max(MAX_NAME).optional(),
  clientId: id.optional(),
  source: z.enum(gigSources).optional(),
  tag: z.string().max(40).optional(),
  archived: z.enum(['active', 'archived', 'all']).optional(),
};

const stageFields = {
  name: requiredText('Stage name', 60),
  kind: z.enum(stageKinds),
  followUpDays: z.number().int().min(1, 'At least 1 day').max(365, 'At most 365 days').nullable().optional(),
};

export const gigProcedures = {
  'gigs.board': {
    input: z.object({ ...listFilters, perStage: z.number().int().min(1).max(500).optional() }).strict(),
    output: z.object({ stages: z.array(StageSchema.extend({ total: z.number(), gigs: z.array(GigSummarySchema) })) }),
  },
  'gigs.list': {
    input: z
      .object({
        ...listFilters,
        stageId: id.optional(),
        sort: z.enum(gigSorts).optional(),
        direction: z.enum(['asc', 'desc']).optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(GigSummarySchema), total: z.number() }),
  },
  'gigs.get': { input: z.object({ id }).strict(), output: GigDetailSchema },
  'gigs.create': { input: GigCreateSchema, output: GigDetailSchema },
  'gigs.update': { input: GigUpdateSchema, output: GigDetailSchema },
  'gigs.move': {
    input: z.object({ id, stageId: id, beforeId: id.nullable().optional() }).strict(),
    output: GigSummarySchema,
  },
  'gigs.setArchived': { input: z.object({ id, archived: z.boolean() }).strict(), output: GigDetailSchema },
  'gigs.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },

  'gigQuestions.create': {
    input: z.object({ gigId: id, text: requiredText('Question', 1000) }).strict(),
    output: GigQuestionSchema,
  },
  'gigQuestions.update': {
    input: z
      .object({
        id,
        text: requiredText('Question', 1000).optional(),
        answer: notesText('Answer'),
        done: z.boolean().optional(),
      })
      .strict(),
    output: GigQuestionSchema,
  },
  'gigQuestions.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },

  'rateEvents.create': {
    input: z
      .object({
        gigId: id,
        kind: z.enum(rateEventKinds),
        amountMinor: moneyMinor('Amount'),
        currency: currencyCode,
        unit: z.enum(rateUnits),
        occurredAt: instant.optional(),
        note: notesText('Note'),
      })
      .strict(),
    output: RateEventSchema,
  },
  'rateEvents.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },

  'stages.list': { input: emptyInput, output: z.array(StageSchema) },
  'stages.create': { input: z.object(stageFields).strict(), output: StageSchema },
  'stages.update': { input: z.object(stageFields).partial().extend({ id }).strict(), output: StageSchema },
  'stages.reorder': {
    input: z.object({ ids: z.array(id).min(1).max(100) }).strict(),
    output: z.array(StageSchema),
  },
  'stages.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },
} as const;
