/**
 * Shared column helpers. Instants are epoch milliseconds in UTC (integer); all-day dates are 'YYYY-MM-DD' text.
 * Timestamps are written by the core from ctx.now(), never by SQLite defaults, so tests control the clock.
 */
import { integer } from 'drizzle-orm/sqlite-core';

export const timestamps = {
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
};
