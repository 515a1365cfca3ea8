import { describe, expect, it } from 'vitest';
import { timeParts, type TimeParts } from './block-time';

const at = Date.UTC(2026, 0, 15, 13, 5); // 14:05 in Berlin, 22:05 in Seoul
const whole = (parts: TimeParts) => (parts.periodFirst ? parts.period + parts.rest : parts.rest + parts.period);
const format = (zone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(at);

describe('week block time parts', () => {
  it('splits off the day period with its space, and puts the time back together unchanged', () => {
    const parts = timeParts(at, 'Europe/Berlin', 'en-US');
    expect(parts.rest).toBe('2:05');
    expect(parts.period.trim()).toBe('PM');
    expect(parts.periodFirst).toBe(false);
    expect(whole(parts)).toBe(format('Europe/Berlin', 'en-US'));
  });

  it('has no period in a 24-hour locale', () => {
    const parts = timeParts(at, 'Europe/Berlin', 'de-DE');
    expect(parts).toEqual({ period: '', periodFirst: false, rest: format('Europe/Berlin', 'de-DE') });
  });

  it('keeps a period that comes first in front', () => {
    const parts = timeParts(at, 'Asia/Seoul', 'ko-KR');
    expect(parts.periodFirst).toBe(true);
    expect(parts.period.length).toBeGreaterThan(0);
    expect(whole(parts)).toBe(format('Asia/Seoul', 'ko-KR'));
  });
});
