import { describe, expect, it } from 'vitest';
import { DAY_MS, daysInStage, isStale, shortTimeInStage, staleAfterDays, timeInStageLabel } from './time-in-stage';

const now = Date.UTC(2026, 4, 20, 12);

describe('time in stage', () => {
  it('counts whole days and never goes negative', () => {
    expect(daysInStage(now, now)).toBe(0);
    expect(daysInStage(now - DAY_MS + 1, now)).toBe(0);
    expect(daysInStage(now - DAY_MS, now)).toBe(1);
    expect(daysInStage(now - 12.5 * DAY_MS, now)).toBe(12);
    expect(daysInStage(now + 5 * DAY_MS, now)).toBe(0);
  });

  it('labels the duration', () => {
    expect(timeInStageLabel(now, now)).toBe('Moved here today');
    expect(timeInStageLabel(now - DAY_MS, now)).toBe('1 day in stage');
    expect(timeInStageLabel(now - 12 * DAY_MS, now)).toBe('12 days in stage');
    expect(shortTimeInStage(now, now)).toBe('Today');
    expect(shortTimeInStage(now - DAY_MS, now)).toBe('1 day');
    expect(shortTimeInStage(now - 1200 * DAY_MS, now)).toBe('1,200 days');
  });

  it('goes stale after the stage’s follow-up days, or two weeks without them', () => {
    const applied = { kind: 'open' as const, followUpDays: 7 };
    const lead = { kind: 'open' as const, followUpDays: null };
    expect(staleAfterDays(applied)).toBe(7);
    expect(staleAfterDays(lead)).toBe(14);
    expect(isStale(applied, now - 7 * DAY_MS, now)).toBe(false);
    expect(isStale(applied, now - 8 * DAY_MS, now)).toBe(true);
    expect(isStale(lead, now - 14 * DAY_MS, now)).toBe(false);
    expect(isStale(lead, now - 15 * DAY_MS, now)).toBe(true);
  });

  it('never flags won or lost stages', () => {
    expect(isStale({ kind: 'won', followUpDays: null }, now - 400 * DAY_MS, now)).toBe(false);
    expect(isStale({ kind: 'lost', followUpDays: 3 }, now - 400 * DAY_MS, now)).toBe(false);
  });
});
