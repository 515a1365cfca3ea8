/**
 * Wall-clock arithmetic in an IANA zone. Local days are 'YYYY-MM-DD'; their boundaries are instants
 * computed with @date-fns/tz; DST gaps resolve forward and overlaps to the first occurrence.
 */
import { TZDate } from '@date-fns/tz';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The local calendar day of an instant in a zone, as 'YYYY-MM-DD'. */
export function localDateOf(instant: number, zone: string): string {
  const parts = dayFormatter(zone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * localDateOf and startOfLocalDay for many items in one zone, as in an agenda or a calendar month: each
 * day's start is worked out once (it builds zoned dates, tens of µs), and an instant inside a day already
 * seen is a comparison instead of an Intl call. Lists arrive sorted, so the last day seen usually matches.
 */
export function localDays(zone: string) {
  const starts = new Map<string, number>();
  const seen: { start: number; end: number; date: string }[] = [];
  const startOf = (date: string): number => {
    let start = starts.get(date);
    if (start === undefined) {
      start = startOfLocalDay(date, zone);
      starts.set(date, start);
    }
    return start;
  };
  const dateOf = (instant: number): string => {
    const last = seen.at(-1);
    if (last && instant >= last.start && instant < last.end) return last.date;
    const known = seen.find((day) => instant >= day.start && instant < day.end);
    if (known) return known.date;
    const date = localDateOf(instant, zone);
    seen.push({ start: startOf(date), end: startOf(addDays(date, 1)), date });
    return date;
  };
  return { startOf, dateOf };
}

function splitDate(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

/**
 * The instant a local wall-clock time occurs in a zone, as Temporal's 'compatible': a nonexistent time
 * moves forward, a repeated one (clocks falling back) is its first occurrence.
 */
export function instantOfLocal(date: string, hours: number, minutes: number, zone: string): number {
  const [y, m, d] = splitDate(date);
  const instant = new TZDate(y, m, d, hours, minutes, 0, 0, zone).getTime();
  // TZDate picks the later of two equal wall times; look one DST shift (1 h, or 30 min) earlier.
  for (const shift of [3_600_000, 1_800_000]) {
    const earlier = new TZDate(instant - shift, zone);
    const same =
      earlier.getFullYear() === y &&
      earlier.getMonth() === m &&
      earlier.getDate() === d &&
      earlier.getHours() === hours &&
      earlier.getMinutes() === minutes;
    if (same) return earlier.getTime();
  }
  return instant;
}

/** The first instant of a local day. */
/**
 * Day starts are asked for again and again (every agenda and calendar answer, for the same few weeks) and
 * cost tens of µs each through TZDate, so they are remembered. Bounded: cleared whole when it fills.
 */
const dayStarts = new Map<string, number>();
const DAY_STARTS_KEPT = 20_000;

export function startOfLocalDay(date: string, zone: string): number {
  const key = `${zone} ${date}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = instantOfLocal(date, 0, 0, zone);
    if (dayStarts.size >= DAY_STARTS_KEPT) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = splitDate(date);
  const utc = new Date(Date.UTC(y, m, d + days));
  return utc.toISOString().slice(0, 10);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = splitDate(from);
  const [ty, tm, td] = splitDate(to);
  return Math.round((Date.UTC(ty, tm, td) - Date.UTC(fy, fm, fd)) / 86_400_000);
}

/** Monday-based day of week (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(date: string): number {
  const [y, m, d] = splitDate(date);
  const day = new Date(Date.UTC(y, m, d)).getUTCDay();
  return day === 0 ? 7 : day;
}
