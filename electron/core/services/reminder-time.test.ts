/**
 * N4–N7: local time done right. The engine takes the zone from clock.timeZone(), so each test sets
 * its own (Europe/Berlin DST transitions, America/New_York → Asia/Tokyo) without touching process.env.TZ.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../contract';
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
import { makeClient, makeGig, stageId } from '../testing/pipeline-fixtures';

let rig: ReminderRig;
afterEach(() => rig.cleanup());

async function setUp(zone: string, start: number, settings: Partial<ReminderSettings> = {}) {
  rig = await createReminderRig({ zone, start });
  await rig.t.call('settings.update', { reminders: settings });
  rig.start();
}

/** Wall-clock reading of an instant in a zone, e.g. '2026-03-29 03:30 GMT+2'. */
function local(at: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} ${get('timeZoneName')}`;
}

const deliveredInstants = () =>
  rig.t.core.context.sqlite
    .prepare('SELECT reminder_id AS id, delivered_at AS at FROM reminder_deliveries ORDER BY delivered_at, id')
    .all() as { id: number; at: number }[];

describe('N4 spring-forward (Europe/Berlin, 2026-03-29)', () => {
  it('an all-day reminder at 02:30, which does not exist that night, fires once at 03:30 CEST', async () => {
    await setUp('Europe/Berlin', Date.UTC(2026, 2, 27, 12), { allDayTime: '02:30', deadlineLeadMinutes: [] });
    const d = await deadline(rig, { title: 'Quarterly filing', dueDate: '2026-03-29' });
    const morning = reminderOf(rig, 'deadline', d.id, 'morning');
    expect(morning.fireAt).toBe(Date.UTC(2026, 2, 29, 1, 30));
    rig.advanceTo(Date.UTC(2026, 2, 30, 12));
    expect(rig.notifiedCount(morning.id)).toBe(1);
    expect(deliveredInstants()).toEqual([{ id: morning.id, at: Date.UTC(2026, 2, 29, 1, 30) }]);
    expect(local(Date.UTC(2026, 2, 29, 1, 30), 'Europe/Berlin')).toBe('2026-03-29 03:30 GMT+2');
  });
});

describe('N5 fall-back (Europe/Berlin, 2026-10-25)', () => {
  it('02:30, which happens twice that night, fires once, at the first occurrence (CEST)', async () => {
    await setUp('Europe/Berlin', Date.UTC(2026, 9, 23, 12), { allDayTime: '02:30', deadlineLeadMinutes: [] });
    const d = await deadline(rig, { title: 'Quarterly filing', dueDate: '2026-10-25' });
    const morning = reminderOf(rig, 'deadline', d.id, 'morning');
    rig.advanceTo(Date.UTC(2026, 9, 26, 12));
    expect(rig.notifiedCount(morning.id)).toBe(1);
    expect(deliveredInstants()).toEqual([{ id: morning.id, at: Date.UTC(2026, 9, 25, 0, 30) }]);
    expect(local(Date.UTC(2026, 9, 25, 0, 30), 'Europe/Berlin')).toBe('2026-10-25 02:30 GMT+2');
    // The second 02:30 (CET) passes without a repeat.
    expect(local(Date.UTC(2026, 9, 25, 1, 30), 'Europe/Berlin')).toBe('2026-10-25 02:30 GMT+1');
  });
});

describe('N6 a daily 09:00 rule across both transitions', () => {
  it.each([
    { name: 'spring', first: '2026-03-24', start: Date.UTC(2026, 2, 23, 12), transition: 5, gap: 23 },
    { name: 'autumn', first: '2026-10-20', start: Date.UTC(2026, 9, 19, 12), transition: 5, gap: 25 },
  ])('$name: ten occurrences, each at 09:00 local, a $gap h gap on the transition day', async (c) => {
    await setUp('Europe/Berlin', c.start, { deadlineLeadMinutes: [] });
    const dates = Array.from({ length: 10 }, (_, i) => {
      const day = new Date(`${c.first}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() + i);
      return day.toISOString().slice(0, 10);
    });
    for (const dueDate of dates) await deadline(rig, { title: `Daily ${dueDate}`, dueDate });
    rig.advanceTo(c.start + 12 * DAY);
    const instants = deliveredInstants().map((d) => d.at);
    expect(instants.map((at) => local(at, 'Europe/Berlin').slice(0, 16))).toEqual(dates.map((d) => `${d} 09:00`));
    const gaps = instants.slice(1).map((at, i) => (at - (instants[i] ?? 0)) / HOUR);
    expect(gaps).toEqual(gaps.map((_, i) => (i + 1 === c.transition ? c.gap : 24)));
    expect(rig.delivered).toHaveLength(10);
  });
});

describe('N7 time-zone change New York → Tokyo', () => {
  it('floating reminders move to 09:00 Tokyo, absolute ones keep their instants, nothing delivered repeats', async () => {
    // Thu 2026-01-15 03:00 UTC = Wed 22:00 in New York = Thu 12:00 in Tokyo.
    await setUp('America/New_York', Date.UTC(2026, 0, 15, 3));
    const client = await makeClient(rig.t, 'Acme');
    const gig = await makeGig(rig.t, client.id, 'Rebuild', { stageId: await stageId(rig.t, 'Applied') });
    const allDay = await deadline(rig, { title: 'Contract', dueDate: '2026-01-23' });
    const timed = await deadline(rig, { title: 'Pitch', dueAt: Date.UTC(2026, 0, 24, 3), reminderOffsets: [24 * 60] });
    const interview = await act(rig, 'interviews.create', {
      gigId: gig.id,
      startsAt: Date.UTC(2026, 0, 26, 15),
      timeZone: 'America/New_York',
    });
    const followUp = reminderOf(rig, 'follow_up', gig.id, 'silence');
    expect(local(followUp.fireAt, 'America/New_York')).toBe('2026-01-21 09:00 EST');
    const threeDays = reminderOf(rig, 'deadline', allDay.id, 'lead:4320');
    expect(local(threeDays.fireAt, 'America/New_York')).toBe('2026-01-20 09:00 EST');
    const absolute = [
      reminderOf(rig, 'deadline', timed.id, 'lead:1440'),
      ...['lead:1440', 'lead:60', 'lead:10'].map((k) => reminderOf(rig, 'interview', interview.id, k)),
    ];

    rig.advanceTo(Date.UTC(2026, 0, 21, 15));
    expect(rig.notifiedCount(followUp.id)).toBe(1);
    expect(rig.notifiedCount(threeDays.id)).toBe(1);

    rig.setZone('Asia/Tokyo');
    rig.scheduler.wake('time zone changed');
    const tokyo = (kind: string, id: number, key: string) => local(reminderOf(rig, kind, id, key).fireAt, 'Asia/Tokyo');
    expect(tokyo('deadline', allDay.id, 'lead:1440')).toBe('2026-01-22 09:00 GMT+9');
    expect(tokyo('deadline', allDay.id, 'morning')).toBe('2026-01-23 09:00 GMT+9');
    // The timed deadline is due Sat 12:00 in Tokyo: its morning-of reminder follows the new local day.
    expect(tokyo('deadline', timed.id, 'morning')).toBe('2026-01-24 09:00 GMT+9');
    for (const row of absolute)
      expect(reminderOf(rig, row.sourceKind, row.sourceId ?? 0, row.ruleKey).fireAt).toBe(row.fireAt);

    rig.advanceTo(Date.UTC(2026, 0, 28));
    const counts = new Map<number, number>();
    for (const r of rig.delivered.flatMap((d) => d.reminders)) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
    for (const row of absolute) expect(rig.notifiedCount(row.id)).toBe(1);
    expect(rig.notifiedCount(followUp.id)).toBe(1);
    expect(rig.loggedCount(followUp.id)).toBe(1);
    expect(rig.now() - MINUTE).toBeGreaterThan(Date.UTC(2026, 0, 27));
  });
});
