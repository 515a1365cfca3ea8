/**
 * Materialises the reminders that fall inside a rolling window (from the catch-up age in the past to
 * HORIZON ahead) from the current data, settings and time zone. Far-future reminders are created when
 * the window reaches them, so the schedule stays small whatever the size of the database.
 */
import type Database from 'better-sqlite3';
import { MAX_LEAD_MINUTES, type ReminderSettings } from '../../contract';
import { deadlineSources, gigSources, interviewSources } from '../repositories/reminder-sources';
import { applyDesired } from '../repositories/reminders-repository';
import { reminderSettingsChangedAt } from '../repositories/settings-repository';
import { addDays, localDateOf } from './local-time';
import {
  deadlineReminders,
  gigReminders,
  interviewReminders,
  type DesiredReminder,
  type RuleContext,
} from './reminder-rules';
import { createReminderTexts } from './reminder-text';

const DAY = 86_400_000;
export const HORIZON_MS = 14 * DAY;

export interface SyncWindow {
  from: number;
  to: number;
}

export function syncWindow(now: number, settings: ReminderSettings): SyncWindow {
  return { from: now - (settings.catchUpMaxAgeDays + 1) * DAY, to: now + HORIZON_MS };
}

export function desiredReminders(
  sqlite: Database.Database,
  now: number,
  zone: string,
  settings: ReminderSettings,
): DesiredReminder[] {
  const window = syncWindow(now, settings);
  const ctx: RuleContext = { settings, zone, today: localDateOf(now, zone), texts: createReminderTexts(zone) };
  // Items whose reminders can land in the window: due up to the longest lead time after it.
  const sourceTo = window.to + MAX_LEAD_MINUTES * 60_000 + 2 * DAY;
  const sourceFrom = window.from - 2 * DAY;
  const fromDate = localDateOf(sourceFrom, zone);
  const toDate = addDays(localDateOf(sourceTo, zone), 1);
  const all = [
    ...deadlineSources(sqlite, sourceFrom, sourceTo, fromDate, toDate).flatMap((d) => deadlineReminders(d, ctx)),
    ...interviewSources(sqlite, sourceFrom - DAY, sourceTo).flatMap((i) => interviewReminders(i, ctx)),
    ...gigSources(sqlite, window.from, window.to).flatMap((g) => gigReminders(g, ctx)),
  ];
  // A lead time or rule added in the settings today does not owe reminders for moments already past.
  const rulesSince = reminderSettingsChangedAt(sqlite);
  return all
    .filter((r) => r.fireAt >= window.from && r.fireAt <= window.to)
    .map((r) => (r.setUpAt < rulesSince ? { ...r, setUpAt: rulesSince } : r));
}

/** One transaction: the schedule is either wholly reconciled or untouched. Returns rows changed. */
export function syncReminders(
  sqlite: Database.Database,
  now: number,
  zone: string,
  settings: ReminderSettings,
): number {
  const window = syncWindow(now, settings);
  return sqlite.transaction(() =>
    applyDesired(sqlite, desiredReminders(sqlite, now, zone, settings), now, window.from),
  )();
}
