/**
 * localDayRuns against the slow, obvious answer: for every day of three years in zones with hour and
 * half-hour clock changes, no changes, and a southern-hemisphere summer, the end of the day read from the
 * runs equals the start of the next local day asked of Intl directly.
 */
import { describe, expect, it } from 'vitest';
import { endOfDayIn, localDayRuns } from './local-day-runs';
import { addDays, startOfLocalDay } from './local-time';

const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

describe('localDayRuns', () => {
  for (const zone of zones) {
    it(`ends every day where the next one starts in ${zone}`, () => {
      const runs = localDayRuns('2024-01-01', '2026-12-31', zone);
      expect(runs[0]?.from).toBe('2024-01-01');
      expect(runs.at(-1)?.to).toBe('2026-12-31');
      let day = '2024-01-01';
      for (const run of runs) {
        expect(run.from).toBe(day);
        for (let d = run.from; d <= run.to; d = addDays(d, 1)) {
          expect(endOfDayIn(run, d), `${zone} ${d}`).toBe(startOfLocalDay(addDays(d, 1), zone));
        }
        day = addDays(run.to, 1);
      }
      expect(day).toBe('2027-01-01');
    });
  }

  it('keeps runs few: one per stretch between clock changes', () => {
    expect(localDayRuns('2024-01-01', '2026-12-31', 'UTC')).toHaveLength(1);
    // Three years of Berlin: six changes, each a 23- or 25-hour day of its own between even runs.
    expect(localDayRuns('2024-01-01', '2026-12-31', 'Europe/Berlin')).toHaveLength(13);
  });

  it('gives nothing for an empty range and one run for a single day', () => {
    expect(localDayRuns('2026-02-02', '2026-02-01', 'UTC')).toEqual([]);
    expect(localDayRuns('2025-10-26', '2025-10-26', 'Europe/Berlin')).toEqual([
      {
        from: '2025-10-26',
        to: '2025-10-26',
        start: Date.UTC(2025, 9, 25, 22),
        end: Date.UTC(2025, 9, 26, 23),
      },
    ]);
  });
});
