/** Acting on reminders (snooze, dismiss, complete), the in-app list, pausing, and a test notification. */
import type { reminderProcedures } from '../../contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { setDeadlineCompleted } from '../repositories/deadline-writes';
import {
  getReminder,
  getReminderRow,
  inboxReminders,
  insertTestReminder,
  setReminderState,
  upcomingReminders,
  type ReminderRow,
} from '../repositories/reminders-repository';
import { readPausedUntil, readReminderSettings, writePausedUntil } from '../repositories/settings-repository';
import { insertTimelineEvent } from '../repositories/timeline-repository';
import { statement } from '../db/statements';
import { addDays, instantOfLocal, localDateOf } from '../services/local-time';
import type { HandlerMap } from '../router';
import { changed, inTransaction } from './handler-support';

const INBOX_DAYS = 30;

function snoozeUntil(ctx: Context, preset: '10m' | '1h' | 'tomorrow'): number {
  const now = ctx.now();
  if (preset === '10m') return now + 10 * 60_000;
  if (preset === '1h') return now + 60 * 60_000;
  const [h, m] = readReminderSettings(ctx.sqlite).allDayTime.split(':').map(Number);
  return instantOfLocal(addDays(localDateOf(now, ctx.timeZone()), 1), h ?? 9, m ?? 0, ctx.timeZone());
}

/** "Done" does the thing the reminder asked for: completes the deadline, or logs the follow-up as sent. */
function completeSource(ctx: Context, row: ReminderRow, now: number) {
  const logContact = (gigId: number, body: string) => {
    const gig = statement(ctx.sqlite, 'SELECT client_id AS clientId FROM gigs WHERE id = ?').get(gigId) as
      { clientId: number } | undefined;
    if (!gig) throw new AppError('NOT_FOUND', 'The gig of this reminder no longer exists.');
    insertTimelineEvent(ctx.sqlite, { clientId: gig.clientId, gigId, kind: 'message_out', body, occurredAt: now }, now);
  };
  if (row.sourceKind === 'deadline' && row.sourceId !== null)
    return setDeadlineCompleted(ctx.sqlite, row.sourceId, true, now);
  if (row.sourceKind === 'follow_up' && row.sourceId !== null)
    return logContact(row.sourceId, 'Followed up (marked done from a reminder)');
  if (row.sourceKind === 'cadence' && row.sourceId !== null)
    return logContact(row.sourceId, 'Sent a status update (marked done from a reminder)');
  if (row.sourceKind === 'interview' && row.ruleKey === 'thank_you' && row.sourceId !== null) {
    const interview = statement(ctx.sqlite, 'SELECT gig_id AS gigId FROM interviews WHERE id = ?').get(row.sourceId) as
      { gigId: number } | undefined;
    if (!interview) throw new AppError('NOT_FOUND', 'The interview of this reminder no longer exists.');
    return logContact(interview.gigId, 'Sent a thank-you note (marked done from a reminder)');
  }
  throw new AppError('CONFLICT', 'This reminder has nothing to complete; dismiss it instead.');
}

export const reminderHandlers = {
  'reminders.inbox': (_input, ctx) => ({ items: inboxReminders(ctx.sqlite, ctx.now() - INBOX_DAYS * 86_400_000) }),
  'reminders.upcoming': (input, ctx) => {
    const pausedUntil = readPausedUntil(ctx.sqlite);
    return {
      items: upcomingReminders(ctx.sqlite, input.limit ?? 10),
      pausedUntil: pausedUntil !== null && pausedUntil > ctx.now() ? pausedUntil : null,
    };
  },
  'reminders.snooze': (input, ctx) => {
    const until = input.until ?? snoozeUntil(ctx, input.preset ?? '10m');
    if (until <= ctx.now())
      throw new AppError('VALIDATION', 'Snooze until a time in the future', [
        { path: 'until', message: 'Choose a time in the future' },
      ]);
    setReminderState(ctx.sqlite, input.id, 'snoozed', ctx.now(), until);
    changed(ctx, 'reminders');
    return getReminder(ctx.sqlite, input.id);
  },
  'reminders.dismiss': (input, ctx) => {
    setReminderState(ctx.sqlite, input.id, 'dismissed', ctx.now());
    changed(ctx, 'reminders');
    return getReminder(ctx.sqlite, input.id);
  },
  'reminders.complete': (input, ctx) => {
    const now = ctx.now();
    inTransaction(ctx, () => {
      const row = getReminderRow(ctx.sqlite, input.id);
      completeSource(ctx, row, now);
      setReminderState(ctx.sqlite, input.id, 'done', now);
    });
    changed(ctx, 'reminders', 'deadlines', 'gigs', 'agenda', 'timeline');
    return getReminder(ctx.sqlite, input.id);
  },
  'reminders.dismissAll': (_input, ctx) => {
    const result = statement(
      ctx.sqlite,
      "UPDATE reminders SET state = 'dismissed', updated_at = ? WHERE state = 'delivered'",
    ).run(ctx.now());
    changed(ctx, 'reminders');
    return { count: result.changes };
  },
  'reminders.pause': (input, ctx) => {
    const until = input.minutes === 0 ? null : ctx.now() + input.minutes * 60_000;
    writePausedUntil(ctx.sqlite, until, ctx.now());
    changed(ctx, 'reminders');
    return { pausedUntil: until };
  },
  'reminders.sendTest': (_input, ctx) => {
    const id = insertTestReminder(ctx.sqlite, ctx.now());
    changed(ctx, 'reminders');
    return getReminder(ctx.sqlite, id);
  },
} satisfies HandlerMap<keyof typeof reminderProcedures>;
