/** Reminders as the renderer and the notification layer see them, and the actions on them. */
import { z } from 'zod';
import { emptyInput, id, instant } from './fields';

export const reminderSourceKinds = ['deadline', 'interview', 'interview_prep', 'follow_up', 'cadence', 'test'] as const;
export const reminderStates = ['pending', 'snoozed', 'delivered', 'dismissed', 'done', 'cancelled'] as const;

export const ReminderSchema = z.object({
  id: z.number(),
  sourceKind: z.enum(reminderSourceKinds),
  sourceId: z.number().nullable(),
  title: z.string(),
  body: z.string(),
  /** When it was (or is) due to fire, after any snooze. */
  dueAt: z.number(),
  state: z.enum(reminderStates),
  important: z.boolean(),
  deliveredAt: z.number().nullable(),
  /** Where clicking it goes in the app, e.g. "/deadlines/12". */
  route: z.string(),
  /** Whether "Done" applies (a deadline to complete, a follow-up to mark as sent). */
  canComplete: z.boolean(),
});
export type Reminder = z.infer<typeof ReminderSchema>;

/** One delivery: either single reminders, or a summary standing for several caught up at once. */
export const DeliverySchema = z.object({
  kind: z.enum(['single', 'summary']),
  reminders: z.array(ReminderSchema),
  title: z.string(),
  body: z.string(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const snoozePresets = ['10m', '1h', 'tomorrow'] as const;

export const reminderProcedures = {
  /** Delivered reminders not yet acted on (the in-app list, including "while you were away"). */
  'reminders.inbox': { input: emptyInput, output: z.object({ items: z.array(ReminderSchema) }) },
  'reminders.upcoming': {
    input: z.object({ limit: z.number().int().min(1).max(50).optional() }).strict(),
    output: z.object({ items: z.array(ReminderSchema), pausedUntil: z.number().nullable() }),
  },
  'reminders.snooze': {
    input: z
      .object({ id, preset: z.enum(snoozePresets).optional(), until: instant.optional() })
      .strict()
      .refine((v) => (v.preset === undefined) !== (v.until === undefined), {
        message: 'Choose a snooze length or a time',
        path: ['preset'],
      }),
    output: ReminderSchema,
  },
  'reminders.dismiss': { input: z.object({ id }).strict(), output: ReminderSchema },
  'reminders.complete': { input: z.object({ id }).strict(), output: ReminderSchema },
  'reminders.dismissAll': { input: emptyInput, output: z.object({ count: z.number() }) },
  'reminders.pause': {
    input: z
      .object({
        minutes: z
          .number()
          .int()
          .min(0)
          .max(24 * 60),
      })
      .strict(),
    output: z.object({ pausedUntil: z.number().nullable() }),
  },
  'reminders.sendTest': { input: emptyInput, output: ReminderSchema },
} as const;
