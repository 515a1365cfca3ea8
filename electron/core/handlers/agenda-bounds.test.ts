/**
 * The agenda reads its buckets with bounded queries (all-day first, then interviews, then timed deadlines
 * up to the last kept item; the overdue bucket from the most recent back). This checks, on crowded random
 * books with many ties, that the bounded reads pick exactly the items a plain sort of everything picks.
 * The calendar reads each day the same way with a per-day page, so it is checked against the same sort.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AGENDA_LIMIT } from '../repositories/agenda-repository';
import { addDays, localDateOf, startOfLocalDay } from '../services/local-time';
import { makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';

const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 2, 27, 13, 30); // Friday 14:30 in Berlin; clocks go forward on Sunday the 29th.
const HOUR = 3_600_000;

let t: TempCore;
let gigId: number;
beforeEach(async () => {
  t = await startTempCore();
  t.clock.setTimeZone(ZONE);
  t.clock.set(NOW, { freeze: true });
  gigId = (await makeGig(t, (await makeClient(t, 'Acme')).id, 'Rebuild')).id;
});
afterEach(() => t.cleanup());

interface Item {
  type: 'deadline' | 'interview';
  id: number;
  at: number | null;
  date: string | null;
  open: boolean;
  cancelled: boolean;
}

type Spec =
  | { kind: 'timed'; hour: number; open: boolean }
  | { kind: 'allDay'; day: number; open: boolean }
  | { kind: 'interview'; hour: number; outcome: string };

/**
 * Instants on a 6-hour grid and days from a few days back to past the 7-day horizon: few distinct values,
 * so ties between kinds are common and each bucket often holds more than AGENDA_LIMIT items.
 */
const hour = fc.integer({ min: -4, max: 34 }).map((step) => step * 6);
const open = fc.integer({ min: 0, max: 4 }).map((n) => n > 0);
const outcome = fc.constantFrom('pending', 'pending', 'passed', 'no_show', 'cancelled');
const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ kind: fc.constant('timed' as const), hour, open }),
  fc.record({ kind: fc.constant('allDay' as const), day: fc.integer({ min: -2, max: 8 }), open }),
  fc.record({ kind: fc.constant('interview' as const), hour, outcome }),
);

function insert(specs: Spec[]): Item[] {
  const sqlite = t.core.context.sqlite;
  sqlite.exec('DELETE FROM deadlines; DELETE FROM interviews;');
  const today = localDateOf(NOW, ZONE);
  const deadline = sqlite.prepare(
    `INSERT INTO deadlines (title, gig_id, due_at, due_date, completed_at, created_at, updated_at)
     VALUES ('d', @gigId, @at, @date, @completedAt, @now, @now)`,
  );
  const interview = sqlite.prepare(
    `INSERT INTO interviews (gig_id, starts_at, time_zone, outcome, created_at, updated_at)
     VALUES (@gigId, @at, 'UTC', @outcome, @now, @now)`,
  );
  const base = startOfLocalDay(today, ZONE);
  return specs.map((s) => {
    if (s.kind === 'interview') {
      const at = base + s.hour * HOUR;
      const id = Number(interview.run({ gigId, at, outcome: s.outcome, now: NOW }).lastInsertRowid);
      return { type: 'interview', id, at, date: null, open: true, cancelled: s.outcome === 'cancelled' };
    }
    const at = s.kind === 'timed' ? base + s.hour * HOUR : null;
    const date = s.kind === 'allDay' ? addDays(today, s.day) : null;
    const completedAt = s.open ? null : NOW;
    const id = Number(deadline.run({ gigId, at, date, completedAt, now: NOW }).lastInsertRowid);
    return { type: 'deadline', id, at, date, open: s.open, cancelled: false };
  });
}

const key = (i: Item) => i.at ?? startOfLocalDay(i.date ?? '', ZONE) - 1;
const inTimeOrder = (items: Item[]) =>
  [...items].sort((a, b) => key(a) - key(b) || a.type.localeCompare(b.type) || a.id - b.id);
const dateOf = (i: Item) => i.date ?? localDateOf(i.at ?? 0, ZONE);
const ids = (list: { type: string; id: number }[]) => list.map((i) => `${i.type} ${i.id}`);

function expected(items: Item[]) {
  const today = localDateOf(NOW, ZONE);
  const tomorrowStart = startOfLocalDay(addDays(today, 1), ZONE);
  const horizonEnd = startOfLocalDay(addDays(today, 8), ZONE);
  const sorted = inTimeOrder(items);
  const deadlines = sorted.filter((i) => i.type === 'deadline' && i.open);
  const overdue = deadlines.filter((i) => (i.at !== null ? i.at < NOW : (i.date ?? '') < today));
  const live = sorted.filter((i) => (i.type === 'interview' ? !i.cancelled : i.open));
  const todayItems = live.filter(
    (i) => dateOf(i) === today && (i.type === 'interview' || i.at === null || i.at >= NOW),
  );
  const upcoming = live.filter((i) =>
    i.at !== null ? i.at >= tomorrowStart && i.at < horizonEnd : dateOf(i) > today && dateOf(i) <= addDays(today, 7),
  );
  return {
    overdue: ids(overdue.slice(-AGENDA_LIMIT)),
    todayItems: ids(todayItems.slice(0, AGENDA_LIMIT)),
    upcoming: ids(upcoming.slice(0, AGENDA_LIMIT)),
  };
}

it('bounded agenda reads keep exactly the items a sort of everything keeps', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(spec, { minLength: 150, maxLength: 450, size: 'max' }), async (specs) => {
      const items = insert(specs);
      const agenda = await t.call('agenda.get', {});
      expect({
        overdue: ids(agenda.overdue),
        todayItems: ids(agenda.todayItems),
        upcoming: ids(agenda.upcoming),
      }).toEqual(expected(items));
    }),
    { numRuns: 40 },
  );
});

/** Each day's first `perDay` items of everything (completed deadlines too, no cancelled interviews). */
function expectedCalendar(items: Item[], from: string, to: string, perDay: number) {
  const shown = inTimeOrder(items.filter((i) => !i.cancelled));
  const byDay: string[] = [];
  const crowdedDays: { date: string; total: number }[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = shown.filter((i) => dateOf(i) === date);
    byDay.push(...ids(day.slice(0, perDay)));
    if (day.length > perDay) crowdedDays.push({ date, total: day.length });
  }
  return { items: byDay, crowdedDays };
}

it('the calendar keeps exactly each day’s first items a sort of everything keeps, and counts crowded days', async () => {
  const today = localDateOf(NOW, ZONE);
  const from = addDays(today, -2);
  const to = addDays(today, 8);
  await fc.assert(
    fc.asyncProperty(
      fc.array(spec, { minLength: 20, maxLength: 300 }),
      fc.integer({ min: 1, max: 30 }),
      async (specs, perDay) => {
        const items = insert(specs);
        const range = await t.call('calendar.range', { from, to, perDay });
        expect({ items: ids(range.items), crowdedDays: range.crowdedDays }).toEqual(
          expectedCalendar(items, from, to, perDay),
        );
      },
    ),
    { numRuns: 40 },
  );
});
