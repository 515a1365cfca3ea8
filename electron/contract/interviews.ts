/** Interviews with prep checklists and editable prep templates. */
import { z } from 'zod';
import {
  emptyInput,
  id,
  instant,
  MAX_NAME,
  notesText,
  optionalText,
  optionalUrl,
  requiredText,
  timeZone,
} from './fields';

export const interviewKinds = ['call', 'video', 'onsite', 'technical', 'take_home'] as const;
export const interviewOutcomes = ['pending', 'passed', 'rejected', 'cancelled', 'no_show'] as const;

export const interviewFields = {
  gigId: id,
  startsAt: instant,
  timeZone,
  durationMinutes: z
    .number()
    .int()
    .min(5, 'At least 5 minutes')
    .max(24 * 60, 'At most 24 hours')
    .optional(),
  kind: z.enum(interviewKinds).optional(),
  link: optionalUrl,
  location: optionalText('Location', MAX_NAME),
  round: z.number().int().min(1, 'Round starts at 1').max(50, 'At most 50 rounds').optional(),
  contactIds: z.array(id).max(30).optional(),
  outcome: z.enum(interviewOutcomes).optional(),
  notes: notesText(),
};
export const InterviewFieldsSchema = z.object(interviewFields).strict();

export const InterviewSummarySchema = z.object({
  id: z.number(),
  gigId: z.number(),
  gigTitle: z.string(),
  clientId: z.number(),
  clientName: z.string(),
  clientTimeZone: z.string().nullable(),
  startsAt: z.number(),
  timeZone: z.string(),
  durationMinutes: z.number(),
  kind: z.enum(interviewKinds),
  link: z.string().nullable(),
  location: z.string().nullable(),
  round: z.number(),
  outcome: z.enum(interviewOutcomes),
  prepDone: z.number(),
  prepTotal: z.number(),
  /** Other interviews whose time overlaps this one. */
  overlapsWith: z.array(z.number()),
});
export type InterviewSummary = z.infer<typeof InterviewSummarySchema>;

export const PrepItemSchema = z.object({
  id: z.number(),
  interviewId: z.number(),
  text: z.string(),
  doneAt: z.number().nullable(),
  position: z.number(),
});
export type PrepItem = z.infer<typeof PrepItemSchema>;

export const InterviewDetailSchema = InterviewSummarySchema.extend({
  notes: z.string(),
  contacts: z.array(z.object({ id: z.number(), name: z.string(), role: z.string() })),
  prepItems: z.array(PrepItemSchema),
});
export type InterviewDetail = z.infer<typeof InterviewDetailSchema>;

export const PrepTemplateSchema = z.object({ kind: z.enum(interviewKinds), items: z.array(z.string()) });

export const interviewProcedures = {
  'interviews.list': {
    input: z
      .object({
        from: instant.optional(),
        to: instant.optional(),
        gigId: id.optional(),
        clientId: id.optional(),
        outcome: z.enum(interviewOutcomes).optional(),
        direction: z.enum(['asc', 'desc']).optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(InterviewSummarySchema), total: z.number() }),
  },
  'interviews.get': { input: z.object({ id }).strict(), output: InterviewDetailSchema },
  'interviews.create': { input: InterviewFieldsSchema, output: InterviewDetailSchema },
  'interviews.update': {
    input: InterviewFieldsSchema.partial().extend({ id }).strict(),
    output: InterviewDetailSchema,
  },
  'interviews.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },

  'interviewPrep.create': {
    input: z.object({ interviewId: id, text: requiredText('Checklist item', 500) }).strict(),
    output: PrepItemSchema,
  },
  'interviewPrep.update': {
    input: z
      .object({ id, text: requiredText('Checklist item', 500).optional(), done: z.boolean().optional() })
      .strict(),
    output: PrepItemSchema,
  },
  'interviewPrep.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },

  'prepTemplates.list': { input: emptyInput, output: z.array(PrepTemplateSchema) },
  'prepTemplates.update': {
    input: z
      .object({
        kind: z.enum(interviewKinds),
        items: z.array(requiredText('Checklist item', 500)).max(50, 'At most 50 items'),
      })
      .strict(),
    output: PrepTemplateSchema,
  },
} as const;
