import { describe, expect, it } from 'vitest';
import { dateLabel, deadlineDue, interviewLabel, whenLabel } from './card-format';

// Wednesday 20 May 2026, 09:00 in Berlin.
const now = Date.UTC(2026, 4, 20, 7);
const zone = 'Europe/Berlin';
const at = (day: number, hour: number) => Date.UTC(2026, 4, day, hour - 2);

describe('card labels', () => {
  it('names today, tomorrow and the weekday within a week, then the date', () => {
    expect(whenLabel(at(20, 15), now, 'en-GB', zone)).toBe('Today 15:00');
    expect(whenLabel(at(21, 10), now, 'en-GB', zone)).toBe('Tomorrow 10:00');
    expect(whenLabel(at(23, 10), now, 'en-GB', zone)).toBe('Sat 10:00');
    expect(whenLabel(at(28, 10), now, 'en-GB', zone)).toBe('28 May 10:00');
    expect(whenLabel(Date.UTC(2027, 0, 5, 9), now, 'en-GB', zone)).toBe('5 Jan 2027 10:00');
    expect(whenLabel(at(19, 10), now, 'en-GB', zone)).toBe('Yesterday 10:00');
  });

  it('uses the user’s zone for the day boundary', () => {
    // 23:30 UTC on the 20th is already the 21st in Berlin.
    expect(whenLabel(Date.UTC(2026, 4, 20, 23, 30), now, 'en-GB', zone)).toBe('Tomorrow 01:30');
  });

  it('shows interview prep progress only when there is a checklist', () => {
    const next = { id: 1, startsAt: at(21, 10), prepDone: 2, prepTotal: 6 };
    expect(interviewLabel(next, now, 'en-GB', zone)).toBe('Tomorrow 10:00 · prep 2/6');
    expect(interviewLabel({ ...next, prepTotal: 0, prepDone: 0 }, now, 'en-GB', zone)).toBe('Tomorrow 10:00');
  });

  it('labels all-day deadlines by date and flags the overdue ones', () => {
    expect(dateLabel('2026-05-20', now, 'en-GB', zone)).toBe('Today');
    expect(deadlineDue({ dueAt: null, dueDate: '2026-05-19' }, now, 'en-GB', zone)).toEqual({
      label: 'Yesterday',
      overdue: true,
    });
    expect(deadlineDue({ dueAt: null, dueDate: '2026-05-20' }, now, 'en-GB', zone)).toEqual({
      label: 'Today',
      overdue: false,
    });
    expect(deadlineDue({ dueAt: at(20, 8), dueDate: null }, now, 'en-GB', zone)).toEqual({
      label: 'Today 08:00',
      overdue: true,
    });
    expect(deadlineDue({ dueAt: null, dueDate: '2026-06-02' }, now, 'en-GB', zone).label).toBe('2 Jun');
  });
});
