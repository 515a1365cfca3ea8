/**
 * The calendar: each local day's first items in time order (completed deadlines too), and the count of
 * every day that holds more. A month is 42 days; one statement per day (or three) spent most of its time
 * in better-sqlite3's per-statement cost, so each step is one statement over all the days it concerns,
 * the days passed as JSON and each day's page a correlated LIMIT subquery on a covering index.
 */
import type Database from 'better-sqlite3';
import type { AgendaItem } from '../../contract';
import { statement } from '../db/statements';
import { addDays, localDays } from '../services/local-time';
import { DEADLINE_COLUMNS, DEADLINE_JOINS, INTERVIEW_COLUMNS, INTERVIEW_JOINS, merged, type Row } from './agenda-items';
import { agendaWindow } from './agenda-repository';

export interface CalendarDays {
  items: AgendaItem[];
  crowdedDays: { date: string; total: number }[];
}

type BucketRow = Row & { bucket: number };

/** All-day deadlines sort first within a day, so they are read for every day; ties by id. */
const ALL_DAY_PAGES = `${DEADLINE_COLUMNS}, day.key AS bucket
  FROM json_each(@dates) day
  JOIN deadlines d ON d.id IN
    (SELECT x.id FROM deadlines x WHERE x.due_date = day.value ORDER BY x.id LIMIT @limit)
  ${DEADLINE_JOINS}`;

/** Timed items only for the days all-day deadlines left room in: day.value is [start, end) of the day. */
const INTERVIEW_PAGES = `${INTERVIEW_COLUMNS}, day.key AS bucket
  FROM json_each(@bounds) day
  JOIN interviews i ON i.id IN
    (SELECT x.id FROM interviews x
     WHERE x.starts_at >= day.value ->> 0 AND x.starts_at < day.value ->> 1 AND x.outcome <> 'cancelled'
     ORDER BY x.starts_at, x.id LIMIT @limit)
  ${INTERVIEW_JOINS}`;

const TIMED_DEADLINE_PAGES = `${DEADLINE_COLUMNS}, day.key AS bucket
  FROM json_each(@bounds) day
  JOIN deadlines d ON d.id IN
    (SELECT x.id FROM deadlines x WHERE x.due_at >= day.value ->> 0 AND x.due_at < day.value ->> 1
     ORDER BY x.due_at, x.id LIMIT @limit)
  ${DEADLINE_JOINS}`;

/** Every deadline (open or not) and non-cancelled interview of each day: day.value is [start, end, date]. */
const DAY_TOTALS = `SELECT day.key AS bucket,
    (SELECT count(*) FROM deadlines x WHERE x.due_date = day.value ->> 2)
    + (SELECT count(*) FROM deadlines x WHERE x.due_at >= day.value ->> 0 AND x.due_at < day.value ->> 1)
    + (SELECT count(*) FROM interviews x
       WHERE x.starts_at >= day.value ->> 0 AND x.starts_at < day.value ->> 1 AND x.outcome <> 'cancelled')
    AS total
  FROM json_each(@days) day`;

export function calendarDays(
  sqlite: Database.Database,
  now: number,
  zone: string,
  from: string,
  to: string,
  perDay: number,
): CalendarDays {
  const w = agendaWindow(now, zone, 7);
  const local = localDays(zone);
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  const bounds = dates.map((date) => [local.startOf(date), local.startOf(addDays(date, 1))] as const);
  const params = { now: w.now, today: w.today, limit: perDay };

  const rowsByDay = dates.map((): Row[] => []);
  const collect = (rows: BucketRow[], buckets: number[]) => {
    for (const row of rows) rowsByDay[buckets[row.bucket] ?? -1]?.push(row);
  };
  const allDays = dates.map((_, index) => index);
  collect(statement(sqlite, ALL_DAY_PAGES).all({ ...params, dates: JSON.stringify(dates) }) as BucketRow[], allDays);

  // A day whose all-day deadlines fill its page needs nothing timed: they all sort after them. The others
  // need at most what is left of their page: as one LIMIT for all of them, what the fullest one leaves.
  const roomy = allDays.filter((index) => (rowsByDay[index]?.length ?? 0) < perDay);
  if (roomy.length) {
    const limit = perDay - Math.min(...roomy.map((index) => rowsByDay[index]?.length ?? 0));
    const interviews = statement(sqlite, INTERVIEW_PAGES).all({
      ...params,
      limit,
      bounds: JSON.stringify(roomy.map((index) => bounds[index])),
    }) as BucketRow[];
    collect(interviews, roomy);
    // A full page of interviews bounds the day's timed deadlines (one at the same instant still sorts first).
    const timedBounds = roomy.map((index, bucket) => {
      const [start, end] = bounds[index] ?? [0, 0];
      const page = interviews.filter((row) => row.bucket === bucket);
      return [start, page.length === limit ? Math.min(end, Math.max(...page.map((row) => row.at ?? 0)) + 1) : end];
    });
    collect(
      statement(sqlite, TIMED_DEADLINE_PAGES).all({
        ...params,
        limit,
        bounds: JSON.stringify(timedBounds),
      }) as BucketRow[],
      roomy,
    );
  }

  const items: AgendaItem[] = [];
  const full: number[] = [];
  rowsByDay.forEach((rows, index) => {
    const dayItems = merged(rows, local).slice(0, perDay);
    items.push(...dayItems);
    if (dayItems.length === perDay) full.push(index);
  });

  const crowdedDays: CalendarDays['crowdedDays'] = [];
  if (full.length) {
    const days = JSON.stringify(full.map((index) => [...(bounds[index] ?? []), dates[index]]));
    const totals = statement(sqlite, DAY_TOTALS).all({ days }) as { bucket: number; total: number }[];
    for (const { bucket, total } of totals) {
      const date = dates[full[bucket] ?? -1];
      if (date !== undefined && total > perDay) crowdedDays.push({ date, total });
    }
  }
  return { items, crowdedDays };
}
