/**
 * Interviews and deadlines as an iCalendar file (RFC 5545) with ical-generator. UIDs are stable
 * (interview-<id>@gigline.app), so a calendar re-importing or re-reading the subscribed file updates events
 * instead of duplicating them. Timed items keep their zone (DTSTART;TZID= with a VTIMEZONE built from Intl),
 * all-day deadlines are VALUE=DATE, and VALARMs repeat the reminder lead times Gigline itself uses —
 * so a phone calendar reminds even while the laptop is off.
 */
import { TZDate } from '@date-fns/tz';
import type Database from 'better-sqlite3';
import ical, { ICalAlarmType, ICalEventStatus, type ICalCalendar, type ICalEvent } from 'ical-generator';
import type { ReminderSettings } from '../../contract';
import { readReminderSettings } from '../repositories/settings-repository';
import { addDays, instantOfLocal, localDateOf } from '../services/local-time';
import { vtimezone } from './vtimezone';

export const ICS_MIME = 'text/calendar;charset=utf-8';
export const UID_DOMAIN = 'gigline.app';

export interface IcsExportOptions {
  from?: number | undefined;
  to?: number | undefined;
  include: ('interviews' | 'deadlines')[];
  now: number;
  /** The user's zone: all-day dates and "morning of" reminders are in it. */
  zone: string;
  appVersion: string;
  /** For subscribed files: how often calendar apps should re-read it. */
  refreshSeconds?: number;
}

interface InterviewRow {
  id: number;
  startsAt: number;
  timeZone: string;
  durationMinutes: number;
  kind: string;
  link: string | null;
  location: string | null;
  round: number;
  outcome: string;
  notes: string;
  gigTitle: string;
  clientName: string;
  prepDone: number;
  prepTotal: number;
  createdAt: number;
  updatedAt: number;
}

interface DeadlineRow {
  id: number;
  title: string;
  dueAt: number | null;
  dueDate: string | null;
  timeZone: string | null;
  priority: string;
  notes: string;
  reminderOffsets: string | null;
  completedAt: number | null;
  gigTitle: string | null;
  clientName: string | null;
  createdAt: number;
  updatedAt: number;
}

const MIN = 7_258_118_400_000;

function loadInterviews(sqlite: Database.Database, from: number, to: number): InterviewRow[] {
  return sqlite
    .prepare(
      `SELECT i.id, i.starts_at AS startsAt, i.time_zone AS timeZone, i.duration_minutes AS durationMinutes, i.kind, i.link,
         i.location, i.round, i.outcome, i.notes, g.title AS gigTitle, c.name AS clientName,
         (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id AND p.done_at IS NOT NULL) AS prepDone,
         (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id) AS prepTotal,
         i.created_at AS createdAt, i.updated_at AS updatedAt
       FROM interviews i JOIN gigs g ON g.id = i.gig_id JOIN clients c ON c.id = g.client_id
       WHERE i.starts_at >= ? AND i.starts_at <= ? ORDER BY i.starts_at, i.id`,
    )
    .all(from, to) as InterviewRow[];
}

function loadDeadlines(
  sqlite: Database.Database,
  from: number,
  to: number,
  fromDate: string,
  toDate: string,
): DeadlineRow[] {
  return sqlite
    .prepare(
      `SELECT d.id, d.title, d.due_at AS dueAt, d.due_date AS dueDate, d.time_zone AS timeZone, d.priority, d.notes,
         d.reminder_offsets AS reminderOffsets, d.completed_at AS completedAt, g.title AS gigTitle, c.name AS clientName,
         d.created_at AS createdAt, d.updated_at AS updatedAt
       FROM deadlines d LEFT JOIN gigs g ON g.id = d.gig_id LEFT JOIN clients c ON c.id = d.client_id
       WHERE (d.due_at >= ? AND d.due_at <= ?) OR (d.due_date >= ? AND d.due_date <= ?)
       ORDER BY coalesce(d.due_at, unixepoch(d.due_date) * 1000), d.id`,
    )
    .all(from, to, fromDate, toDate) as DeadlineRow[];
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 9) * 60 + (m ?? 0);
}

/** Alarm offsets in seconds relative to the event start (negative = before), deduplicated like the engine. */
function deadlineAlarms(d: DeadlineRow, settings: ReminderSettings, zone: string): number[] {
  if (d.completedAt !== null) return [];
  const leads = d.reminderOffsets ? (JSON.parse(d.reminderOffsets) as number[]) : settings.deadlineLeadMinutes;
  const out: number[] = [];
  if (d.dueAt !== null) {
    out.push(...leads.map((lead) => -lead * 60));
    if (settings.deadlineMorningOf) {
      const [h, m] = settings.allDayTime.split(':').map(Number);
      const morning = instantOfLocal(localDateOf(d.dueAt, zone), h ?? 9, m ?? 0, zone);
      if (morning <= d.dueAt - 30 * 60_000) out.push(Math.round((morning - d.dueAt) / 1000));
    }
  } else {
    // All-day: relative to the local midnight the date starts at, as the engine reminds at `allDayTime`.
    const at = minutesOf(settings.allDayTime);
    out.push(...leads.map((lead) => (at - Math.floor(lead / 1440) * 1440 - (lead % 1440)) * 60));
    if (settings.deadlineMorningOf) out.push(at * 60);
  }
  return [...new Set(out)];
}

function interviewAlarms(i: InterviewRow, settings: ReminderSettings): number[] {
  return i.outcome === 'pending' ? [...new Set(settings.interviewLeadMinutes.map((lead) => -lead * 60))] : [];
}

function addAlarms(event: ICalEvent, offsets: number[], summary: string) {
  for (const seconds of offsets) {
    // relatesTo through the method: ical-generator's constructor ignores it, and a positive offset without it is
    // written RELATED=END (the all-day "morning of" alarm would then ring a day late).
    event
      .createAlarm({ type: ICalAlarmType.display, triggerBefore: -seconds, description: summary })
      .relatesTo('START');
  }
}

function contextOf(client: string | null, gig: string | null): string {
  return [client, gig].filter(Boolean).join(' — ');
}

function addInterview(calendar: ICalCalendar, i: InterviewRow, settings: ReminderSettings, now: number) {
  const cancelled = i.outcome === 'cancelled';
  const summary = `${cancelled ? 'Cancelled: ' : ''}Interview: ${i.clientName} — ${i.gigTitle}${i.round > 1 ? ` (round ${i.round})` : ''}`;
  const lines = [
    `${i.kind.replace('_', '-')} interview, round ${i.round}, for ${i.gigTitle} with ${i.clientName}`,
    i.link ? `Link: ${i.link}` : '',
    i.location ? `Location: ${i.location}` : '',
    i.outcome !== 'pending' ? `Outcome: ${i.outcome.replace('_', ' ')}` : '',
    i.prepTotal ? `Prep: ${i.prepDone} of ${i.prepTotal} done` : '',
    i.notes ? `\n${i.notes}` : '',
  ];
  const event = calendar.createEvent({
    id: `interview-${i.id}@${UID_DOMAIN}`,
    start: new TZDate(i.startsAt, i.timeZone),
    end: new TZDate(i.startsAt + i.durationMinutes * 60_000, i.timeZone),
    timezone: i.timeZone,
    stamp: new Date(now),
    created: new Date(i.createdAt),
    lastModified: new Date(i.updatedAt),
    summary,
    description: lines.filter(Boolean).join('\n'),
    location: i.location ?? i.link ?? null,
    url: i.link ?? null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    categories: [{ name: 'Gigline' }, { name: 'Interview' }],
  });
  addAlarms(event, interviewAlarms(i, settings), summary);
}

function addDeadline(calendar: ICalCalendar, d: DeadlineRow, settings: ReminderSettings, zone: string, now: number) {
  const context = contextOf(d.clientName, d.gigTitle);
  const summary = `${d.completedAt !== null ? 'Done: ' : 'Due: '}${d.title}${context ? ` — ${context}` : ''}`;
  const description = [context, d.priority !== 'normal' ? `Priority: ${d.priority}` : '', d.notes ? `\n${d.notes}` : '']
    .filter(Boolean)
    .join('\n');
  const common = {
    id: `deadline-${d.id}@${UID_DOMAIN}`,
    stamp: new Date(now),
    created: new Date(d.createdAt),
    lastModified: new Date(d.updatedAt),
    summary,
    description,
    categories: [{ name: 'Gigline' }, { name: 'Deadline' }],
  };
  const event =
    d.dueAt !== null
      ? calendar.createEvent({
          ...common,
          start: new TZDate(d.dueAt, d.timeZone ?? 'UTC'),
          timezone: d.timeZone ?? 'UTC',
        })
      : calendar.createEvent({
          ...common,
          start: new Date(`${d.dueDate as string}T00:00:00Z`),
          end: new Date(`${addDays(d.dueDate as string, 1)}T00:00:00Z`),
          allDay: true,
        });
  addAlarms(event, deadlineAlarms(d, settings, zone), summary);
}

export function exportIcs(sqlite: Database.Database, options: IcsExportOptions): { content: string; count: number } {
  const from = options.from ?? 0;
  const to = options.to ?? MIN;
  const settings = readReminderSettings(sqlite);
  const interviews = options.include.includes('interviews') ? loadInterviews(sqlite, from, to) : [];
  const deadlines = options.include.includes('deadlines')
    ? loadDeadlines(sqlite, from, to, localDateOf(from, options.zone), localDateOf(to, options.zone))
    : [];
  const instants = [
    ...interviews.map((i) => i.startsAt),
    ...deadlines.flatMap((d) => (d.dueAt !== null ? [d.dueAt] : [])),
    options.now,
  ];
  const fromYear = new Date(Math.min(...instants)).getUTCFullYear() - 1;
  const toYear = new Date(Math.max(...instants)).getUTCFullYear() + 1;
  const calendar = ical({
    name: 'Gigline',
    description: 'Interviews and deadlines from Gigline',
    prodId: { company: 'Gigline', product: `Gigline ${options.appVersion}`, language: 'EN' },
    timezone: { name: null, generator: (zone: string) => vtimezone(zone, fromYear, toYear) },
    ...(options.refreshSeconds ? { ttl: options.refreshSeconds } : {}),
  });
  for (const interview of interviews) addInterview(calendar, interview, settings, options.now);
  for (const deadline of deadlines) addDeadline(calendar, deadline, settings, options.zone, options.now);
  return { content: calendar.toString(), count: interviews.length + deadlines.length };
}
