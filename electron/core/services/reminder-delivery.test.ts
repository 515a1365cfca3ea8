/**
 * N1–N3 and N8–N12 of the reliability catalogue: exactly-once delivery while running, across restarts,
 * at catch-up, across sleep and clock jumps, with snooze and dismiss. Real SQLite, manual timers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
} from '../testing/reminder-rig';
import { MAX_WAIT_MS } from './reminder-scheduler';

let rig: ReminderRig;
beforeEach(async () => {
  rig = await createReminderRig();
  // Only the lead times each test sets; the morning-of rule has its own tests.
  await rig.t.call('settings.update', { reminders: { deadlineMorningOf: false } });
});
afterEach(() => rig.cleanup());

const sqlite = () => rig.t.core.context.sqlite;
const deliveryLog = (reminderId: number) =>
  sqlite()
    .prepare(
      'SELECT due_at AS dueAt, delivered_at AS deliveredAt, channel FROM reminder_deliveries WHERE reminder_id = ?',
    )
    .all(reminderId) as { dueAt: number; deliveredAt: number; channel: string }[];

/** A deadline with one reminder `leadMinutes` before it and no morning-of reminder. */
async function timedDeadline(title: string, dueAt: number, leadMinutes = 60) {
  const d = await deadline(rig, { title, dueAt, reminderOffsets: [leadMinutes] });
  return { deadline: d, reminder: reminderOf(rig, 'deadline', d.id, `lead:${leadMinutes}`) };
}

describe('N1 due while running', () => {
  it('notifies exactly once at the due instant and marks the row delivered', async () => {
    rig.start();
    const { deadline: d, reminder } = await timedDeadline('Invoice', TEST_START + 2 * DAY + 8 * HOUR);
    expect(reminder.fireAt).toBe(TEST_START + 2 * DAY + 7 * HOUR);
    rig.advanceTo(reminder.fireAt - 1);
    expect(rig.notifiedCount(reminder.id)).toBe(0);
    rig.advance(1);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect(rig.delivered.at(-1)).toMatchObject({ kind: 'single', title: 'Due in 1 hour: Invoice' });
    expect(reminderOf(rig, 'deadline', d.id, 'lead:60').state).toBe('delivered');
    // G7: shown at fire_at, not a poll interval later.
    expect(deliveryLog(reminder.id)).toEqual([
      { dueAt: reminder.fireAt, deliveredAt: reminder.fireAt, channel: 'notification' },
    ]);
    rig.advance(3 * DAY);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect((await rig.t.call('reminders.inbox', {})).items.map((r) => r.id)).toEqual([reminder.id]);
  });
});

describe('N2 restart after firing', () => {
  it('a new scheduler on the same database (and a new core on the same file) does not notify again', async () => {
    rig.start();
    const { reminder } = await timedDeadline('Invoice', TEST_START + 2 * HOUR);
    rig.advanceTo(reminder.fireAt);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect(await rig.restart()).toEqual([]);
    rig.advance(HOUR);
    expect(await rig.restart()).toEqual([]);
    rig.advance(2 * DAY);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect(rig.loggedCount(reminder.id)).toBe(1);
  });
});

describe('N3 catch-up at start', () => {
  /** Reminders exist while the app runs; then it is closed and `closedFor` passes. */
  async function closeWith(dues: number[], closedFor: number) {
    rig.start();
    const reminders = [];
    for (const [i, dueAt] of dues.entries())
      reminders.push((await timedDeadline(`Task ${i + 1}`, dueAt, 24 * 60)).reminder);
    rig.scheduler.stop();
    rig.sleep(closedFor);
    return reminders;
  }

  it('one reminder that fell due while closed → one notification in the start pass', async () => {
    const [reminder] = await closeWith([TEST_START + 2 * DAY], 2 * DAY - HOUR);
    const atStart = await rig.restart();
    expect(atStart).toHaveLength(1);
    expect(atStart[0]).toMatchObject({ kind: 'single', title: 'Due in 1 day: Task 1' });
    expect(deliveryLog(reminder.id)).toEqual([
      { dueAt: TEST_START + DAY, deliveredAt: rig.now(), channel: 'notification' },
    ]);
  });

  it('ten at once → ONE summary, all ten in the in-app list, each logged exactly once', async () => {
    const dues = Array.from({ length: 10 }, (_, i) => TEST_START + 2 * DAY + i * 10 * MINUTE);
    const reminders = await closeWith(dues, 2 * DAY);
    const atStart = await rig.restart();
    expect(atStart).toHaveLength(1);
    expect(atStart[0]).toMatchObject({ kind: 'summary', title: '10 reminders while you were away' });
    expect(atStart[0]?.reminders).toHaveLength(10);
    expect(rig.delivered).toHaveLength(1);
    const inbox = (await rig.t.call('reminders.inbox', {})).items;
    expect(inbox.map((r) => r.id).sort()).toEqual(reminders.map((r) => r.id).sort());
    for (const r of reminders) {
      expect(rig.notifiedCount(r.id)).toBe(1);
      expect(deliveryLog(r.id)).toEqual([{ dueAt: r.fireAt, deliveredAt: rig.now(), channel: 'summary' }]);
    }
    rig.advance(DAY);
    expect(await rig.restart()).toEqual([]);
    expect(rig.delivered).toHaveLength(1);
  });

  it('three at once stay single notifications (the summary starts above three)', async () => {
    await closeWith(
      [1, 2, 3].map((h) => TEST_START + 2 * DAY + h * HOUR),
      2 * DAY,
    );
    const atStart = await rig.restart();
    expect(atStart.map((d) => d.kind)).toEqual(['single', 'single', 'single']);
  });

  it('reminders older than catchUpMaxAgeDays go to the list only; fresher ones are notified', async () => {
    await rig.t.call('settings.update', { reminders: { catchUpMaxAgeDays: 3 } });
    const [old, recent] = await closeWith([TEST_START + 2 * DAY, TEST_START + 7 * DAY], 7 * DAY);
    const atStart = await rig.restart();
    expect(atStart.flatMap((d) => d.reminders.map((r) => r.id))).toEqual([recent.id]);
    expect(rig.notifiedCount(old.id)).toBe(0);
    expect(deliveryLog(old.id)).toEqual([{ dueAt: old.fireAt, deliveredAt: rig.now(), channel: 'list' }]);
    const inbox = (await rig.t.call('reminders.inbox', {})).items;
    expect(inbox.map((r) => r.id).sort()).toEqual([old.id, recent.id].sort());
    expect(await rig.restart()).toEqual([]);
  });
});

describe('N8 sleep and resume', () => {
  it('everything due in a 3-hour sleep fires exactly once, on the first resume', async () => {
    rig.start();
    const { client } = await (async () => {
      const c = await rig.t.call('clients.create', { name: 'Acme' });
      return { client: c };
    })();
    const gig = await rig.t.call('gigs.create', { title: 'Rebuild', clientId: client.id });
    const interview = await act(rig, 'interviews.create', {
      gigId: gig.id,
      startsAt: TEST_START + 4 * HOUR,
      timeZone: 'UTC',
    });
    const { reminder: task } = await timedDeadline('Report', TEST_START + 3 * HOUR);
    const hourBefore = reminderOf(rig, 'interview', interview.id, 'lead:60');
    const tenBefore = reminderOf(rig, 'interview', interview.id, 'lead:10');
    rig.advanceTo(TEST_START + 30 * MINUTE);
    expect(rig.delivered).toHaveLength(0);
    rig.sleep(3 * HOUR + 25 * MINUTE);
    expect(rig.delivered).toHaveLength(0);
    const resumeAt = rig.now();
    const first = rig.scheduler.wake('resume');
    const second = rig.scheduler.wake('resume');
    expect(first.flatMap((d) => d.reminders.map((r) => r.id))).toEqual([task.id, hourBefore.id, tenBefore.id]);
    expect(second).toEqual([]);
    for (const r of [task, hourBefore, tenBefore])
      expect(deliveryLog(r.id)).toEqual([{ dueAt: r.fireAt, deliveredAt: resumeAt, channel: 'notification' }]);
    rig.advance(2 * DAY);
    for (const r of [task, hourBefore, tenBefore]) expect(rig.notifiedCount(r.id)).toBe(1);
  });
});

describe('N9 far-future reminder', () => {
  it('is not fired at start, no timer exceeds MAX_WAIT_MS, and it fires once after 60 days', async () => {
    rig.start();
    const dueAt = TEST_START + 60 * DAY;
    const d = await deadline(rig, { title: 'Tax return', dueAt, reminderOffsets: [24 * 60] });
    expect(rig.delivered).toHaveLength(0);
    // Outside the rolling window nothing is materialised yet.
    expect(rig.reminderRows('source_id = ?', d.id)).toEqual([]);
    rig.advanceTo(dueAt - DAY - 1);
    expect(rig.delivered).toHaveLength(0);
    rig.advance(2 * DAY);
    const reminder = reminderOf(rig, 'deadline', d.id, 'lead:1440');
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect(deliveryLog(reminder.id)).toEqual([
      { dueAt: dueAt - DAY, deliveredAt: dueAt - DAY, channel: 'notification' },
    ]);
    expect(Math.max(...rig.timers.delays)).toBeLessThanOrEqual(MAX_WAIT_MS);
    expect(MAX_WAIT_MS).toBeLessThan(2 ** 31 - 1);
    // One wake a day (window refresh) plus the due one and re-syncs: no polling.
    expect(rig.timers.delays.length).toBeLessThan(80);
  });
});

describe('N10 clock jumps', () => {
  it('a jump back an hour does not re-fire what was shown; a jump forward fires what it skips once', async () => {
    rig.start();
    const { reminder: a } = await timedDeadline('A', TEST_START + 2 * HOUR);
    const { reminder: b } = await timedDeadline('B', TEST_START + 2 * HOUR + 30 * MINUTE);
    const { reminder: c } = await timedDeadline('C', TEST_START + 4 * HOUR);
    rig.advanceTo(a.fireAt + MINUTE);
    expect(rig.notifiedCount(a.id)).toBe(1);
    rig.sleep(-HOUR);
    rig.scheduler.wake('time changed');
    rig.advance(2 * HOUR);
    expect([rig.notifiedCount(a.id), rig.notifiedCount(b.id)]).toEqual([1, 1]);
    rig.sleep(HOUR);
    rig.scheduler.wake('time changed');
    expect(rig.notifiedCount(c.id)).toBe(1);
    rig.advance(DAY);
    expect(rig.delivered.flatMap((d) => d.reminders.map((r) => r.id))).toEqual([a.id, b.id, c.id]);
  });
});

describe('N11 snooze persists', () => {
  it('snoozed 10 minutes, restarted, fires once 10 minutes later', async () => {
    rig.start();
    const { reminder } = await timedDeadline('Invoice', TEST_START + 2 * HOUR);
    rig.advanceTo(reminder.fireAt);
    const snoozedAt = rig.now();
    await rig.t.call('reminders.snooze', { id: reminder.id, preset: '10m' });
    expect(await rig.restart()).toEqual([]);
    rig.advanceTo(snoozedAt + 10 * MINUTE - 1);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    rig.advance(1);
    expect(rig.notifiedCount(reminder.id)).toBe(2);
    expect(deliveryLog(reminder.id).map((l) => l.deliveredAt)).toEqual([snoozedAt, snoozedAt + 10 * MINUTE]);
    rig.advance(DAY);
    expect(await rig.restart()).toEqual([]);
    expect(rig.notifiedCount(reminder.id)).toBe(2);
  });
});

describe('N11 snooze of an old reminder', () => {
  it('one caught up from long ago, snoozed day after day, keeps coming back once a day', async () => {
    rig.start();
    const { reminder } = await timedDeadline('Tax return', TEST_START + 2 * HOUR);
    rig.scheduler.stop();
    rig.sleep(10 * DAY);
    await rig.restart();
    expect(deliveryLog(reminder.id).map((l) => l.channel)).toEqual(['list']);
    for (let day = 1; day <= 3; day++) {
      await act(rig, 'reminders.snooze', { id: reminder.id, preset: '1h' });
      rig.advance(HOUR);
      expect(rig.notifiedCount(reminder.id)).toBe(day);
      rig.advance(DAY - HOUR);
    }
  });
});

describe('N12 dismiss is final', () => {
  it('never re-shown across ticks, restarts, resumes and edits that keep its time', async () => {
    rig.start();
    const { deadline: d, reminder } = await timedDeadline('Invoice', TEST_START + 2 * HOUR);
    rig.advanceTo(reminder.fireAt);
    await act(rig, 'reminders.dismiss', { id: reminder.id });
    for (let i = 0; i < 3; i++) {
      rig.advance(6 * HOUR);
      rig.scheduler.wake('resume');
      await act(rig, 'deadlines.update', { id: d.id, title: `Invoice v${i}` });
      await rig.restart();
    }
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect(reminderOf(rig, 'deadline', d.id, 'lead:60').state).toBe('dismissed');
    expect((await rig.t.call('reminders.inbox', {})).items).toEqual([]);
  });
});
