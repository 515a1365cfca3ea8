/**
 * The deadline list's sections. The core sends open deadlines (and "all") in due order and completed
 * ones newest-completed first, so each section is a contiguous run and a header goes where the run starts.
 */
import type { DeadlineSummary } from '../../../../electron/contract';
import { dateKeyIn } from '../agenda/time-text';

export type DeadlineStatus = 'open' | 'completed' | 'all';

export type DeadlineGroup =
  'overdue' | 'past' | 'today' | 'week' | 'later' | 'completedToday' | 'completedWeek' | 'completedEarlier';

export const groupTitles: Record<DeadlineGroup, string> = {
  overdue: 'Overdue',
  past: 'Earlier',
  today: 'Today',
  week: 'This week',
  later: 'Later',
  completedToday: 'Completed today',
  completedWeek: 'Completed in the last 7 days',
  completedEarlier: 'Completed earlier',
};

export interface GroupFrame {
  now: number;
  zone: string;
  /** 'YYYY-MM-DD' of today and of the last day of this week, in the user's zone. */
  today: string;
  weekEnd: string;
  /** 'YYYY-MM-DD' seven days ago, for "completed in the last 7 days". */
  weekAgo: string;
}

type Groupable = Pick<DeadlineSummary, 'dueAt' | 'dueDate' | 'completedAt' | 'overdue'>;

function dueKey(d: Groupable, zone: string): string {
  if (d.dueAt !== null) return dateKeyIn(d.dueAt, zone);
  return d.dueDate ?? '';
}

export function deadlineGroup(d: Groupable, status: DeadlineStatus, frame: GroupFrame): DeadlineGroup {
  if (status === 'completed') {
    const done = d.completedAt === null ? '' : dateKeyIn(d.completedAt, frame.zone);
    if (done >= frame.today) return 'completedToday';
    if (done > frame.weekAgo) return 'completedWeek';
    return 'completedEarlier';
  }
  const key = dueKey(d, frame.zone);
  const past = d.dueAt !== null ? d.dueAt < frame.now : key < frame.today;
  // Open lists hold only open deadlines, so everything past is overdue; "all" mixes in completed ones.
  if (past) return status === 'open' ? 'overdue' : 'past';
  if (key === frame.today) return 'today';
  if (key <= frame.weekEnd) return 'week';
  return 'later';
}

export type DeadlineRow<T> =
  { kind: 'header'; group: DeadlineGroup; key: string } | { kind: 'item'; item: T; key: string };

/** Items with a header before each new section, ready for a virtual list. */
export function withGroupHeaders<T extends Groupable & { id: number }>(
  items: readonly T[],
  status: DeadlineStatus,
  frame: GroupFrame,
): DeadlineRow<T>[] {
  const rows: DeadlineRow<T>[] = [];
  let current: DeadlineGroup | null = null;
  for (const item of items) {
    const group = deadlineGroup(item, status, frame);
    if (group !== current) {
      rows.push({ kind: 'header', group, key: `header-${group}-${rows.length}` });
      current = group;
    }
    rows.push({ kind: 'item', item, key: `item-${item.id}` });
  }
  return rows;
}
