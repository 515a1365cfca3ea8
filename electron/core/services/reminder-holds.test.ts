/**
 * What holds a reminder back and what re-arms it: quiet hours (important items break through), pause,
 * the one idle timer, settings changes, and the actions on a reminder (snooze presets, complete,
 * delete or move its deadline).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../contract';
import { TEST_START } from '../testing/temp-core';
import {
  act,
  createReminderRig,
  deadline,
  DAY,
  HOUR,
  MINUTE,
  reminderOf,
  type ReminderRig,
  type RigOptions,
} from '../testing/reminder-rig';
import { makeClient, makeGig } from '../testing/pipeline-fixtures';
import { MAX_WAIT_MS } from './reminder-scheduler';

let rig: ReminderRig;
afterEach(() => rig.cleanup());

async function setUp(settings: Partial<ReminderSettings> = {}, options: RigOptions = {}) {
  rig = await createReminderRig(options);
  await rig.t.call('settings.update', { reminders: { deadlineMorningOf: false, ...settings } });
  rig.start();
}

const logOf = (id: number) =>
  (
    rig.t.core.context.sqlite
      .prepare('SELECT delivered_at AS at FROM reminder_deliveries WHERE reminder_id = ? ORDER BY at')
      .all(id) as { at: number }[]
  ).map((r) => r.at);

async function leadReminder(title: string, dueAt: number, extra: { important?: boolean } = {}) {
  const d = await deadline(rig, { title, dueAt, reminderOffsets: [60], ...extra });
  return { deadline: d, reminder: reminderOf(rig, 'deadline', d.id, 'lead:60') };
}

describe('quiet hours 22:00–08:00 (wrapping midnight)', () => {
  it('hold ordinary reminders until 08:00; important deadlines and interviews break through', async () => {
    await setUp({ quietHours: { enabled: true, start: '22:00', end: '08:00' } });
    const night = Date.UTC(2026, 0, 16);
    const { reminder: ordinary } = await leadReminder('Ordinary', night);
    const { reminder: important } = await leadReminder('Important', night + 30 * MINUTE, { important: true });
    const { reminder: early } = await leadReminder('Early', night + 8 * HOUR);
    const client = await makeClient(rig.t, 'Acme');
    const gig = await makeGig(rig.t, client.id, 'Rebuild');
    const interview = await act(rig, 'interviews.create', {
      gigId: gig.id,
      startsAt: night + 2 * HOUR + 10 * MINUTE,
      timeZone: 'UTC',
    });
    const tenBefore = reminderOf(rig, 'interview', interview.id, 'lead:10');
    const thankYou = reminderOf(rig, 'interview', interview.id, 'thank_you');
    const delaysBefore = rig.timers.delays.length;
    rig.advanceTo(night + 8 * HOUR - 1);
    expect(logOf(important.id)).toEqual([night - 30 * MINUTE]);
    expect(logOf(tenBefore.id)).toEqual([night + 2 * HOUR]);
    expect([ordinary, early, thankYou].map((r) => rig.notifiedCount(r.id))).toEqual([0, 0, 0]);
    rig.advance(1);
    for (const r of [ordinary, early, thankYou]) expect(logOf(r.id)).toEqual([night + 8 * HOUR]);
    rig.advance(2 * DAY);
    for (const r of [ordinary, early, thankYou, important, tenBefore]) expect(rig.notifiedCount(r.id)).toBe(1);
    // Held reminders wait on one timer to the end of the window: no spinning through the night.
    expect(rig.timers.delays.length - delaysBefore).toBeLessThan(20);
  });
});

describe('pause', () => {
  it('holds everything, important too, until it ends, then delivers each once', async () => {
    await setUp();
    const { reminder: a } = await leadReminder('A', TEST_START + 90 * MINUTE);
    const { reminder: b } = await leadReminder('B', TEST_START + 100 * MINUTE, { important: true });
    const { reminder: c } = await leadReminder('C', TEST_START + 3 * HOUR);
    const paused = await act(rig, 'reminders.pause', { minutes: 60 });
    expect(paused.pausedUntil).toBe(TEST_START + HOUR);
    expect((await rig.t.call('reminders.upcoming', {})).pausedUntil).toBe(TEST_START + HOUR);
    rig.advanceTo(TEST_START + HOUR - 1);
    expect(rig.delivered).toEqual([]);
    rig.advance(1);
    expect(logOf(a.id)).toEqual([TEST_START + HOUR]);
    expect(logOf(b.id)).toEqual([TEST_START + HOUR]);
    rig.advance(DAY);
    expect(logOf(c.id)).toEqual([TEST_START + 2 * HOUR]);
    expect(rig.delivered).toHaveLength(3);
  });

  it('pause 0 ends a pause early', async () => {
    await setUp();
    const { reminder } = await leadReminder('A', TEST_START + 90 * MINUTE);
    await act(rig, 'reminders.pause', { minutes: 120 });
    rig.advanceTo(TEST_START + 40 * MINUTE);
    await act(rig, 'reminders.pause', { minutes: 0 });
    expect(logOf(reminder.id)).toEqual([TEST_START + 40 * MINUTE]);
  });
});

describe('one timer', () => {
  it('an idle scheduler holds exactly one timer, re-armed (not added) when data changes', async () => {
    await setUp({}, { debounceMs: 100 });
    expect(rig.scheduler.timerCount()).toBe(1);
    const late = await rig.t.call('deadlines.create', {
      title: 'Late',
      dueAt: TEST_START + 5 * HOUR,
      reminderOffsets: [60],
    });
    for (let i = 0; i < 5; i++) await rig.t.call('deadlines.update', { id: late.id, title: `Late ${i}` });
    expect(rig.scheduler.timerCount()).toBe(2);
    const debounces = rig.timers.delays.filter((ms) => ms === 100).length;
    expect(debounces).toBe(1);
    rig.advance(100);
    expect(rig.scheduler.timerCount()).toBe(1);
    expect(rig.timers.pendingCount()).toBe(1);
    expect(rig.scheduler.nextWakeAt()).toBe(TEST_START + 4 * HOUR);
    await rig.t.call('deadlines.create', { title: 'Soon', dueAt: TEST_START + 2 * HOUR, reminderOffsets: [60] });
    rig.advance(100);
    expect(rig.timers.pendingCount()).toBe(1);
    expect(rig.scheduler.nextWakeAt()).toBe(TEST_START + HOUR);
    rig.advance(2 * DAY);
    expect(rig.timers.pendingCount()).toBe(1);
    expect(rig.scheduler.nextWakeAt()! - rig.now()).toBeLessThanOrEqual(MAX_WAIT_MS);
    rig.scheduler.stop();
    expect(rig.timers.pendingCount()).toBe(0);
  });
});

describe('settings changes', () => {
  it('a new all-day time moves armed reminders and never repeats a delivered one', async () => {
    await setUp({ deadlineMorningOf: true, deadlineLeadMinutes: [] });
    const today = await deadline(rig, { title: 'Today', dueDate: '2026-01-16' });
    const tomorrow = await deadline(rig, { title: 'Tomorrow', dueDate: '2026-01-17' });
    rig.advanceTo(Date.UTC(2026, 0, 16, 9, 30));
    const delivered = reminderOf(rig, 'deadline', today.id, 'morning');
    expect(rig.notifiedCount(delivered.id)).toBe(1);
    await act(rig, 'settings.update', { reminders: { allDayTime: '10:00' } });
    await act(rig, 'settings.update', { reminders: { allDayTime: '08:00' } });
    const moved = reminderOf(rig, 'deadline', tomorrow.id, 'morning');
    expect(moved.fireAt).toBe(Date.UTC(2026, 0, 17, 8));
    rig.advanceTo(Date.UTC(2026, 0, 18));
    expect(rig.notifiedCount(delivered.id)).toBe(1);
    expect(logOf(moved.id)).toEqual([Date.UTC(2026, 0, 17, 8)]);
  });

  it('a lead time added today does not deliver reminders for moments already past', async () => {
    await setUp({ deadlineLeadMinutes: [60] });
    const d = await deadline(rig, { title: 'Pitch', dueAt: TEST_START + 3 * DAY });
    rig.advanceTo(TEST_START + 2 * DAY + 12 * HOUR);
    await act(rig, 'settings.update', { reminders: { deadlineLeadMinutes: [2 * 24 * 60, 24 * 60, 60] } });
    expect(rig.delivered).toEqual([]);
    expect(reminderOf(rig, 'deadline', d.id, 'lead:2880').state).toBe('cancelled');
    rig.advance(DAY);
    expect(rig.delivered.map((x) => x.title)).toEqual(['Due in 1 hour: Pitch']);
  });
});

describe('acting on a reminder', () => {
  it('snooze presets: 10 minutes, 1 hour, tomorrow at the all-day time in the local zone; custom times', async () => {
    await setUp({ allDayTime: '08:15' }, { zone: 'Europe/Berlin' });
    const { reminder } = await leadReminder('Invoice', TEST_START + 2 * HOUR);
    rig.advanceTo(reminder.fireAt);
    const at = rig.now();
    const snooze = (input: { preset?: '10m' | '1h' | 'tomorrow'; until?: number }) =>
      rig.t.call('reminders.snooze', { id: reminder.id, ...input });
    expect((await snooze({ preset: '10m' })).dueAt).toBe(at + 10 * MINUTE);
    expect((await snooze({ preset: '1h' })).dueAt).toBe(at + HOUR);
    // 2026-01-15 11:00 in Berlin → 2026-01-16 08:15 CET = 07:15 UTC.
    expect((await snooze({ preset: 'tomorrow' })).dueAt).toBe(Date.UTC(2026, 0, 16, 7, 15));
    expect((await snooze({ until: at + 5 * HOUR })).dueAt).toBe(at + 5 * HOUR);
    const past = await rig.t.core.dispatch('reminders.snooze', { id: reminder.id, until: at - 1 });
    expect(past.ok ? null : past.error.code).toBe('VALIDATION');
    rig.timers.flush();
    rig.advance(2 * DAY);
    expect(logOf(reminder.id)).toEqual([at, at + 5 * HOUR]);
  });

  it('complete on a deadline reminder completes the deadline and cancels its other reminders', async () => {
    await setUp({ deadlineLeadMinutes: [120, 60] });
    const d = await deadline(rig, { title: 'Invoice', dueAt: TEST_START + 3 * HOUR });
    const first = reminderOf(rig, 'deadline', d.id, 'lead:120');
    rig.advanceTo(first.fireAt);
    const done = await act(rig, 'reminders.complete', { id: first.id });
    expect(done.state).toBe('done');
    expect((await rig.t.call('deadlines.get', { id: d.id })).completedAt).toBe(rig.now());
    expect(reminderOf(rig, 'deadline', d.id, 'lead:60').state).toBe('cancelled');
    rig.advance(DAY);
    expect(rig.delivered).toHaveLength(1);
    expect((await rig.t.call('reminders.inbox', {})).items).toEqual([]);
  });

  it('deleting a deadline cancels its pending reminders', async () => {
    await setUp();
    const { deadline: d, reminder } = await leadReminder('Invoice', TEST_START + 3 * HOUR);
    await act(rig, 'deadlines.delete', { id: d.id });
    expect(reminderOf(rig, 'deadline', d.id, 'lead:60').state).toBe('cancelled');
    rig.advance(DAY);
    expect(rig.notifiedCount(reminder.id)).toBe(0);
  });

  it('moving a deadline re-arms its delivered reminder for the new time; moving it back is not a repeat', async () => {
    await setUp();
    const { deadline: d, reminder } = await leadReminder('Invoice', TEST_START + 3 * HOUR);
    rig.advanceTo(reminder.fireAt);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    await act(rig, 'deadlines.update', { id: d.id, dueAt: TEST_START + 6 * HOUR });
    expect(reminderOf(rig, 'deadline', d.id, 'lead:60')).toMatchObject({
      state: 'pending',
      fireAt: TEST_START + 5 * HOUR,
    });
    rig.advanceTo(TEST_START + 5 * HOUR + MINUTE);
    expect(logOf(reminder.id)).toEqual([TEST_START + 2 * HOUR, TEST_START + 5 * HOUR]);
    // Back to 12:00: its 1-hour reminder (11:00) was already shown for that time and is now past.
    await act(rig, 'deadlines.update', { id: d.id, dueAt: TEST_START + 3 * HOUR });
    rig.advance(DAY);
    expect(logOf(reminder.id)).toHaveLength(2);
  });
});
