/** Deadlines: due at an instant (with its zone) or on an all-day date; reminder lead times in minutes. */
import { z } from 'zod';
import { id, instant, isoDate, notesText, requiredText, timeZone } from './fields';
import type { ValidationIssue } from './result';

export const priorities = ['low', 'normal', 'high'] as const;
/** 60 days in minutes: the longest lead time a reminder may have. */
export const MAX_LEAD_MINUTES = 60 * 24 * 60;

export const deadlineFields = {
  title: requiredText('Title'),
  gigId: id.nullable().optional(),
  clientId: id.nullable().optional(),
  dueAt: instant.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  timeZone: timeZone.nullable().optional(),
  priority: z.enum(priorities).optional(),
  important: z.boolean().optional(),
  notes: notesText(),
  reminderOffsets: z
    .array(
      z
        .number()
        .int()
        .min(0, 'A reminder cannot be after the deadline')
        .max(MAX_LEAD_MINUTES, 'At most 60 days before'),
    )
    .max(10, 'At most 10 reminders')
    .nullable()
    .optional(),
};

export function deadlineRuleIssues(v: {
  dueAt?: number | null | undefined;
  dueDate?: string | null | undefined;
}): ValidationIssue[] {
  const hasAt = v.dueAt !== null && v.dueAt !== undefined;
  const hasDate = v.dueDate !== null && v.dueDate !== undefined;
  if (hasAt === hasDate) return [{ path: 'dueAt', message: 'Give a due time, or mark it as an all-day date' }];
  return [];
}

export const DeadlineFieldsSchema = z
  .object(deadlineFields)
  .strict()
  .superRefine((v, ctx) => {
    for (const issue of deadlineRuleIssues(v))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export const DeadlineSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  gigId: z.number().nullable(),
  gigTitle: z.string().nullable(),
  clientId: z.number().nullable(),
  clientName: z.string().nullable(),
  dueAt: z.number().nullable(),
  dueDate: z.string().nullable(),
  timeZone: z.string().nullable(),
  priority: z.enum(priorities),
  important: z.boolean(),
  completedAt: z.number().nullable(),
  overdue: z.boolean(),
});
export type DeadlineSummary = z.infer<typeof DeadlineSummarySchema>;

export const DeadlineDetailSchema = DeadlineSummarySchema.extend({
  notes: z.string(),
  reminderOffsets: z.array(z.number()).nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type DeadlineDetail = z.infer<typeof DeadlineDetailSchema>;

export const deadlineProcedures = {
  'deadlines.list': {
    input: z
      .object({
        status: z.enum(['open', 'completed', 'all']).optional(),
        gigId: id.optional(),
        clientId: id.optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(DeadlineSummarySchema), total: z.number() }),
  },
  'deadlines.get': { input: z.object({ id }).strict(), output: DeadlineDetailSchema },
  'deadlines.create': { input: DeadlineFieldsSchema, output: DeadlineDetailSchema },
  'deadlines.update': {
    input: z.object(deadlineFields).partial().extend({ id }).strict(),
    output: DeadlineDetailSchema,
  },
  'deadlines.setCompleted': {
    input: z.object({ id, completed: z.boolean() }).strict(),
    output: DeadlineDetailSchema,
  },
  'deadlines.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },
} as const;
