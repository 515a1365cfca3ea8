/**
 * Calendar math for the month and week views, on local dates (the user's zone is the browser's): the
 * days a view shows, where each item falls, and how overlapping timed items share a day column.
 */
import { addDays, endOfMonth, endOfWeek, format, startOfMonth, startOfWeek, type Day } from 'date-fns';

export type CalendarView = 'month' | 'week';

/** The first day of the week for a locale (Sunday in en-US, Monday in most of Europe). */
export function weekStartsOn(locale?: string): Day {
  try {
    const info = new Intl.Locale(locale ?? navigator.language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
    return (firstDay % 7) as Day;
  } catch {
    return 1;
  }
}

export function dateKey(day: Date): string {
  return format(day, 'yyyy-MM-dd');
}

export function parseDateKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole weeks covering the anchor's month: 4 to 6 rows of 7 days. */
export function monthGrid(anchor: Date, firstDay: Day): Date[][] {
  const start = startOfWeek(startOfMonth(anchor), { weekStartsOn: firstDay });
  const end = endOfWeek(endOfMonth(anchor), { weekStartsOn: firstDay });
  const weeks: Date[][] = [];
  for (let day = start; day <= end;) {
    const week: Date[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

export function weekDays(anchor: Date, firstDay: Day): Date[] {
  const start = startOfWeek(anchor, { weekStartsOn: firstDay });
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The days a view shows, as the inclusive range calendar.range takes. */
export function visibleRange(view: CalendarView, anchor: Date, firstDay: Day): { from: string; to: string } {
  const days = view === 'month' ? monthGrid(anchor, firstDay).flat() : weekDays(anchor, firstDay);
  return { from: dateKey(days[0] ?? anchor), to: dateKey(days.at(-1) ?? anchor) };
}

export interface PlacedItem {
  /** Timed items carry their instant; all-day ones only their date. */
  at: number | null;
  date: string;
  allDay: boolean;
}

/** The local day an item belongs on: an instant's own local date, else the all-day date. */
export function itemDayKey(item: PlacedItem): string {
  return item.at !== null && !item.allDay ? dateKey(new Date(item.at)) : item.date;
}

/** Items grouped by local day, each day's list in the order given (the core sends time order). */
export function itemsByDay<T extends PlacedItem>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const key = itemDayKey(item);
    const list = days.get(key);
    if (list) list.push(item);
    else days.set(key, [item]);
  }
  return days;
}

/** The full item count of each crowded day (calendar.range's crowdedDays), by date key. */
export function crowdedTotals(days: readonly { date: string; total: number }[]): Map<string, number> {
  return new Map(days.map((day) => [day.date, day.total]));
}

/**
 * The chips a month cell or the week's all-day row shows for `count` items: all of them when they fit in
 * `max`, else one fewer than `max` and a "+N more" for the rest (so it never grows past `max` lines).
 */
export function chipsBeforeMore(count: number, max: number): { chips: number; more: number } {
  if (count <= max) return { chips: count, more: 0 };
  const chips = Math.max(0, max - 1);
  return { chips, more: count - chips };
}

export interface TimedBlock {
  key: string;
  /** Minutes from the day's midnight. */
  start: number;
  end: number;
}

export interface LaidOutBlock extends TimedBlock {
  column: number;
  columns: number;
}

/**
 * Side-by-side layout for one day: blocks that overlap (directly or through a chain) form a cluster;
 * each block takes the first free column, and every block in a cluster is as narrow as its widest row.
 */
export function layoutDay(blocks: readonly TimedBlock[]): LaidOutBlock[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  const out: LaidOutBlock[] = [];
  let cluster: LaidOutBlock[] = [];
  let columnEnds: number[] = [];
  let clusterEnd = -Infinity;
  const flush = () => {
    for (const block of cluster) block.columns = columnEnds.length;
    out.push(...cluster);
    cluster = [];
    columnEnds = [];
  };
  for (const block of sorted) {
    if (block.start >= clusterEnd) flush();
    let column = columnEnds.findIndex((end) => end <= block.start);
    if (column < 0) {
      column = columnEnds.length;
      columnEnds.push(block.end);
    } else {
      columnEnds[column] = block.end;
    }
    cluster.push({ ...block, column, columns: 1 });
    clusterEnd = cluster.length === 1 ? block.end : Math.max(clusterEnd, block.end);
  }
  flush();
  return out;
}

/** Minutes from local midnight of `day` to an instant, clamped to the day. */
export function minutesIntoDay(epochMs: number, day: Date): number {
  const midnight = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
  const nextMidnight = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
  const dayMinutes = (nextMidnight - midnight) / 60_000;
  return Math.min(dayMinutes, Math.max(0, (epochMs - midnight) / 60_000));
}

/** The calendar's title: "January 2026" for a month, "Jan 12 – 18, 2026" for a week. */
export function viewTitle(view: CalendarView, anchor: Date, firstDay: Day, locale?: string): string {
  if (view === 'month') return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(anchor);
  const days = weekDays(anchor, firstDay);
  const first = days[0] ?? anchor;
  const last = days[6] ?? anchor;
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' }).formatRange(first, last);
}
