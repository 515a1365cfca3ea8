import { describe, expect, it } from 'vitest';
import {
  crowdedTotals,
  dateKey,
  itemsByDay,
  layoutDay,
  chipsBeforeMore,
  monthGrid,
  visibleRange,
  weekDays,
  weekStartsOn,
} from './calendar-grid';

const keys = (days: Date[]) => days.map(dateKey);

describe('month grid', () => {
  it('covers January 2026 in whole weeks starting on Monday', () => {
    const weeks = monthGrid(new Date(2026, 0, 15), 1);
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(dateKey(weeks[0]?.[0] ?? new Date())).toBe('2025-12-29');
    expect(dateKey(weeks.at(-1)?.[6] ?? new Date())).toBe('2026-02-01');
  });

  it('starts on Sunday where the locale does, and needs six rows for some months', () => {
    const weeks = monthGrid(new Date(2026, 7, 1), 0); // August 2026 starts on a Saturday
    expect(weeks).toHaveLength(6);
    expect(dateKey(weeks[0]?.[0] ?? new Date())).toBe('2026-07-26');
  });

  it('asks the core for exactly the visible days', () => {
    expect(visibleRange('month', new Date(2026, 0, 15), 1)).toEqual({ from: '2025-12-29', to: '2026-02-01' });
    expect(visibleRange('week', new Date(2026, 0, 15), 1)).toEqual({ from: '2026-01-12', to: '2026-01-18' });
  });
});

describe('week days', () => {
  it('lists seven consecutive days across a month end', () => {
    expect(keys(weekDays(new Date(2026, 0, 31), 1))).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
    ]);
  });

  it('reads the first day of the week from the locale', () => {
    expect(weekStartsOn('de-DE')).toBe(1);
    expect(weekStartsOn('en-US')).toBe(0);
  });
});

describe('items by day', () => {
  it('puts timed items on their local day and all-day ones on their date', () => {
    const morning = new Date(2026, 0, 15, 9, 30).getTime();
    const days = itemsByDay([
      { id: 1, at: morning, date: 'ignored', allDay: false },
      { id: 2, at: null, date: '2026-01-15', allDay: true },
      { id: 3, at: null, date: '2026-01-16', allDay: true },
    ]);
    expect(days.get('2026-01-15')?.map((i) => i.id)).toEqual([1, 2]);
    expect(days.get('2026-01-16')?.map((i) => i.id)).toEqual([3]);
  });
});

describe('a month cell', () => {
  it('shows every item while they fit', () => {
    expect(chipsBeforeMore(0, 3)).toEqual({ chips: 0, more: 0 });
    expect(chipsBeforeMore(3, 3)).toEqual({ chips: 3, more: 0 });
  });

  it('gives one line to "+N more" once they do not, counting everything not shown', () => {
    expect(chipsBeforeMore(4, 3)).toEqual({ chips: 2, more: 2 });
    expect(chipsBeforeMore(5, 3)).toEqual({ chips: 2, more: 3 });
    expect(chipsBeforeMore(475, 3)).toEqual({ chips: 2, more: 473 });
  });

  it("takes a crowded day's full count from crowdedDays", () => {
    const totals = crowdedTotals([{ date: '2026-01-15', total: 475 }]);
    expect(totals.get('2026-01-15')).toBe(475);
    expect(totals.get('2026-01-16')).toBeUndefined();
  });
});

describe('side-by-side layout of overlapping items', () => {
  it('gives lone items the full width', () => {
    const out = layoutDay([
      { key: 'a', start: 60, end: 120 },
      { key: 'b', start: 120, end: 180 },
    ]);
    expect(out.map((b) => [b.key, b.column, b.columns])).toEqual([
      ['a', 0, 1],
      ['b', 0, 1],
    ]);
  });

  it('puts overlapping items in columns and reuses a column once it is free', () => {
    const out = layoutDay([
      { key: 'a', start: 600, end: 660 },
      { key: 'b', start: 630, end: 690 },
      { key: 'c', start: 665, end: 720 },
    ]);
    const byKey = Object.fromEntries(out.map((b) => [b.key, [b.column, b.columns]]));
    expect(byKey).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2] });
  });

  it('keeps a chain of overlaps in one cluster but starts a new one after a gap', () => {
    const out = layoutDay([
      { key: 'a', start: 0, end: 100 },
      { key: 'b', start: 10, end: 50 },
      { key: 'c', start: 20, end: 60 },
      { key: 'd', start: 200, end: 260 },
    ]);
    const byKey = Object.fromEntries(out.map((b) => [b.key, [b.column, b.columns]]));
    expect(byKey).toEqual({ a: [0, 3], b: [1, 3], c: [2, 3], d: [0, 1] });
  });
});
