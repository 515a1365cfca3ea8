/**
 * Short "when" labels for cards and lists, in the user's zone and language: "Today 10:00", "Thu 10:00"
 * within the coming week, "12 Mar 10:00" beyond it; all-day deadlines carry only their date.
 */
import type { GigSummary } from '../../../../electron/contract';

const DAY_MS = 86_400_000;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayNumber(epochMs: number, timeZone?: string): number {
  const key = timeZone ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(key, format);
  }
  const parts = format
    .formatToParts(epochMs)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / DAY_MS;
}

function dateNumber(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** "Today", "Tomorrow", "Yesterday", a weekday within six days ahead, else "12 Mar" (with the year if another). */
function dayLabel(offset: number, sample: Date, locale?: string, timeZone?: string, now?: number): string {
  if (offset === 0) return 'Today';
  if (offset === 1) return 'Tomorrow';
  if (offset === -1) return 'Yesterday';
  if (offset > 1 && offset < 7) return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone }).format(sample);
  const sameYear =
    now !== undefined &&
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(sample) ===
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(now);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone,
  }).format(sample);
}

export function whenLabel(epochMs: number, now: number, locale?: string, timeZone?: string): string {
  const offset = dayNumber(epochMs, timeZone) - dayNumber(now, timeZone);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(epochMs);
  return `${dayLabel(offset, new Date(epochMs), locale, timeZone, now)} ${time}`;
}

export function dateLabel(isoDate: string, now: number, locale?: string, timeZone?: string): string {
  const offset = dateNumber(isoDate) - dayNumber(now, timeZone);
  return dayLabel(offset, new Date(dateNumber(isoDate) * DAY_MS), locale, 'UTC', now);
}

/** "Thu 10:00 · prep 2/6" for an interview; prep is left out when the checklist is empty. */
export function interviewLabel(
  next: NonNullable<GigSummary['nextInterview']>,
  now: number,
  locale?: string,
  timeZone?: string,
): string {
  const prep = next.prepTotal > 0 ? ` · prep ${next.prepDone}/${next.prepTotal}` : '';
  return `${whenLabel(next.startsAt, now, locale, timeZone)}${prep}`;
}

export function deadlineDue(
  deadline: { dueAt: number | null; dueDate: string | null },
  now: number,
  locale?: string,
  timeZone?: string,
): { label: string; overdue: boolean } {
  if (deadline.dueAt !== null) {
    return { label: whenLabel(deadline.dueAt, now, locale, timeZone), overdue: deadline.dueAt < now };
  }
  if (deadline.dueDate !== null) {
    const overdue = dateNumber(deadline.dueDate) < dayNumber(now, timeZone);
    return { label: dateLabel(deadline.dueDate, now, locale, timeZone), overdue };
  }
  return { label: 'No date', overdue: false };
}
