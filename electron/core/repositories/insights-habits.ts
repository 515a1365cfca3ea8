/**
 * Working habits a client notices: deadlines met on time, interviews and their outcomes, whether follow-up
 * and client-update reminders were acted on, and how soon client messages got an answer. Only what the
 * rows record: a contact counts when it is logged in the timeline (marking a reminder done logs one).
 */
import type Database from 'better-sqlite3';
import type { Insights, ReminderFollowThrough } from '../../contract';
import { ACTED_ON_DAYS, interviewOutcomes } from '../../contract';
import { statement } from '../db/statements';
import { endOfDayIn, localDayRuns, type DayRun } from '../services/local-day-runs';
import { addDays, daysBetween, localDateOf } from '../services/local-time';

type Habits = Insights['habits'];

const DAY = 86_400_000;
/** Timeline kinds that are the user reaching out (a client's message in is not). */
const OUTGOING = `('email', 'call', 'meeting', 'message_out')`;

export interface HabitWindow {
  now: number;
  /** Start of the period; null for all time. */
  from: number | null;
  zone: string;
}

/** [date, end instant] for every day of a run. */
function dayEnds(run: DayRun): [string, number][] {
  const days = daysBetween(run.from, run.to) + 1;
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(run.from, i);
    return [date, endOfDayIn(run, date)];
  });
}

interface Tally {
  onTime: number | null;
  late: number | null;
  overdue: number | null;
}

/** Deadlines due in the period up to now: timed ones against their instant, all-day ones against the day's end. */
function deadlineHabits(sqlite: Database.Database, w: HabitWindow): Habits['deadlines'] {
  const timed = statement(
    sqlite,
    `SELECT sum(d.completed_at <= d.due_at) AS onTime, sum(d.completed_at > d.due_at) AS late,
       sum(d.completed_at IS NULL) AS overdue
     FROM deadlines d WHERE d.due_at >= @from AND d.due_at < @now`,
  ).get({ from: w.from ?? 0, now: w.now }) as Tally;
  const today = localDateOf(w.now, w.zone);
  const first =
    w.from === null
      ? (statement(sqlite, 'SELECT min(due_date) AS first FROM deadlines').get() as { first: string | null }).first
      : localDateOf(w.from, w.zone);
  // Each past day of the period with the instant it ended in the user's zone; SQL seeks each day's deadlines.
  const ends = first === null ? [] : localDayRuns(first, addDays(today, -1), w.zone).flatMap(dayEnds);
  const allDay = statement(
    sqlite,
    `WITH ends(day, dueEnd) AS MATERIALIZED (SELECT value ->> 0, value ->> 1 FROM json_each(@ends))
     SELECT sum(d.completed_at < ends.dueEnd) AS onTime, sum(d.completed_at >= ends.dueEnd) AS late,
       sum(d.completed_at IS NULL) AS overdue
     FROM ends JOIN deadlines d ON d.due_date = ends.day`,
  ).get({ ends: JSON.stringify(ends) }) as Tally;
  return {
    onTime: (timed.onTime ?? 0) + (allDay.onTime ?? 0),
    late: (timed.late ?? 0) + (allDay.late ?? 0),
    overdue: (timed.overdue ?? 0) + (allDay.overdue ?? 0),
  };
}

function interviewHabits(sqlite: Database.Database, w: HabitWindow): Habits['interviews'] {
  // One range of interviews_outcome_starts_idx per outcome: counted without reading or sorting rows.
  const row = statement(
    sqlite,
    `SELECT ${interviewOutcomes
      .map(
        (o) => `(SELECT count(*) FROM interviews INDEXED BY interviews_outcome_starts_idx
          WHERE outcome = '${o}' AND starts_at >= @from AND starts_at < @now) AS ${o}`,
      )
      .join(', ')}`,
  ).get({ from: w.from ?? 0, now: w.now }) as Record<(typeof interviewOutcomes)[number], number>;
  return interviewOutcomes.map((outcome) => ({ outcome, count: row[outcome] }));
}

/**
 * Follow-up and client-update reminders that came due in the period, and how many were followed by a
 * contact logged on their gig (or on its client as a whole) within ACTED_ON_DAYS of being shown.
 */
function reminderHabits(sqlite: Database.Database, w: HabitWindow): ReminderFollowThrough[] {
  const contactAfter = (where: string) => `EXISTS (SELECT 1 FROM timeline_events e WHERE ${where}
    AND e.kind IN ${OUTGOING} AND e.created_at >= d.due_at AND e.created_at < d.delivered_at + @window)`;
  const delivered = statement(
    sqlite,
    `SELECT r.source_kind AS kind, count(*) AS reminded,
       sum(${contactAfter('e.gig_id = r.source_id')}
         OR ${contactAfter('e.gig_id IS NULL AND e.client_id = (SELECT g.client_id FROM gigs g WHERE g.id = r.source_id)')}) AS actedOn
     FROM reminder_deliveries d INDEXED BY reminder_deliveries_delivered_idx JOIN reminders r ON r.id = d.reminder_id
     WHERE d.delivered_at >= @from AND d.delivered_at <= @now AND r.source_kind IN ('follow_up', 'cadence')
     GROUP BY r.source_kind`,
  ).all({ from: w.from ?? 0, now: w.now, window: ACTED_ON_DAYS * DAY }) as {
    kind: ReminderFollowThrough['kind'];
    reminded: number;
    actedOn: number;
  }[];
  const waiting = statement(
    sqlite,
    `SELECT source_kind AS kind, count(*) AS waiting FROM reminders INDEXED BY reminders_state_fire_idx
     WHERE state = 'delivered' AND source_kind IN ('follow_up', 'cadence') GROUP BY source_kind`,
  ).all() as { kind: ReminderFollowThrough['kind']; waiting: number }[];
  return (['follow_up', 'cadence'] as const).map((kind) => {
    const row = delivered.find((r) => r.kind === kind);
    return {
      kind,
      reminded: row?.reminded ?? 0,
      actedOn: row?.actedOn ?? 0,
      waiting: waiting.find((r) => r.kind === kind)?.waiting ?? 0,
    };
  });
}

/** Client messages logged in the period, and the first contact back logged with that client after each. */
function replyHabits(sqlite: Database.Database, w: HabitWindow): Habits['replies'] {
  const row = statement(
    sqlite,
    `SELECT count(*) AS received, count(reply) AS replied, median(reply - at) AS medianMs
     FROM (SELECT e.occurred_at AS at,
             (SELECT o.occurred_at FROM timeline_events o
              WHERE o.client_id = e.client_id AND o.occurred_at > e.occurred_at AND o.occurred_at <= @now
                AND o.kind IN ${OUTGOING} ORDER BY o.occurred_at LIMIT 1) AS reply
           FROM timeline_events e INDEXED BY timeline_kind_idx
           WHERE e.kind = 'message_in' AND e.occurred_at >= @from AND e.occurred_at <= @now
             AND e.client_id IS NOT NULL)`,
  ).get({ from: w.from ?? 0, now: w.now }) as { received: number; replied: number; medianMs: number | null };
  return {
    received: row.received,
    replied: row.replied,
    medianReplyMinutes: row.medianMs === null ? null : Math.round(row.medianMs / 60_000),
  };
}

export function habitInsights(sqlite: Database.Database, w: HabitWindow): Habits {
  return {
    deadlines: deadlineHabits(sqlite, w),
    interviews: interviewHabits(sqlite, w),
    reminders: reminderHabits(sqlite, w),
    replies: replyHabits(sqlite, w),
  };
}
