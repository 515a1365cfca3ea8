import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { deadlines } from './deadlines';
import { gigs } from './gigs';
import { interviews } from './interviews';

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

/** Notes and automatic history for a client and/or gig. Contact kinds (email, call, meeting) reset follow-up clocks. */
export const timelineEvents = sqliteTable(
  'timeline_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    gigId: integer('gig_id').references(() => gigs.id, { onDelete: 'cascade' }),
    interviewId: integer('interview_id').references(() => interviews.id, { onDelete: 'set null' }),
    deadlineId: integer('deadline_id').references(() => deadlines.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: timelineKinds }).notNull(),
    body: text('body').notNull().default(''),
    meta: text('meta', { mode: 'json' }).$type<Record<string, unknown>>(),
    occurredAt: integer('occurred_at').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('timeline_client_idx').on(t.clientId, t.occurredAt),
    index('timeline_gig_idx').on(t.gigId, t.occurredAt),
    index('timeline_interview_idx').on(t.interviewId),
    index('timeline_deadline_idx').on(t.deadlineId),
    // Insights: client messages in a period, to measure how soon they got an answer.
    index('timeline_kind_idx').on(t.kind, t.occurredAt),
  ],
);

/** User preferences as JSON values under stable keys (validated by the contract on the way in). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});
