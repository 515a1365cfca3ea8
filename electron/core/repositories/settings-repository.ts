/**
 * Settings are JSON documents under stable keys. Reading merges stored values over the defaults, so a
 * setting added in a later version appears with its default, and a malformed stored value falls back
 * to the default instead of breaking the app.
 */
import type Database from 'better-sqlite3';
import {
  AppSettingsSchema,
  CalendarFeedSettingsSchema,
  defaultAppSettings,
  defaultCalendarFeedSettings,
  defaultRateSettings,
  defaultReminderSettings,
  RateSettingsSchema,
  ReminderSettingsSchema,
  type AppSettings,
  type CalendarFeedSettings,
  type RateSettings,
  type ReminderSettings,
  type Settings,
} from '../../contract';
import { statement } from '../db/statements';

function readKey(sqlite: Database.Database, key: string): unknown {
  const row = statement(sqlite, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

function writeKey(sqlite: Database.Database, key: string, value: unknown, now: number) {
  statement(
    sqlite,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

function withDefaults<T extends object>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  defaults: T,
  stored: unknown,
): T {
  const merged = { ...defaults, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const parsed = schema.safeParse(merged);
  return parsed.success && parsed.data ? parsed.data : defaults;
}

export function readReminderSettings(sqlite: Database.Database): ReminderSettings {
  return withDefaults(ReminderSettingsSchema, defaultReminderSettings, readKey(sqlite, 'reminders'));
}

/** When the reminder settings were last changed (0 if never): rules added then do not reach back. */
export function reminderSettingsChangedAt(sqlite: Database.Database): number {
  const row = statement(sqlite, "SELECT updated_at AS at FROM settings WHERE key = 'reminders'").get() as
    { at: number } | undefined;
  return row?.at ?? 0;
}

export function readAppSettings(sqlite: Database.Database): AppSettings {
  return withDefaults(AppSettingsSchema, defaultAppSettings, readKey(sqlite, 'app'));
}

export function readCalendarFeedSettings(sqlite: Database.Database): CalendarFeedSettings {
  return withDefaults(CalendarFeedSettingsSchema, defaultCalendarFeedSettings, readKey(sqlite, 'calendarFeed'));
}

export function readRateSettings(sqlite: Database.Database): RateSettings {
  return withDefaults(RateSettingsSchema, defaultRateSettings, readKey(sqlite, 'rates'));
}

export function readSettings(sqlite: Database.Database): Settings {
  return {
    reminders: readReminderSettings(sqlite),
    app: readAppSettings(sqlite),
    calendarFeed: readCalendarFeedSettings(sqlite),
    rates: readRateSettings(sqlite),
  };
}

export function updateSettings(
  sqlite: Database.Database,
  patch: {
    reminders?: Partial<ReminderSettings> | undefined;
    app?: Partial<AppSettings> | undefined;
    calendarFeed?: Partial<CalendarFeedSettings> | undefined;
    rates?: Partial<RateSettings> | undefined;
  },
  now: number,
): Settings {
  const current = readSettings(sqlite);
  if (patch.reminders)
    writeKey(sqlite, 'reminders', ReminderSettingsSchema.parse({ ...current.reminders, ...patch.reminders }), now);
  if (patch.app) writeKey(sqlite, 'app', AppSettingsSchema.parse({ ...current.app, ...patch.app }), now);
  if (patch.calendarFeed)
    writeKey(
      sqlite,
      'calendarFeed',
      CalendarFeedSettingsSchema.parse({ ...current.calendarFeed, ...patch.calendarFeed }),
      now,
    );
  if (patch.rates) writeKey(sqlite, 'rates', RateSettingsSchema.parse({ ...current.rates, ...patch.rates }), now);
  return readSettings(sqlite);
}

/** "Pause reminders for 1 hour" from the tray: until this instant nothing is notified. */
export function readPausedUntil(sqlite: Database.Database): number | null {
  const value = readKey(sqlite, 'reminders.pausedUntil');
  return typeof value === 'number' ? value : null;
}

export function writePausedUntil(sqlite: Database.Database, until: number | null, now: number) {
  writeKey(sqlite, 'reminders.pausedUntil', until, now);
}
