import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, instantOfLocal, isoWeekday, localDateOf, localDays, startOfLocalDay } from './local-time';

const HOUR = 3_600_000;

describe('localDateOf', () => {
  it('is the calendar day in the given zone, not in UTC', () => {
    const instant = Date.UTC(2026, 0, 15, 11, 30);
    expect(localDateOf(instant, 'UTC')).toBe('2026-01-15');
    expect(localDateOf(instant, 'Pacific/Auckland')).toBe('2026-01-16');
    expect(localDateOf(Date.UTC(2026, 0, 15, 7, 59), 'America/Los_Angeles')).toBe('2026-01-14');
    expect(localDateOf(Date.UTC(2026, 0, 15, 8, 0), 'America/Los_Angeles')).toBe('2026-01-15');
    expect(localDateOf(Date.UTC(2025, 11, 31, 23, 0), 'Europe/Berlin')).toBe('2026-01-01');
  });
});

describe('startOfLocalDay across DST in Europe/Berlin', () => {
  it('2026-03-29 (spring forward) lasts 23 hours', () => {
    const start = startOfLocalDay('2026-03-29', 'Europe/Berlin');
    expect(start).toBe(Date.UTC(2026, 2, 28, 23));
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin') - start).toBe(23 * HOUR);
  });

  it('2026-10-25 (fall back) lasts 25 hours', () => {
    const start = startOfLocalDay('2026-10-25', 'Europe/Berlin');
    expect(start).toBe(Date.UTC(2026, 9, 24, 22));
    expect(startOfLocalDay('2026-10-26', 'Europe/Berlin') - start).toBe(25 * HOUR);
  });

  it('an ordinary day lasts 24 hours', () => {
    expect(startOfLocalDay('2026-01-16', 'Europe/Berlin') - startOfLocalDay('2026-01-15', 'Europe/Berlin')).toBe(
      24 * HOUR,
    );
  });

  it('a day whose midnight does not exist starts at its first real instant (Santiago springs forward at 00:00)', () => {
    const start = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(localDateOf(start, 'America/Santiago')).toBe('2026-09-06');
    expect(localDateOf(start - 1, 'America/Santiago')).toBe('2026-09-05');
  });
});

describe('instantOfLocal', () => {
  it('moves a nonexistent wall time forward: 02:30 on 2026-03-29 in Berlin is 03:30 CEST', () => {
    expect(instantOfLocal('2026-03-29', 2, 30, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('takes the first of two equal wall times when the clocks fall back', () => {
    expect(instantOfLocal('2026-10-25', 2, 30, 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('takes the first occurrence for half-hour shifts too (Lord Howe falls back from 02:00 to 01:30)', () => {
    expect(instantOfLocal('2026-04-05', 1, 45, 'Australia/Lord_Howe')).toBe(Date.UTC(2026, 3, 4, 14, 45));
  });

  it('starts a day whose midnight repeats at the first midnight (Havana falls back from 01:00 to 00:00)', () => {
    const start = startOfLocalDay('2026-11-01', 'America/Havana');
    expect(start).toBe(Date.UTC(2026, 10, 1, 4));
    expect(startOfLocalDay('2026-11-02', 'America/Havana') - start).toBe(25 * HOUR);
  });

  it('is the plain offset on ordinary days', () => {
    expect(instantOfLocal('2026-07-01', 9, 0, 'Europe/Berlin')).toBe(Date.UTC(2026, 6, 1, 7));
    expect(instantOfLocal('2026-01-15', 9, 0, 'America/New_York')).toBe(Date.UTC(2026, 0, 15, 14));
  });
});

describe('addDays and isoWeekday', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('numbers weekdays from Monday = 1 to Sunday = 7', () => {
    expect(['2026-01-12', '2026-01-15', '2026-01-17', '2026-01-18'].map(isoWeekday)).toEqual([1, 4, 6, 7]);
    expect(isoWeekday('2026-03-29')).toBe(7);
  });
});

describe('properties', () => {
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Pacific/Auckland',
    'Asia/Kolkata',
    'America/Santiago',
    'America/Havana',
    'Australia/Lord_Howe',
  ];
  const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });

  it('every instant lies inside the local day localDateOf names', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        const day = localDateOf(instant, zone);
        expect(startOfLocalDay(day, zone)).toBeLessThanOrEqual(instant);
        expect(startOfLocalDay(addDays(day, 1), zone)).toBeGreaterThan(instant);
      }),
      { numRuns: 300 },
    );
  });

  it('localDays names the same day as localDateOf, in any order of instants, across clock changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: Date.UTC(2026, 2, 20), max: Date.UTC(2026, 10, 10) }), { maxLength: 60 }),
        (zone, list) => {
          const days = localDays(zone);
          for (const instant of list) expect(days.dateOf(instant)).toBe(localDateOf(instant, zone));
          for (const instant of list) expect(days.startOf(localDateOf(instant, zone))).toBeLessThanOrEqual(instant);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('addDays agrees with isoWeekday: seven days later is the same weekday', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          expect(isoWeekday(addDays(day, 7))).toBe(isoWeekday(day));
          expect(addDays(addDays(day, 40), -40)).toBe(day);
        },
      ),
      { numRuns: 200 },
    );
  });
});
