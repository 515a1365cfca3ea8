import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { clients } from './clients';
import { timestamps } from './columns';
import { gigs } from './gigs';

export const priorities = ['low', 'normal', 'high'] as const;

/**
 * A deadline is due either at an instant (`due_at` + the zone it was set in) or on an all-day date
 * (`due_date`, reminded at the user's configured local time in their current zone). Exactly one is set.
 */
export const deadlines = sqliteTable(
  'deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    gigId: integer('gig_id').references(() => gigs.id, { onDelete: 'cascade' }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    dueAt: integer('due_at'),
    dueDate: text('due_date'),
    timeZone: text('time_zone'),
    priority: text('priority', { enum: priorities }).notNull().default('normal'),
    /** Important items break through quiet hours. */
    important: integer('important', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    /** Reminder lead times in minutes before due, as a JSON array; null = the user's defaults. */
    reminderOffsets: text('reminder_offsets', { mode: 'json' }).$type<number[]>(),
    completedAt: integer('completed_at'),
    ...timestamps,
  },
  (t) => [
    index('deadlines_open_due_at_idx').on(t.completedAt, t.dueAt),
    index('deadlines_open_due_date_idx').on(t.completedAt, t.dueDate),
    // The calendar shows completed deadlines too, so it needs due indexes without completed_at in front;
    // completed_at behind lets Insights count on-time and late deadlines from the index alone.
    index('deadlines_due_at_idx').on(t.dueAt, t.completedAt),
    index('deadlines_due_date_idx').on(t.dueDate, t.completedAt),
    index('deadlines_gig_idx').on(t.gigId),
    index('deadlines_client_idx').on(t.clientId),
    check('deadlines_due_one_of', sql`(${t.dueAt} IS NULL) <> (${t.dueDate} IS NULL)`),
  ],
);
