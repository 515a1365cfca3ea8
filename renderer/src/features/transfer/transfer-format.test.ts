import { describe, expect, it } from 'vitest';
import { exportedMessage, formatBytes, formatProgress, startOfLocalDay } from './transfer-format';

describe('export toasts', () => {
  it('say how many of what went into which file', () => {
    expect(exportedMessage('clients', 42, 'gigline-clients-2026-11-26.csv')).toBe(
      'Exported 42 clients to gigline-clients-2026-11-26.csv',
    );
    expect(exportedMessage('gigs', 1, 'g.csv')).toBe('Exported 1 gig to g.csv');
    expect(exportedMessage('calendar', 0, 'c.ics')).toBe('Exported no events to c.ics');
    expect(exportedMessage('everything', 1200, 'e.json')).toBe(`Exported ${(1200).toLocaleString()} records to e.json`);
  });
});

describe('import progress', () => {
  it('starts without a share until the core reports one', () => {
    expect(formatProgress(null)).toEqual({ label: 'Starting…', fraction: null });
    expect(formatProgress({ kind: 'json', phase: 'indexing', done: 0, total: 0 })).toEqual({
      label: 'Updating search…',
      fraction: null,
    });
  });

  it('names the phase and counts rows, never past the total', () => {
    const half = formatProgress({ kind: 'clients-csv', phase: 'validating', done: 3000, total: 6000 });
    expect(half.fraction).toBe(0.5);
    expect(half.label).toBe(`Checking rows: ${(3000).toLocaleString()} of ${(6000).toLocaleString()}`);
    expect(formatProgress({ kind: 'gigs-csv', phase: 'writing', done: 12, total: 10 }).fraction).toBe(1);
  });
});

describe('small formats', () => {
  it('sizes', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(12_700)).toBe('12.4 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  it('a date field’s day as its local midnight, and nothing for a day that does not exist', () => {
    expect(startOfLocalDay('2026-11-26')).toBe(new Date(2026, 10, 26).getTime());
    expect(startOfLocalDay('2026-02-30')).toBeNull();
    expect(startOfLocalDay('')).toBeNull();
  });
});
