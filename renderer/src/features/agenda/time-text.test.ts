import { describe, expect, it } from 'vitest';
import {
  dateKeyIn,
  dayLabel,
  formatDue,
  formatMinutes,
  formatTime,
  instantOf,
  overdueText,
  sameWallClock,
  timeElsewhere,
  zoneCity,
} from './time-text';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
// Thursday 15 January 2026, 09:00 in Berlin (08:00 UTC).
const NOW = Date.UTC(2026, 0, 15, 8, 0);

describe('instants from wall-clock times', () => {
  it('reads a date and time in the given zone', () => {
    expect(instantOf('2026-01-15', '10:00', BERLIN)).toBe(Date.UTC(2026, 0, 15, 9, 0));
    expect(instantOf('2026-01-15', '10:00', NEW_YORK)).toBe(Date.UTC(2026, 0, 15, 15, 0));
  });

  it('follows daylight saving time (Berlin moves to UTC+2 on 29 March 2026)', () => {
    expect(instantOf('2026-03-30', '10:00', BERLIN)).toBe(Date.UTC(2026, 2, 30, 8, 0));
  });

  it('moves a time skipped by the spring-forward gap to after it, and reads zones with odd offsets', () => {
    expect(instantOf('2026-03-29', '02:30', BERLIN)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(instantOf('2026-10-25', '02:30', BERLIN)).toBe(Date.UTC(2026, 9, 25, 1, 30));
    expect(instantOf('2026-01-15', '10:00', 'Asia/Kathmandu')).toBe(Date.UTC(2026, 0, 15, 4, 15));
    expect(instantOf('2026-01-15', '10:00', 'America/St_Johns')).toBe(Date.UTC(2026, 0, 15, 13, 30));
  });

  it('gives null for a missing or malformed part', () => {
    expect(instantOf('', '10:00', BERLIN)).toBeNull();
    expect(instantOf('2026-01-15', '', BERLIN)).toBeNull();
    expect(instantOf('15.01.2026', '10:00', BERLIN)).toBeNull();
    expect(instantOf('2026-13-01', '10:00', BERLIN)).toBeNull();
  });

  it('round-trips through dateKeyIn', () => {
    const at = instantOf('2026-12-31', '23:30', TOKYO);
    expect(at).not.toBeNull();
    expect(dateKeyIn(at ?? 0, TOKYO)).toBe('2026-12-31');
    expect(dateKeyIn(at ?? 0, BERLIN)).toBe('2026-12-31');
    expect(dateKeyIn(at ?? 0, NEW_YORK)).toBe('2026-12-31');
  });
});

describe('the client’s time beside the user’s', () => {
  const tenInNewYork = Date.UTC(2026, 0, 15, 15, 0);

  it('names the other zone’s time and city when its clock differs', () => {
    expect(formatTime(tenInNewYork, NEW_YORK, 'en-GB')).toBe('10:00');
    expect(timeElsewhere(tenInNewYork, NEW_YORK, BERLIN, 'en-GB')).toBe('16:00 in Berlin');
  });

  it('adds the weekday when the other zone is already on another day', () => {
    const lateEvening = Date.UTC(2026, 0, 16, 2, 0); // Thu 21:00 in New York, Fri 11:00 in Tokyo
    expect(timeElsewhere(lateEvening, NEW_YORK, TOKYO, 'en-GB')).toBe('11:00 Fri in Tokyo');
  });

  it('says nothing when both zones read the same (same zone, or a different name for the same clock)', () => {
    expect(timeElsewhere(tenInNewYork, BERLIN, BERLIN)).toBeNull();
    expect(timeElsewhere(tenInNewYork, BERLIN, null)).toBeNull();
    expect(sameWallClock(tenInNewYork, BERLIN, 'Europe/Paris')).toBe(true);
  });

  it('shortens zone names to their city', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});

describe('days and due dates', () => {
  it('names nearby days and formats others', () => {
    expect(dayLabel('2026-01-15', '2026-01-15')).toBe('Today');
    expect(dayLabel('2026-01-16', '2026-01-15')).toBe('Tomorrow');
    expect(dayLabel('2026-01-14', '2026-01-15')).toBe('Yesterday');
    expect(dayLabel('2026-01-20', '2026-01-15', 'en-US')).toBe('Tue, Jan 20');
    expect(dayLabel('2027-01-20', '2026-01-15', 'en-US')).toBe('Wed, Jan 20, 2027');
  });

  it('formats timed and all-day deadlines relative to today', () => {
    const fivePm = Date.UTC(2026, 0, 15, 16, 0);
    expect(formatDue({ dueAt: fivePm, dueDate: null }, NOW, BERLIN, 'en-GB')).toBe('Today, 17:00');
    expect(formatDue({ dueAt: null, dueDate: '2026-01-16' }, NOW, BERLIN)).toBe('Tomorrow · All day');
  });

  it('says how overdue a deadline is in minutes, hours or calendar days', () => {
    expect(overdueText({ dueAt: NOW - 25 * 60_000, dueDate: null }, NOW, BERLIN)).toBe('Overdue 25 minutes');
    expect(overdueText({ dueAt: NOW - 3 * 3_600_000, dueDate: null }, NOW, BERLIN)).toBe('Overdue 3 hours');
    expect(overdueText({ dueAt: NOW - 49 * 3_600_000, dueDate: null }, NOW, BERLIN)).toBe('Overdue 2 days');
    expect(overdueText({ dueAt: null, dueDate: '2026-01-14' }, NOW, BERLIN)).toBe('Overdue 1 day');
    expect(overdueText({ dueAt: null, dueDate: '2026-01-12' }, NOW, BERLIN)).toBe('Overdue 3 days');
  });

  it('writes durations in words', () => {
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
    expect(formatMinutes(45)).toBe('45 minutes');
  });
});
