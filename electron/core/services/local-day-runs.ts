/**
 * Local days in runs whose starts are evenly 24 h apart, so SQL can tell when any all-day date ends in the
 * user's zone without asking Intl once per day (about 40 µs a call: a year of days would take 15 ms).
 * A run ends at a daylight-saving change; a day that is itself 23 or 25 hours long is a run of its own.
 */
import { addDays, daysBetween, localDays } from './local-time';

const DAY = 86_400_000;
/** Shorter than the gap between any two clock changes, so a pair of them can never cancel out inside a chunk. */
const CHUNK_DAYS = 27;

export interface DayRun {
  /** First and last local date of the run, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  /** When `from` starts and when `to` ends (the start of the day after it). */
  start: number;
  end: number;
}

/** The end of `date` inside a run: every day but the last is 24 h; the last ends at `end`. */
export function endOfDayIn(run: DayRun, date: string): number {
  return date === run.to ? run.end : run.start + (daysBetween(run.from, date) + 1) * DAY;
}

export function localDayRuns(from: string, to: string, zone: string): DayRun[] {
  if (from > to) return [];
  const { startOf } = localDays(zone);
  const runs: DayRun[] = [];
  const push = (run: DayRun) => {
    const last = runs.at(-1);
    const even = (r: DayRun) => r.end - r.start === (daysBetween(r.from, r.to) + 1) * DAY;
    if (last && last.end === run.start && even(last) && even(run)) {
      last.to = run.to;
      last.end = run.end;
    } else {
      runs.push(run);
    }
  };
  const walk = (a: string, b: string) => {
    const days = daysBetween(a, b) + 1;
    const run = { from: a, to: b, start: startOf(a), end: startOf(addDays(b, 1)) };
    if (days === 1 || run.end - run.start === days * DAY) return push(run);
    const middle = addDays(a, Math.floor(days / 2) - 1);
    walk(a, middle);
    walk(addDays(middle, 1), b);
  };
  for (let a = from; a <= to; a = addDays(a, CHUNK_DAYS)) {
    const b = addDays(a, CHUNK_DAYS - 1);
    walk(a, b < to ? b : to);
  }
  return runs;
}
