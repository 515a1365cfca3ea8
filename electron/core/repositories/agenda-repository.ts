/**
 * The agenda: interviews and deadlines merged in time order for local-day windows in the user's zone.
 * Each part is an indexed range query (interviews by starts_at, deadlines by (completed_at, due_at) and
 * (completed_at, due_date)).
 */
import type Database from 'better-sqlite3';
import type { AgendaCounts, AgendaItem } from '../../contract';
import { statement } from '../db/statements';
import { addDays, localDateOf, localDays, startOfLocalDay } from '../services/local-time';
import {
  DEADLINE_COLUMNS,
  DEADLINE_ITEM,
  DEADLINE_JOINS,
  INTERVIEW_COLUMNS,
  INTERVIEW_JOINS,
  merged,
  type LocalDays,
  type Row,
} from './agenda-items';

/**
 * One kind's page in time order, ties by id. The page's ids are picked on a covering index first and only
 * they are joined: ordering ties by id sorts each run of equal times, and a sort over the full rows would
 * join (and count the prep of) every item of a crowded day only to keep a few. The rows come back in no
 * promised order: the caller sorts them with the other kinds. A join on the page, because `id IN (page)`
 * followed by an ORDER BY took ~0.4 ms even when empty.
 */
function pageOf(kind: 'interview' | 'deadline', where: string, order: string): string {
  const [columns, joins, alias, table] =
    kind === 'interview'
      ? [INTERVIEW_COLUMNS, INTERVIEW_JOINS, 'i', 'interviews']
      : [DEADLINE_COLUMNS, DEADLINE_JOINS, 'd', 'deadlines'];
  return `${columns}
    FROM (SELECT ${alias}.id FROM ${table} ${alias} WHERE ${where} ORDER BY ${order} LIMIT @limit) page
    JOIN ${table} ${alias} ON ${alias}.id = page.id ${joins}`;
}

const latest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

/** Items per agenda bucket; the counts say how many there are in all (the screens link to the full lists). */
export const AGENDA_LIMIT = 50;

export interface AgendaWindow {
  now: number;
  zone: string;
  today: string;
  todayStart: number;
  tomorrowStart: number;
  horizonDate: string;
  horizonEnd: number;
}

export function agendaWindow(now: number, zone: string, days: number): AgendaWindow {
  const today = localDateOf(now, zone);
  const horizonDate = addDays(today, days);
  return {
    now,
    zone,
    today,
    todayStart: startOfLocalDay(today, zone),
    tomorrowStart: startOfLocalDay(addDays(today, 1), zone),
    horizonDate,
    horizonEnd: startOfLocalDay(addDays(horizonDate, 1), zone),
  };
}

interface Range {
  from: number;
  to: number;
  fromDate: string;
  toDate: string;
  /** Where timed deadlines start, when later than `from` (today's: those before now are overdue). */
  timedFrom?: number;
}

/**
 * Open deadlines and non-cancelled interviews between two instants / two local dates (inclusive), the
 * first `limit` in time order. All-day deadlines sort first within their day, so they are read first: once
 * `limit` of them are found, a timed item can only make the cut if it comes before the last one's day
 * starts; likewise `limit` interviews bound the timed deadlines. On a busy range this reads about a third
 * of the rows three unbounded queries would (most of the agenda's time was reading rows it then dropped).
 */
function itemsBetween(
  sqlite: Database.Database,
  w: AgendaWindow,
  days: LocalDays,
  range: Range,
  openOnly: boolean,
  limit: number,
) {
  const { from, fromDate, toDate } = range;
  const timedFrom = range.timedFrom ?? from;
  const params = { now: w.now, today: w.today, from, timedFrom, fromDate, toDate, limit };
  const open = openOnly ? 'd.completed_at IS NULL AND ' : '';
  const allDay = statement(
    sqlite,
    pageOf('deadline', `${open}d.due_date >= @fromDate AND d.due_date <= @toDate`, 'd.due_date, d.id'),
  ).all(params) as Row[];
  let to = range.to;
  // A full page bounds what follows by its last (latest) item.
  if (allDay.length === limit) to = Math.min(to, days.startOf(latest(allDay.map((row) => row.date ?? ''))));
  // Ranges a full page has closed are not asked for (today's, once its all-day deadlines fill it).
  const interviews =
    to <= from
      ? []
      : (statement(
          sqlite,
          pageOf(
            'interview',
            "i.starts_at >= @from AND i.starts_at < @to AND i.outcome <> 'cancelled'",
            'i.starts_at, i.id',
          ),
        ).all({ ...params, to }) as Row[]);
  // A deadline at the same instant as the last interview sorts before it, so it stays in range.
  if (interviews.length === limit) to = Math.min(to, Math.max(...interviews.map((row) => row.at ?? 0)) + 1);
  const timed =
    to <= timedFrom
      ? []
      : (statement(
          sqlite,
          pageOf('deadline', `${open}d.due_at >= @timedFrom AND d.due_at < @to`, 'd.due_at, d.id'),
        ).all({ ...params, to }) as Row[]);
  return merged([...allDay, ...interviews, ...timed], days).slice(0, limit);
}

/** The most recent overdue deadlines (oldest first among them). */
export function overdueItems(sqlite: Database.Database, w: AgendaWindow): AgendaItem[] {
  const params = { now: w.now, today: w.today, limit: AGENDA_LIMIT };
  const timed = statement(
    sqlite,
    `${DEADLINE_ITEM} WHERE d.completed_at IS NULL AND d.due_at < @now ORDER BY d.due_at DESC, d.id DESC LIMIT @limit`,
  ).all(params) as Row[];
  // With a full page of timed ones, an all-day deadline from before the earliest of them's day cannot make it.
  const earliest = timed.length === AGENDA_LIMIT ? timed.at(-1)?.at : undefined;
  const fromDate = earliest === undefined || earliest === null ? '0000-01-01' : localDateOf(earliest, w.zone);
  const allDay = statement(
    sqlite,
    `${DEADLINE_ITEM} WHERE d.completed_at IS NULL AND d.due_date >= @fromDate AND d.due_date < @today
     ORDER BY d.due_date DESC, d.id DESC LIMIT @limit`,
  ).all({ ...params, fromDate }) as Row[];
  return merged([...timed, ...allDay], localDays(w.zone)).slice(-AGENDA_LIMIT);
}

export function agendaItems(sqlite: Database.Database, w: AgendaWindow) {
  // Today's timed deadlines already past are overdue, so "today" starts at now for them (interviews
  // earlier today stay: they happened today).
  const days = localDays(w.zone);
  const today = itemsBetween(
    sqlite,
    w,
    days,
    {
      from: w.todayStart,
      to: w.tomorrowStart,
      fromDate: w.today,
      toDate: w.today,
      timedFrom: Math.max(w.now, w.todayStart),
    },
    true,
    AGENDA_LIMIT,
  );
  const upcoming = itemsBetween(
    sqlite,
    w,
    days,
    { from: w.tomorrowStart, to: w.horizonEnd, fromDate: addDays(w.today, 1), toDate: w.horizonDate },
    true,
    AGENDA_LIMIT,
  );
  return { overdue: overdueItems(sqlite, w), today, upcoming };
}

export function agendaCounts(sqlite: Database.Database, w: AgendaWindow): AgendaCounts {
  const params = {
    now: w.now,
    today: w.today,
    todayStart: w.todayStart,
    tomorrowStart: w.tomorrowStart,
    horizonEnd: w.horizonEnd,
    tomorrow: addDays(w.today, 1),
    horizonDate: w.horizonDate,
  };
  const count = (sql: string) => (statement(sqlite, sql).get(params) as { n: number }).n;
  const openDeadlines = 'SELECT count(*) AS n FROM deadlines d WHERE d.completed_at IS NULL AND ';
  const interviews = "SELECT count(*) AS n FROM interviews i WHERE i.outcome <> 'cancelled' AND ";
  return {
    overdue: count(`${openDeadlines}d.due_at < @now`) + count(`${openDeadlines}d.due_date < @today`),
    today:
      count(`${openDeadlines}d.due_at >= @now AND d.due_at < @tomorrowStart`) +
      count(`${openDeadlines}d.due_date = @today`) +
      count(`${interviews}i.starts_at >= @todayStart AND i.starts_at < @tomorrowStart`),
    upcoming:
      count(`${openDeadlines}d.due_at >= @tomorrowStart AND d.due_at < @horizonEnd`) +
      count(`${openDeadlines}d.due_date >= @tomorrow AND d.due_date <= @horizonDate`) +
      count(`${interviews}i.starts_at >= @tomorrowStart AND i.starts_at < @horizonEnd`),
  };
}
