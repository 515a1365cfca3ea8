/**
 * Times and days as people read them, in the user's zone (the browser's) and, where it differs, another
 * zone such as the client's: "10:00 AM · 4:00 PM in Berlin", "Tomorrow", "Overdue 2 days". Pure functions
 * with the zone and locale passed in, so tests do not depend on the machine they run on.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formats.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formats.set(key, cached);
  }
  return cached;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock reading of an instant in a zone, from Intl alone (no Date subclass, no host zone). */
function wallClock(epochMs: number, zone: string): WallClock {
  const parts = formatter('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(epochMs);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of an instant in a zone. */
export function dateKeyIn(epochMs: number, zone: string): string {
  const w = wallClock(epochMs, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** "HH:mm" (24 h, for time inputs) of an instant in a zone. */
export function clockTimeIn(epochMs: number, zone: string): string {
  const w = wallClock(epochMs, zone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** How far a zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffset(epochMs: number, zone: string): number {
  const w = wallClock(epochMs, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * The instant of a wall-clock date and time in a zone, or null when a part is missing or invalid. A time
 * skipped by a DST change lands after the gap (02:30 on a spring-forward night reads as 03:30).
 */
export function instantOf(date: string, time: string, zone: string): number | null {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const tm = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dm || !tm) return null;
  const [year, month, day, hour, minute] = [dm[1], dm[2], dm[3], tm[1], tm[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  try {
    const asUtc = Date.UTC(year, month - 1, day, hour, minute);
    const first = asUtc - zoneOffset(asUtc, zone);
    const second = asUtc - zoneOffset(first, zone);
    const at = zoneOffset(second, zone) === zoneOffset(first, zone) ? second : Math.max(first, second);
    return Number.isFinite(at) ? at : null;
  } catch {
    return null;
  }
}

/** "10:00 AM" (or "10:00" where the locale uses a 24-hour clock). */
export function formatTime(epochMs: number, zone: string, locale?: string): string {
  return formatter(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(epochMs);
}

/** "Europe/Berlin" → "Berlin", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/** Whether two zones show the same wall-clock time at this instant. */
export function sameWallClock(epochMs: number, a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return dateKeyIn(epochMs, a) === dateKeyIn(epochMs, b) && clockTimeIn(epochMs, a) === clockTimeIn(epochMs, b);
  } catch {
    return true;
  }
}

/**
 * The other zone's reading of an instant when its wall clock differs from the user's: "4:00 PM in Berlin",
 * with the other day named when it is not the user's day ("1:00 AM Fri in Tokyo"). Null when they agree.
 */
export function timeElsewhere(epochMs: number, userZone: string, otherZone: string | null, locale?: string) {
  if (!otherZone || sameWallClock(epochMs, userZone, otherZone)) return null;
  const time = formatTime(epochMs, otherZone, locale);
  const otherDay = dateKeyIn(epochMs, otherZone);
  const day =
    otherDay === dateKeyIn(epochMs, userZone)
      ? ''
      : ` ${formatter(locale, { timeZone: otherZone, weekday: 'short' }).format(epochMs)}`;
  return `${time}${day} in ${zoneCity(otherZone)}`;
}

/** "10:00 AM – 11:00 AM". */
export function formatTimeRange(startMs: number, minutes: number, zone: string, locale?: string): string {
  return `${formatTime(startMs, zone, locale)} – ${formatTime(startMs + minutes * 60_000, zone, locale)}`;
}

/** A calendar day key read as a date (noon, so no zone shifts it to another day when formatted). */
function dayDate(key: string): Date {
  return parseISO(`${key}T12:00:00`);
}

/** "Today", "Tomorrow", "Yesterday", else "Fri, Jan 16" (with the year when it is not this year's). */
export function dayLabel(key: string, todayKey: string, locale?: string): string {
  const diff = differenceInCalendarDays(dayDate(key), dayDate(todayKey));
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  return formatDay(key, todayKey, locale);
}

/** "Fri, Jan 16", or "Fri, Jan 16, 2027" outside the current year. */
export function formatDay(key: string, todayKey: string, locale?: string): string {
  const sameYear = key.slice(0, 4) === todayKey.slice(0, 4);
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };
  if (!sameYear) options.year = 'numeric';
  return formatter(locale, options).format(dayDate(key));
}

/** "Thursday, January 15" — the agenda's heading. */
export function formatLongDay(key: string, locale?: string): string {
  return formatter(locale, { weekday: 'long', month: 'long', day: 'numeric' }).format(dayDate(key));
}

export function daysBetween(fromKey: string, toKey: string): number {
  return differenceInCalendarDays(dayDate(toKey), dayDate(fromKey));
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export interface Due {
  dueAt: number | null;
  dueDate: string | null;
}

/** How late an open deadline is: "Overdue 25 minutes", "Overdue 3 hours", "Overdue 2 days". */
export function overdueText(due: Due, now: number, zone: string): string {
  if (due.dueAt !== null) {
    const minutes = Math.max(1, Math.floor((now - due.dueAt) / 60_000));
    if (minutes < 60) return `Overdue ${plural(minutes, 'minute')}`;
    if (minutes < 24 * 60) return `Overdue ${plural(Math.floor(minutes / 60), 'hour')}`;
    return `Overdue ${plural(Math.max(1, daysBetween(dateKeyIn(due.dueAt, zone), dateKeyIn(now, zone))), 'day')}`;
  }
  if (due.dueDate !== null)
    return `Overdue ${plural(Math.max(1, daysBetween(due.dueDate, dateKeyIn(now, zone))), 'day')}`;
  return 'Overdue';
}

/** When a deadline is due, relative to today: "Today, 5:00 PM", "Tomorrow · All day", "Fri, Jan 16, 5:00 PM". */
export function formatDue(due: Due, now: number, zone: string, locale?: string): string {
  const today = dateKeyIn(now, zone);
  if (due.dueAt !== null)
    return `${dayLabel(dateKeyIn(due.dueAt, zone), today, locale)}, ${formatTime(due.dueAt, zone, locale)}`;
  if (due.dueDate !== null) return `${dayLabel(due.dueDate, today, locale)} · All day`;
  return 'No due date';
}

/** "1 hour", "45 minutes", "1 hour 30 minutes". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? plural(h, 'hour') : '', m ? plural(m, 'minute') : ''].filter(Boolean).join(' ') || '0 minutes';
}
