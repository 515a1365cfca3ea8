import { describe, expect, it } from 'vitest';
import { deadlineGroup, withGroupHeaders, type GroupFrame } from './deadline-groups';

const ZONE = 'Europe/Berlin';
// Thursday 15 January 2026, 09:00 in Berlin; the week ends on Sunday the 18th.
const NOW = Date.UTC(2026, 0, 15, 8, 0);
const frame: GroupFrame = { now: NOW, zone: ZONE, today: '2026-01-15', weekEnd: '2026-01-18', weekAgo: '2026-01-08' };
const HOUR = 3_600_000;

const timed = (id: number, dueAt: number, completedAt: number | null = null) => ({
  id,
  dueAt,
  dueDate: null,
  completedAt,
  overdue: completedAt === null && dueAt < NOW,
});
const allDay = (id: number, dueDate: string) => ({ id, dueAt: null, dueDate, completedAt: null, overdue: false });

describe('deadline groups', () => {
  it('sorts open deadlines into overdue, today, this week and later', () => {
    expect(deadlineGroup(timed(1, NOW - HOUR), 'open', frame)).toBe('overdue');
    expect(deadlineGroup(allDay(2, '2026-01-14'), 'open', frame)).toBe('overdue');
    expect(deadlineGroup(timed(3, NOW + HOUR), 'open', frame)).toBe('today');
    expect(deadlineGroup(allDay(4, '2026-01-15'), 'open', frame)).toBe('today');
    expect(deadlineGroup(allDay(5, '2026-01-18'), 'open', frame)).toBe('week');
    expect(deadlineGroup(allDay(6, '2026-01-19'), 'open', frame)).toBe('later');
  });

  it('calls past deadlines "earlier" in the list of all, where completed ones are mixed in', () => {
    expect(deadlineGroup(timed(1, NOW - HOUR, NOW - 2 * HOUR), 'all', frame)).toBe('past');
  });

  it('groups completed deadlines by when they were completed', () => {
    expect(deadlineGroup(timed(1, NOW, NOW - HOUR), 'completed', frame)).toBe('completedToday');
    expect(deadlineGroup(timed(2, NOW, NOW - 3 * 24 * HOUR), 'completed', frame)).toBe('completedWeek');
    expect(deadlineGroup(timed(3, NOW, NOW - 30 * 24 * HOUR), 'completed', frame)).toBe('completedEarlier');
  });

  it('puts one header before each run of the same group', () => {
    const rows = withGroupHeaders(
      [timed(1, NOW - HOUR), allDay(2, '2026-01-14'), timed(3, NOW + HOUR), allDay(4, '2026-02-01')],
      'open',
      frame,
    );
    expect(rows.map((row) => (row.kind === 'header' ? row.group : row.item.id))).toEqual([
      'overdue',
      1,
      2,
      'today',
      3,
      'later',
      4,
    ]);
  });
});
