import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';

export const reminderSources = ['deadline', 'interview', 'interview_prep', 'follow_up', 'cadence', 'test'] as const;
export const reminderStates = ['pending', 'snoozed', 'delivered', 'dismissed', 'done', 'cancelled'] as const;

/**
 * The reminder schedule. Each row is one future alert derived from a source item and a rule
 * (e.g. deadline 12, 'lead:1440'). `fire_at` is the UTC instant; `floating_local` is set on reminders whose
 * instant follows the user's zone or settings, and keeps their intent as the item data they derive from
 * (e.g. 'date:2026-03-29'), so a zone or settings change moves them while armed and never repeats a delivered one.
 */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceKind: text('source_kind', { enum: reminderSources }).notNull(),
    sourceId: integer('source_id'),
    ruleKey: text('rule_key').notNull(),
    fireAt: integer('fire_at').notNull(),
    floatingLocal: text('floating_local'),
    state: text('state', { enum: reminderStates }).notNull().default('pending'),
    snoozedUntil: integer('snoozed_until'),
    important: integer('important', { mode: 'boolean' }).notNull().default(false),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('reminders_source_rule_unique').on(t.sourceKind, t.sourceId, t.ruleKey),
    index('reminders_state_fire_idx').on(t.state, t.fireAt),
  ],
);

/**
 * The delivery log that makes delivery exactly-once: an instance claims a delivery by inserting
 * (reminder_id, due_at); the unique index lets only one claim win, across restarts and across instances.
 */
export const reminderDeliveries = sqliteTable(
  'reminder_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reminderId: integer('reminder_id')
      .notNull()
      .references(() => reminders.id, { onDelete: 'cascade' }),
    dueAt: integer('due_at').notNull(),
    deliveredAt: integer('delivered_at').notNull(),
    channel: text('channel', { enum: ['notification', 'summary', 'list'] }).notNull(),
    instanceId: text('instance_id').notNull(),
  },
  (t) => [
    uniqueIndex('reminder_deliveries_once').on(t.reminderId, t.dueAt),
    index('reminder_deliveries_delivered_idx').on(t.deliveredAt),
  ],
);
