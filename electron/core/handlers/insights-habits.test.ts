/**
 * insights.get's working habits on hand-built rows with known answers: deadlines on time, late and overdue
 * (timed ones against their instant, all-day ones against the end of the day in the user's zone, across a
 * daylight-saving change), interviews by outcome, follow-up and update reminders acted on, and reply times.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

const DAY = 86_400_000;
const HOUR = 3_600_000;
let t: TempCore;

beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

async function atTime<T>(at: number, fn: () => Promise<T>): Promise<T> {
  t.clock.set(at, { freeze: true });
  try {
    return await fn();
  } finally {
    t.clock.set(TEST_START, { freeze: true });
  }
}

/** A deadline created well before it is due, completed at `completedAt` (or left open). */
async function deadline(due: { dueAt: number; timeZone: string } | { dueDate: string }, completedAt: number | null) {
  const clientId = (await makeClient(t, `Client ${Math.random()}`)).id;
  const made = await atTime(TEST_START - 400 * DAY, () =>
    t.call('deadlines.create', { title: 'Ship', clientId, ...due }),
  );
  if (completedAt !== null)
    await atTime(completedAt, () => t.call('deadlines.setCompleted', { id: made.id, completed: true }));
  return made;
}

describe('deadlines', () => {
  it('counts timed deadlines due in the period as on time, late or overdue', async () => {
    const zone = 'UTC';
    await deadline({ dueAt: TEST_START - 5 * DAY, timeZone: zone }, TEST_START - 6 * DAY);
    await deadline({ dueAt: TEST_START - 5 * DAY, timeZone: zone }, TEST_START - 5 * DAY);
    await deadline({ dueAt: TEST_START - 3 * DAY, timeZone: zone }, TEST_START - 2 * DAY);
    await deadline({ dueAt: TEST_START - DAY, timeZone: zone }, null);
    // Not due yet: neither late nor on time, even when done early.
    await deadline({ dueAt: TEST_START + DAY, timeZone: zone }, null);
    await deadline({ dueAt: TEST_START + 2 * DAY, timeZone: zone }, TEST_START - DAY);
    // Due 100 days ago and completed late: outside 90 days, inside a year.
    await deadline({ dueAt: TEST_START - 100 * DAY, timeZone: zone }, TEST_START - 90 * DAY);

    const in90 = (await t.call('insights.get', { period: '90d' })).habits.deadlines;
    expect(in90).toEqual({ onTime: 2, late: 1, overdue: 1 });
    const inYear = (await t.call('insights.get', { period: '365d' })).habits.deadlines;
    expect(inYear).toEqual({ onTime: 2, late: 2, overdue: 1 });
  });

  it('holds an all-day deadline on time until its day ends in the user zone, across a clock change', async () => {
    // Berlin moved its clocks back on 2025-10-26: that day lasted 25 hours and ended at 23:00 UTC.
    t.clock.setTimeZone('Europe/Berlin');
    const now = Date.UTC(2025, 10, 10, 12);
    await deadline({ dueDate: '2025-10-26' }, Date.UTC(2025, 9, 26, 22, 59));
    await deadline({ dueDate: '2025-10-26' }, Date.UTC(2025, 9, 26, 23, 1));
    // 2025-10-27 ends at 23:00 UTC too (UTC+1 from then on).
    await deadline({ dueDate: '2025-10-27' }, Date.UTC(2025, 9, 27, 22, 30));
    await deadline({ dueDate: '2025-10-25' }, Date.UTC(2025, 9, 25, 22, 30));
    await deadline({ dueDate: '2025-11-01' }, null);
    // Due today: not overdue until the day is over.
    await deadline({ dueDate: '2025-11-10' }, null);
    const answer = await atTime(now, () => t.call('insights.get', { period: '30d' }));
    // 2025-10-25 still had summer time (UTC+2): 22:30 UTC was 00:30 the next day — late.
    expect(answer.habits.deadlines).toEqual({ onTime: 2, late: 2, overdue: 1 });
  });
});

describe('interviews', () => {
  it('counts interviews held in the period by outcome, pending meaning no outcome logged', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'Site');
    const held = async (daysAgo: number, outcome?: 'passed' | 'rejected' | 'cancelled' | 'no_show') =>
      atTime(TEST_START - 200 * DAY, () =>
        t.call('interviews.create', {
          gigId: gig.id,
          startsAt: TEST_START - daysAgo * DAY,
          timeZone: 'UTC',
          ...(outcome ? { outcome } : {}),
        }),
      );
    await held(3, 'passed');
    await held(10, 'passed');
    await held(20, 'rejected');
    await held(25, 'no_show');
    await held(5);
    await held(60, 'cancelled');
    await held(-2);

    const counts = async (period: '30d' | '90d') =>
      Object.fromEntries(
        (await t.call('insights.get', { period })).habits.interviews.map((row) => [row.outcome, row.count]),
      );
    expect(await counts('30d')).toEqual({ pending: 1, passed: 2, rejected: 1, cancelled: 0, no_show: 1 });
    expect((await counts('90d')).cancelled).toBe(1);
  });
});

describe('follow-through and replies', () => {
  it('counts follow-up and update reminders as acted on when a contact was logged within three days', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'Retainer');
    const other = await makeGig(t, client.id, 'Audit');
    const sqlite = t.core.context.sqlite;
    const remind = (kind: 'follow_up' | 'cadence', gigId: number, key: string, dueAt: number, state: string) => {
      const id = Number(
        sqlite
          .prepare(
            `INSERT INTO reminders (source_kind, source_id, rule_key, fire_at, state, title, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, 'Send an update', ?, ?)`,
          )
          .run(kind, gigId, key, dueAt, state, dueAt, dueAt).lastInsertRowid,
      );
      sqlite
        .prepare(
          `INSERT INTO reminder_deliveries (reminder_id, due_at, delivered_at, channel, instance_id)
           VALUES (?, ?, ?, 'notification', 'test')`,
        )
        .run(id, dueAt, dueAt + 60_000);
    };
    const logged = (gigId: number | null, kind: 'email' | 'message_in', at: number) =>
      atTime(at, () =>
        t.call('timeline.create', { ...(gigId ? { gigId } : { clientId: client.id }), kind, body: 'Hi' }),
      );
    // Acted on: an email on the gig a day later.
    await logged(gig.id, 'email', TEST_START - 9 * DAY);
    // Acted on: a contact with the client as a whole (no gig) two days later.
    await logged(null, 'email', TEST_START - 18 * DAY);
    // Not acted on: only the client wrote, and the email on another gig does not count.
    await logged(gig.id, 'message_in', TEST_START - 4 * DAY);
    await logged(other.id, 'email', TEST_START - 4 * DAY);
    remind('cadence', gig.id, 'cadence:1', TEST_START - 10 * DAY, 'done');
    remind('cadence', gig.id, 'cadence:2', TEST_START - 20 * DAY, 'dismissed');
    remind('cadence', gig.id, 'cadence:3', TEST_START - 5 * DAY, 'delivered');
    // Too late: an email five days after the reminder.
    remind('follow_up', other.id, 'silence', TEST_START - 9 * DAY, 'dismissed');
    // Outside 30 days.
    remind('follow_up', gig.id, 'silence', TEST_START - 40 * DAY, 'dismissed');

    const { reminders } = (await t.call('insights.get', { period: '30d' })).habits;
    expect(reminders).toEqual([
      { kind: 'follow_up', reminded: 1, actedOn: 0, waiting: 0 },
      { kind: 'cadence', reminded: 3, actedOn: 2, waiting: 1 },
    ]);
  });

  it('measures the median time to a logged reply and counts messages without one', async () => {
    const acme = await makeClient(t, 'Acme');
    const globex = await makeClient(t, 'Globex');
    const log = (clientId: number, kind: 'message_in' | 'message_out' | 'call' | 'note', at: number) =>
      t.call('timeline.create', { clientId, kind, body: kind, occurredAt: at });
    await log(acme.id, 'message_in', TEST_START - 10 * DAY);
    await log(acme.id, 'note', TEST_START - 10 * DAY + HOUR);
    await log(acme.id, 'message_out', TEST_START - 10 * DAY + 90 * 60_000);
    await log(globex.id, 'message_in', TEST_START - 5 * DAY);
    await log(globex.id, 'call', TEST_START - 5 * DAY + 6 * HOUR);
    await log(globex.id, 'message_in', TEST_START - 2 * DAY);
    // A reply logged for another client does not answer Globex.
    await log(acme.id, 'message_out', TEST_START - DAY);
    await log(acme.id, 'message_in', TEST_START - 45 * DAY);

    const { replies } = (await t.call('insights.get', { period: '30d' })).habits;
    // Replies after 90 minutes and 6 hours: the median of two is their mean.
    expect(replies).toEqual({ received: 3, replied: 2, medianReplyMinutes: 225 });
  });
});
