/**
 * Retention (7 daily, 4 weekly, 12 monthly; other kinds 90 days) and its guard against an emptied
 * database rotating the good backups away, as a table over a fake calendar; then the daily scheduler on
 * real files with manual timers: one timer to the next due time, and what is left on disk.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../contract';
import { backupDirOf } from '../../app-core';
import { startBackupScheduler } from '../../host-services';
import { insertClients } from '../../testing/data-safety-fixtures';
import { createManualTimers, DAY, HOUR } from '../../testing/reminder-rig';
import { startTempCore, type TempCore } from '../../testing/temp-core';
import { backupFileName } from '../../db/backup';
import { backupsToDelete, isoWeekKey, type RetentionEntry } from './retention';

const JAN_1 = Date.UTC(2026, 0, 1, 9); // a Thursday
const day = (n: number) => JAN_1 + n * DAY;
const label = (at: number) => new Date(at).toISOString().slice(0, 10);

function entry(at: number, reason: BackupReason = 'daily', extra: Partial<RetentionEntry> = {}): RetentionEntry {
  return { file: backupFileName(reason, at), reason, createdAt: at, suspicious: false, totalRows: 100, ...extra };
}

/** The dates (YYYY-MM-DD) that survive. */
function survivors(entries: RetentionEntry[], now: number): string[] {
  const doomed = new Set(backupsToDelete(entries, now));
  return entries
    .filter((e) => !doomed.has(e.file))
    .map((e) => label(e.createdAt))
    .sort();
}

describe('retention', () => {
  it('knows ISO weeks (Monday first; the first week holds the first Thursday)', () => {
    expect(isoWeekKey(Date.UTC(2026, 0, 1))).toBe('2026-W01');
    expect(isoWeekKey(Date.UTC(2025, 11, 29))).toBe('2026-W01');
    expect(isoWeekKey(Date.UTC(2026, 0, 5))).toBe('2026-W02');
    expect(isoWeekKey(Date.UTC(2021, 0, 3))).toBe('2020-W53');
  });

  it('after 40 days of dailies keeps 7 days, the newest of 4 ISO weeks and of each month', () => {
    const dailies = Array.from({ length: 40 }, (_, n) => entry(day(n)));
    // Day 39 is Monday 2026-02-09: days 02-03..02-09; weeks W07 (02-09), W06 (02-08), W05 (02-01),
    // W04 (01-25); months February (02-09) and January (01-31).
    expect(survivors(dailies, day(39))).toEqual([
      '2026-01-25',
      '2026-01-31',
      '2026-02-01',
      '2026-02-03',
      '2026-02-04',
      '2026-02-05',
      '2026-02-06',
      '2026-02-07',
      '2026-02-08',
      '2026-02-09',
    ]);
  });

  it('keeps a year of monthly backups, and a gap (a month away) uses up no daily slot', () => {
    const yearly = Array.from({ length: 400 }, (_, n) => entry(day(n)));
    // Day 399 is Thursday 2027-02-04.
    expect(survivors(yearly, day(399))).toEqual([
      ...['03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'].map((d) => `2026-${d}`),
      ...['01-17', '01-24', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d) => `2027-${d}`),
    ]);

    const withGap = [...Array.from({ length: 10 }, (_, n) => entry(day(n))), entry(day(73))];
    // Days: 03-15 and 01-10..01-05; ISO week 2026-W01 adds 01-04.
    expect(survivors(withGap, day(73))).toEqual([
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-03-15',
    ]);
  });

  it('keeps manual, before-migration and before-restore backups 90 days, and the newest of each kind forever', () => {
    const entries = [
      entry(day(0), 'manual'),
      entry(day(1), 'manual'),
      entry(day(2), 'before-migration'),
      entry(day(100), 'manual'),
      entry(day(150), 'before-restore'),
      entry(day(200), 'daily'),
    ];
    expect(survivors(entries, day(200))).toEqual(['2026-01-03', '2026-04-11', '2026-05-31', '2026-07-20']);
  });

  it('deletes nothing while the newest backup is suspicious (under half the rows of the one before)', () => {
    const entries = [
      ...Array.from({ length: 30 }, (_, n) => entry(day(n))),
      entry(day(30), 'daily', { suspicious: true, totalRows: 3 }),
    ];
    expect(backupsToDelete(entries, day(30))).toEqual([]);
  });

  it('never lets small backups after a drop rotate away the last good one', () => {
    // 10 good days, then the data is wiped and every later backup is small: only the first small one is
    // suspicious (the next ones compare with it). Two months on, no daily/weekly/monthly slot holds a
    // good day any more — the suspicious backup keeps its predecessor, for its own 90 days.
    const entries = [
      ...Array.from({ length: 10 }, (_, n) => entry(day(n))),
      entry(day(10), 'daily', { suspicious: true, totalRows: 3 }),
      ...Array.from({ length: 59 }, (_, n) => entry(day(11 + n), 'daily', { totalRows: 3 })),
    ];
    const kept = survivors(entries, day(69));
    expect(kept).toContain('2026-01-10');
    expect(kept).toContain('2026-01-11');
    expect(kept.filter((d) => d < '2026-01-31')).toEqual(['2026-01-10', '2026-01-11']);
    expect(survivors(entries, day(10 + 91))).not.toContain('2026-01-10');
  });
});

describe('the daily backup scheduler on real files', () => {
  let t: TempCore;
  afterEach(() => t.cleanup());

  const names = () =>
    fs
      .readdirSync(backupDirOf(t.dataDir))
      .filter((name) => name.endsWith('.sqlite'))
      .sort();

  it('backs up when due, arms one timer a day ahead, and leaves what retention keeps', async () => {
    t = await startTempCore();
    insertClients(t.core.context.sqlite, 3);
    const timers = createManualTimers({ now: () => t.clock.now(), set: (at) => t.clock.set(at, { freeze: true }) });
    const scheduler = startBackupScheduler(t.core, { timers, startDelayMs: 30_000 });
    expect(timers.delays).toEqual([30_000]);
    timers.advance(30_000);
    await scheduler.whenIdle();
    expect(names()).toEqual(['gigline-daily-2026-01-15T09-00-30-000Z.sqlite']);
    expect(scheduler.nextRunAt()).toBe(t.clock.now() + DAY);

    for (let n = 1; n < 16; n++) {
      timers.advance(DAY);
      await scheduler.whenIdle();
    }
    expect(timers.pendingCount()).toBe(1);
    expect(Math.max(...timers.delays)).toBeLessThanOrEqual(DAY);
    // The 16th backup is Friday 2026-01-30: days 01-24..01-30, and week W03's newest, 01-18.
    expect(names().map((name) => name.slice(14, 24))).toEqual([
      '2026-01-18',
      '2026-01-24',
      '2026-01-25',
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
    ]);
    scheduler.stop();
    expect(timers.pendingCount()).toBe(0);
  });

  it('waits for the due time when the newest daily is recent, and retries an hour after a failure', async () => {
    t = await startTempCore();
    const timers = createManualTimers({ now: () => t.clock.now(), set: (at) => t.clock.set(at, { freeze: true }) });
    await t.core.context.data.createBackup('daily');
    t.advance(6 * HOUR);
    const scheduler = startBackupScheduler(t.core, { timers });
    expect(timers.delays).toEqual([18 * HOUR]);

    fs.renameSync(backupDirOf(t.dataDir), `${backupDirOf(t.dataDir)}-away`);
    fs.writeFileSync(backupDirOf(t.dataDir), 'not a folder');
    timers.advance(18 * HOUR);
    await scheduler.whenIdle();
    expect(timers.delays.at(-1)).toBe(HOUR);
    expect(t.log.entries.some((e) => e.level === 'warn' && /daily backup failed/.test(e.message))).toBe(true);

    fs.rmSync(backupDirOf(t.dataDir));
    fs.renameSync(`${backupDirOf(t.dataDir)}-away`, backupDirOf(t.dataDir));
    timers.advance(HOUR);
    await scheduler.whenIdle();
    expect(names()).toHaveLength(2);
    expect(timers.delays.at(-1)).toBe(DAY);
    scheduler.stop();
  });
});
