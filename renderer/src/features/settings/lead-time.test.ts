import { describe, expect, it } from 'vitest';
import { formatDuration, formatLeadTime, parseLeadTime, withLeadTime } from './lead-time';

describe('parseLeadTime', () => {
  it.each([
    ['3 days', 4320],
    ['1 day', 1440],
    ['2 hours', 120],
    ['2h', 120],
    ['90m', 90],
    ['10 minutes before', 10],
    ['1 week', 10080],
    ['1 day 2 hours', 1560],
    ['1 day, 2 hours and 5 min', 1565],
    ['1.5 hours', 90],
    ['  3 Days  ', 4320],
    ['45', 45],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseLeadTime(text)).toBe(minutes);
  });

  it.each(['', 'soon', '3 fortnights', 'days 3', '0 minutes', '1.5 minutes', '3 days later', 'x2h'])(
    'refuses %j',
    (text) => {
      expect(parseLeadTime(text)).toBeNull();
    },
  );
});

describe('formatLeadTime', () => {
  it.each([
    [4320, '3 days before'],
    [1440, '1 day before'],
    [120, '2 hours before'],
    [60, '1 hour before'],
    [10, '10 minutes before'],
    [1, '1 minute before'],
    [1500, '1 day 1 hour before'],
    [90, '1 hour 30 minutes before'],
  ])('shows %i minutes as %j', (minutes, text) => {
    expect(formatLeadTime(minutes)).toBe(text);
  });

  it('reads back what it writes', () => {
    for (const minutes of [1, 10, 59, 60, 61, 1439, 1440, 1441, 4320, 86_400]) {
      expect(parseLeadTime(formatLeadTime(minutes))).toBe(minutes);
    }
  });

  it('says 0 minutes for nothing', () => {
    expect(formatDuration(0)).toBe('0 minutes');
  });
});

describe('withLeadTime', () => {
  it('keeps the list unique and longest first', () => {
    expect(withLeadTime([1440, 4320], 120)).toEqual([4320, 1440, 120]);
    expect(withLeadTime([1440, 4320], 1440)).toEqual([4320, 1440]);
  });
});
