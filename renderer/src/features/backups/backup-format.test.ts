import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import {
  backupWhenLabels,
  countsInSentence,
  countsInWords,
  formatBackupWhen,
  formatSize,
  reasonLabels,
  restoreErrorMessage,
} from './backup-format';

describe('formatSize', () => {
  it('uses bytes, then KB, MB and GB with one decimal below 100', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(999)).toBe('999 bytes');
    expect(formatSize(1000)).toBe('1 KB');
    expect(formatSize(565_248)).toBe('565 KB');
    expect(formatSize(1_430_000)).toBe('1.4 MB');
    expect(formatSize(262_000_000)).toBe('262 MB');
    expect(formatSize(2_100_000_000)).toBe('2.1 GB');
  });
});

describe('counts in words', () => {
  it('names the four lists people know, singular and plural', () => {
    expect(countsInWords({ clients: 12, gigs: 40, interviews: 9, deadlines: 30, contacts: 50 })).toBe(
      '12 clients · 40 gigs · 9 interviews · 30 deadlines',
    );
    expect(countsInWords({ clients: 1, gigs: 1, interviews: 1, deadlines: 1 })).toBe(
      '1 client · 1 gig · 1 interview · 1 deadline',
    );
    expect(countsInWords({ clients: 2 })).toBe('2 clients · 0 gigs · 0 interviews · 0 deadlines');
    expect(countsInWords(null)).toBeNull();
  });

  it('reads as a sentence in the restore confirmation', () => {
    expect(countsInSentence({ clients: 2, gigs: 1, interviews: 0, deadlines: 3 })).toBe(
      'with 2 clients, 1 gig, 0 interviews and 3 deadlines',
    );
    expect(countsInSentence(null)).toBe('whose contents are not recorded');
  });
});

describe('reason labels', () => {
  it('say why in words', () => {
    expect(reasonLabels).toEqual({
      daily: 'Daily',
      manual: 'Manual',
      'before-migration': 'Before an update',
      'before-restore': 'Before a restore',
    });
  });
});

describe('backupWhenLabels', () => {
  it('adds seconds only where two backups share a minute', () => {
    const base = Date.UTC(2026, 0, 12, 13, 5, 0);
    const backups = [
      { file: 'a', createdAt: base + 37_000 },
      { file: 'b', createdAt: base + 12_000 },
      { file: 'c', createdAt: base - 86_400_000 },
    ];
    const labels = backupWhenLabels(backups);
    expect(labels.get('c')).toBe(formatBackupWhen(base - 86_400_000));
    expect(labels.get('a')).toBe(formatBackupWhen(base + 37_000, true));
    expect(labels.get('b')).toBe(formatBackupWhen(base + 12_000, true));
    expect(labels.get('a')).not.toBe(labels.get('b'));
  });
});

describe('restoreErrorMessage', () => {
  const api = (code: ConstructorParameters<typeof ApiError>[0]['code'], message: string) =>
    new ApiError({ code, message });

  it('explains each refusal and says the data was not changed', () => {
    for (const [code, expected] of [
      ['DB_CORRUPT', /damaged/],
      ['DB_FROM_FUTURE', /newer version of Gigline/],
      ['NOT_FOUND', /no longer in the backups folder/],
      ['STORAGE_FULL', /disk is full/],
    ] as const) {
      const message = restoreErrorMessage(api(code, 'detail'));
      expect(message).toMatch(expected);
      expect(message).toMatch(/not changed|Nothing was changed/);
    }
  });

  it('keeps the core’s reason for a file that is not a Gigline database', () => {
    expect(restoreErrorMessage(api('VALIDATION', 'This file is not a Gigline database.'))).toBe(
      'This file is not a Gigline database. Your data was not changed.',
    );
  });
});
