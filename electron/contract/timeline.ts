/** Notes and the automatic history of a client or gig. Contact kinds reset follow-up clocks. */
import { z } from 'zod';
import { id, instant, MAX_LONG } from './fields';

export const timelineKinds = [
  'note',
  'email',
  'call',
  'meeting',
  'message_in',
  'message_out',
  'stage_change',
  'interview',
  'deadline_completed',
  'rate',
] as const;
/** What a person can log by hand; the rest is written by Gigline itself. */
export const loggableKinds = ['note', 'email', 'call', 'meeting', 'message_in', 'message_out'] as const;
/** Kinds that count as contact with the client (reset follow-up and update-cadence clocks). */
export const contactKinds: readonly string[] = ['email', 'call', 'meeting', 'message_in', 'message_out'];

export const TimelineEventSchema = z.object({
  id: z.number(),
  clientId: z.number().nullable(),
  gigId: z.number().nullable(),
  gigTitle: z.string().nullable(),
  interviewId: z.number().nullable(),
  deadlineId: z.number().nullable(),
  kind: z.enum(timelineKinds),
  body: z.string(),
  meta: z.record(z.string(), z.unknown()).nullable(),
  occurredAt: z.number(),
  createdAt: z.number(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const timelineProcedures = {
  'timeline.create': {
    input: z
      .object({
        clientId: id.optional(),
        gigId: id.optional(),
        kind: z.enum(loggableKinds),
        body: z.string().trim().min(1, 'Write something to log').max(MAX_LONG, `At most ${MAX_LONG} characters`),
        occurredAt: instant.optional(),
      })
      .strict()
      .refine((v) => v.clientId !== undefined || v.gigId !== undefined, {
        message: 'Choose the client or gig this is about',
        path: ['clientId'],
      }),
    output: TimelineEventSchema,
  },
  'timeline.delete': { input: z.object({ id }).strict(), output: z.object({ id: z.number() }) },
} as const;
