/**
 * N13 (completion racing the due tick), N14 (a notifier that fails) and R15 (two running instances on
 * one database): exactly once, and never after the item was completed.
 */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dueReminders, claimDelivery } from '../repositories/reminders-repository';
import { TEST_START } from '../testing/temp-core';
import { createReminderRig, deadline, DAY, HOUR, MINUTE, reminderOf, type ReminderRig } from '../testing/reminder-rig';
import { createReminderScheduler } from './reminder-scheduler';

let rig: ReminderRig;
afterEach(() => rig.cleanup());

async function setUp(options: Parameters<typeof createReminderRig>[0] = {}) {
  rig = await createReminderRig(options);
  await rig.t.call('settings.update', { reminders: { deadlineMorningOf: false } });
}

async function timedDeadline(title: string, dueAt: number) {
  const d = await deadline(rig, { title, dueAt, reminderOffsets: [60] });
  rig.advance(1000); // past any debounce
  return { deadline: d, reminder: reminderOf(rig, 'deadline', d.id, 'lead:60') };
}

describe('N13 complete the deadline at the due instant', () => {
  it('completed just before the due tick (its re-sync not yet run): never shown', async () => {
    await setUp({ debounceMs: 100 });
    rig.start();
    const { deadline: d, reminder } = await timedDeadline('Invoice', TEST_START + 2 * HOUR);
    rig.advanceTo(reminder.fireAt - 1);
    await rig.t.call('deadlines.setCompleted', { id: d.id, completed: true });
    expect(rig.timers.pendingCount()).toBe(2);
    rig.advance(1);
    rig.advance(DAY);
    expect(rig.notifiedCount(reminder.id)).toBe(0);
    expect(rig.loggedCount(reminder.id)).toBe(0);
    expect(reminderOf(rig, 'deadline', d.id, 'lead:60').state).toBe('cancelled');
  });

  it('completed right after it was shown: shown once, then gone from the in-app list, never again', async () => {
    await setUp();
    rig.start();
    const { deadline: d, reminder } = await timedDeadline('Invoice', TEST_START + 2 * HOUR);
    rig.advanceTo(reminder.fireAt);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    await rig.t.call('deadlines.setCompleted', { id: d.id, completed: true });
    rig.timers.flush();
    rig.advance(DAY);
    await rig.restart();
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect((await rig.t.call('reminders.inbox', {})).items).toEqual([]);
  });

  it('completed by another connection between the schedule sync and the claim: not shown', async () => {
    await setUp();
    const { reminder, deadline: d } = await (async () => {
      rig.start();
      return timedDeadline('Invoice', TEST_START + 2 * HOUR);
    })();
    rig.scheduler.stop();
    const other = await rig.secondInstance('other');
    let completedAt: number | null = null;
    // The other instance's write lands right after this instance's first transaction of the tick.
    const hooked = afterFirstImmediate(rig.t.core.context.sqlite, () => {
      void other.core.dispatch('deadlines.setCompleted', { id: d.id, completed: true });
      completedAt = rig.now();
    });
    const shown: number[] = [];
    const scheduler = createReminderScheduler({
      sqlite: hooked.sqlite,
      clock: rig.t.core.context,
      log: rig.t.log,
      emit: () => undefined,
      subscribe: () => () => undefined,
      notifier: { deliver: (delivery) => shown.push(...delivery.reminders.map((r) => r.id)) },
      timers: rig.timers,
      instanceId: 'racer',
    });
    rig.sleep(reminder.fireAt - rig.now());
    hooked.arm();
    scheduler.start();
    scheduler.stop();
    expect(completedAt).not.toBeNull();
    expect(shown).toEqual([]);
    expect(rig.loggedCount(reminder.id)).toBe(0);
  });
});

/** Wraps a connection so `hook` runs once, after the first IMMEDIATE transaction that commits once armed. */
function afterFirstImmediate(sqlite: Database.Database, hook: () => void) {
  let armed = false;
  const wrapped = new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'transaction') return Reflect.get(target, property, receiver) as unknown;
      return (fn: (...args: unknown[]) => unknown) => {
        const tx = target.transaction(fn);
        const immediate = (...args: unknown[]) => {
          const result = tx.immediate(...args);
          if (armed) {
            armed = false;
            hook();
          }
          return result;
        };
        return Object.assign((...args: unknown[]) => tx(...args), { ...tx, immediate });
      };
    },
  });
  return { sqlite: wrapped, arm: () => (armed = true) };
}

describe('N14 a notifier that fails', () => {
  it('leaves the reminder in the in-app list and the scheduler keeps running', async () => {
    let failing = true;
    await setUp({
      notifier: () => {
        if (failing) throw new Error('Notification service unavailable');
      },
    });
    const events: string[] = [];
    rig.t.core.events.subscribe((event) => events.push(event.name));
    rig.start();
    const { reminder: first } = await timedDeadline('First', TEST_START + 2 * HOUR);
    const { reminder: second } = await timedDeadline('Second', TEST_START + 5 * HOUR);
    rig.advanceTo(first.fireAt);
    expect(rig.t.log.entries.some((e) => e.level === 'error' && /showing a reminder failed/.test(e.message))).toBe(
      true,
    );
    expect(events).toContain('reminders.delivered');
    expect((await rig.t.call('reminders.inbox', {})).items.map((r) => r.id)).toEqual([first.id]);
    expect(rig.scheduler.isRunning()).toBe(true);
    expect(rig.scheduler.timerCount()).toBe(1);
    failing = false;
    rig.advanceTo(second.fireAt);
    expect(rig.notifiedCount(second.id)).toBe(1);
    expect(rig.loggedCount(first.id)).toBe(1);
  });
});

describe('R15 two instances on one database', () => {
  it('two schedulers started together and ticking at the same due time deliver once in total', async () => {
    await setUp();
    rig.start();
    const { reminder } = await timedDeadline('Invoice', TEST_START + 2 * HOUR);
    const other = await rig.secondInstance('instance-b');
    other.scheduler.start();
    expect(rig.timers.pendingCount()).toBe(2);
    rig.advanceTo(reminder.fireAt);
    rig.scheduler.wake('resume');
    other.scheduler.wake('resume');
    rig.advance(DAY);
    expect(rig.notifiedCount(reminder.id)).toBe(1);
    expect(rig.loggedCount(reminder.id)).toBe(1);
    other.scheduler.stop();
  });

  it('when both read the same due rows, only one claim wins', async () => {
    await setUp();
    rig.start();
    const { reminder } = await timedDeadline('Invoice', TEST_START + 2 * HOUR);
    rig.scheduler.stop();
    const other = await rig.secondInstance('instance-b');
    rig.sleep(reminder.fireAt + MINUTE - rig.now());
    const a = rig.t.core.context.sqlite;
    const b = other.core.context.sqlite;
    const [seenByA] = dueReminders(a, rig.now());
    const [seenByB] = dueReminders(b, rig.now());
    expect(seenByA?.id).toBe(reminder.id);
    expect(seenByB?.id).toBe(reminder.id);
    const claim = (db: Database.Database, id: string) =>
      db.transaction(() => claimDelivery(db, seenByA, 'notification', id, rig.now())).immediate();
    expect([claim(a, 'a'), claim(b, 'b')]).toEqual([true, false]);
    expect(rig.loggedCount(reminder.id)).toBe(1);
  });
});
