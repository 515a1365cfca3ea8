import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALENDAR_PER_DAY, procedures, type AgendaItem, type ProcedureInput } from '../../contract';
import { failure, makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let gigId: number;
beforeEach(async () => {
  t = await startTempCore();
  t.clock.setTimeZone('Europe/Berlin');
  // Thursday 2026-01-15, 14:00 in Berlin (UTC+1 in winter).
  t.clock.set(berlin(15, 14), { freeze: true });
  const client = await makeClient(t, 'Acme');
  gigId = (await makeGig(t, client.id, 'Rebuild')).id;
});
afterEach(() => t.cleanup());

/** A January 2026 wall time in Berlin as an instant (UTC+1, no DST in January). */
function berlin(day: number, hours: number, minutes = 0): number {
  return Date.UTC(2026, 0, day, hours - 1, minutes);
}

const deadline = (title: string, due: Pick<ProcedureInput<'deadlines.create'>, 'dueAt' | 'dueDate'>) =>
  t.call('deadlines.create', { title, gigId, ...due });
const interview = (startsAt: number, extra: Partial<ProcedureInput<'interviews.create'>> = {}) =>
  t.call('interviews.create', { gigId, startsAt, timeZone: 'Europe/Berlin', durationMinutes: 30, ...extra });
const label = (item: AgendaItem) => (item.type === 'interview' ? `interview ${item.date} ${item.at}` : item.title);

async function seedWeek() {
  await deadline('timed earlier today', { dueAt: berlin(15, 10) });
  await deadline('all-day yesterday', { dueDate: '2026-01-14' });
  await deadline('all-day today', { dueDate: '2026-01-15' });
  await deadline('timed tonight', { dueAt: berlin(15, 18) });
  const done = await deadline('completed today', { dueAt: berlin(15, 20) });
  await t.call('deadlines.setCompleted', { id: done.id, completed: true });
  const morning = await interview(berlin(15, 9));
  const afternoon = await interview(berlin(15, 16));
  await interview(berlin(15, 17), { outcome: 'cancelled' });
  await deadline('00:30 tomorrow, still the 15th in UTC', { dueAt: berlin(16, 0, 30) });
  await deadline('all-day tomorrow', { dueDate: '2026-01-16' });
  const tomorrow = await interview(berlin(16, 9));
  await deadline('all-day in 7 days', { dueDate: '2026-01-22' });
  await deadline('late on day 7', { dueAt: berlin(22, 23, 30) });
  await deadline('all-day in 8 days', { dueDate: '2026-01-23' });
  await deadline('early on day 8', { dueAt: berlin(23, 0, 30) });
  return { morning, afternoon, tomorrow };
}

describe('agenda.get', () => {
  it('buckets overdue / today / next 7 days in the user’s zone, in time order with all-day first', async () => {
    const { morning, afternoon, tomorrow } = await seedWeek();
    const agenda = await t.call('agenda.get', {});
    expect(procedures['agenda.get'].output.parse(agenda)).toEqual(agenda);
    expect(agenda).toMatchObject({ timeZone: 'Europe/Berlin', today: '2026-01-15', now: berlin(15, 14) });
    expect(agenda.overdue.map(label)).toEqual(['all-day yesterday', 'timed earlier today']);
    expect(agenda.overdue.every((item) => item.overdue)).toBe(true);
    expect(agenda.todayItems.map((i) => [i.type, i.id, i.title])).toEqual([
      ['deadline', expect.any(Number), 'all-day today'],
      ['interview', morning.id, 'Rebuild'],
      ['interview', afternoon.id, 'Rebuild'],
      ['deadline', expect.any(Number), 'timed tonight'],
    ]);
    expect(agenda.todayItems.some((i) => i.overdue)).toBe(false);
    expect(agenda.upcoming.map((i) => [i.date, i.type === 'interview' ? i.id : i.title])).toEqual([
      ['2026-01-16', 'all-day tomorrow'],
      ['2026-01-16', '00:30 tomorrow, still the 15th in UTC'],
      ['2026-01-16', tomorrow.id],
      ['2026-01-22', 'all-day in 7 days'],
      ['2026-01-22', 'late on day 7'],
    ]);
    expect(agenda.counts).toEqual({
      overdue: agenda.overdue.length,
      today: agenda.todayItems.length,
      upcoming: agenda.upcoming.length,
    });
    expect(await t.call('agenda.counts', {})).toEqual(agenda.counts);
  });

  it('carries what a row needs: prep progress, end time, gig and client, all-day flag', async () => {
    const i = await interview(berlin(15, 16), { link: 'https://meet.example.com/x' });
    await t.call('interviewPrep.update', { id: i.prepItems[0]?.id ?? 0, done: true });
    await deadline('all-day today', { dueDate: '2026-01-15' });
    const [allDay, row] = (await t.call('agenda.get', {})).todayItems;
    expect(row).toMatchObject({
      type: 'interview',
      at: berlin(15, 16),
      endsAt: berlin(15, 16, 30),
      date: '2026-01-15',
      allDay: false,
      gigId,
      gigTitle: 'Rebuild',
      clientName: 'Acme',
      interviewKind: 'video',
      link: 'https://meet.example.com/x',
      prepDone: 1,
      prepTotal: 6,
    });
    expect(allDay).toMatchObject({ type: 'deadline', at: null, allDay: true, date: '2026-01-15', priority: 'normal' });
  });

  it('a timed deadline moves from today to overdue the moment it passes; days narrows the horizon', async () => {
    await deadline('at 15:00', { dueAt: berlin(15, 15) });
    await seedWeek();
    expect((await t.call('agenda.get', {})).todayItems.map((i) => i.title)).toContain('at 15:00');
    t.clock.set(berlin(15, 15) + 1, { freeze: true });
    const later = await t.call('agenda.get', { days: 1 });
    expect(later.overdue.map((i) => i.title)).toContain('at 15:00');
    expect(later.todayItems.map((i) => i.title)).not.toContain('at 15:00');
    expect(later.upcoming.every((i) => i.date === '2026-01-16')).toBe(true);
    expect(later.upcoming).toHaveLength(3);
    expect((await t.call('agenda.counts', {})).overdue).toBe(later.overdue.length);
  });

  it('rolls over at local midnight, not at UTC midnight', async () => {
    await deadline('all-day on the 16th', { dueDate: '2026-01-16' });
    t.clock.set(berlin(16, 0, 30), { freeze: true });
    const agenda = await t.call('agenda.get', {});
    expect(agenda.today).toBe('2026-01-16');
    expect(agenda.todayItems.map((i) => i.title)).toEqual(['all-day on the 16th']);
  });
});

describe('calendar.range', () => {
  it('returns the range’s items with completed deadlines, without cancelled interviews', async () => {
    await seedWeek();
    const range = await t.call('calendar.range', { from: '2026-01-15', to: '2026-01-15' });
    expect(procedures['calendar.range'].output.parse(range)).toEqual(range);
    expect(range.items.map((i) => (i.type === 'interview' ? `interview ${i.at}` : i.title))).toEqual([
      'all-day today',
      `interview ${berlin(15, 9)}`,
      'timed earlier today',
      `interview ${berlin(15, 16)}`,
      'timed tonight',
      'completed today',
    ]);
    expect(range.items.find((i) => i.title === 'completed today')?.completedAt).toBe(berlin(15, 14));
    expect(range.items.find((i) => i.title === 'timed earlier today')?.overdue).toBe(true);
    const week = await t.call('calendar.range', { from: '2026-01-16', to: '2026-01-22' });
    expect(week.items.map((i) => i.date)).toEqual([
      '2026-01-16',
      '2026-01-16',
      '2026-01-16',
      '2026-01-22',
      '2026-01-22',
    ]);
  });

  it('carries each day’s first perDay items and says how many a crowded day holds', async () => {
    const insert = t.core.context.sqlite.prepare(
      `INSERT INTO deadlines (title, due_date, priority, important, notes, created_at, updated_at)
       VALUES (?, ?, 'normal', 0, '', 0, 0)`,
    );
    // The 5th: 30 all-day deadlines, then an interview; the 6th: an interview and a deadline before it.
    for (let i = 0; i < 30; i++) insert.run(`All-day ${i}`, '2026-01-05');
    const fifth = await interview(berlin(5, 9));
    await interview(berlin(6, 12));
    await deadline('Early on the 6th', { dueAt: berlin(6, 8) });
    await interview(berlin(6, 13), { outcome: 'cancelled' });
    const week = await t.call('calendar.range', { from: '2026-01-05', to: '2026-01-11' });
    expect(week.items.filter((i) => i.date === '2026-01-05').map((i) => i.title)).toEqual(
      Array.from({ length: CALENDAR_PER_DAY }, (_, i) => `All-day ${i}`),
    );
    expect(week.crowdedDays).toEqual([{ date: '2026-01-05', total: 31 }]);
    const month = await t.call('calendar.range', { from: '2026-01-01', to: '2026-01-31', perDay: 2 });
    expect(month.items.map((i) => [i.date, i.title])).toEqual([
      ['2026-01-05', 'All-day 0'],
      ['2026-01-05', 'All-day 1'],
      ['2026-01-06', 'Early on the 6th'],
      ['2026-01-06', 'Rebuild'],
    ]);
    // Exactly perDay items is not crowded; the cancelled interview is not counted.
    expect(month.crowdedDays).toEqual([{ date: '2026-01-05', total: 31 }]);
    const roomy = await t.call('calendar.range', { from: '2026-01-05', to: '2026-01-05', perDay: 100 });
    expect(roomy.items.at(-1)?.id).toBe(fifth.id);
    expect(roomy.crowdedDays).toEqual([]);
    expect(await failure(t, 'calendar.range', { from: '2026-01-05', to: '2026-01-05', perDay: 101 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'perDay' }],
    });
  });

  it('refuses reversed ranges and ranges over 62 days', async () => {
    expect(await failure(t, 'calendar.range', { from: '2026-02-01', to: '2026-01-31' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'to' }],
    });
    expect(await failure(t, 'calendar.range', { from: '2026-01-01', to: '2026-03-05' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'to' }],
    });
    expect((await t.call('calendar.range', { from: '2026-01-01', to: '2026-03-04' })).items).toHaveLength(0);
    expect((await failure(t, 'calendar.range', { from: '2026-01-01', to: '2026-13-01' })).code).toBe('VALIDATION');
  });

  it('places items on the right local days across the 2026-03-29 DST change in Berlin', async () => {
    // CET (UTC+1) until 02:00 on the 29th, CEST (UTC+2) after.
    await deadline('late on the 28th', { dueAt: Date.UTC(2026, 2, 28, 22, 59) });
    await deadline('00:30 on the 29th', { dueAt: Date.UTC(2026, 2, 28, 23, 30) });
    await deadline('all-day 29th', { dueDate: '2026-03-29' });
    const late = await interview(Date.UTC(2026, 2, 29, 21, 30));
    await deadline('00:15 on the 30th', { dueAt: Date.UTC(2026, 2, 29, 22, 15) });
    const day = await t.call('calendar.range', { from: '2026-03-29', to: '2026-03-29' });
    expect(day.items.map((i) => (i.type === 'interview' ? i.id : i.title))).toEqual([
      'all-day 29th',
      '00:30 on the 29th',
      late.id,
    ]);
    const three = await t.call('calendar.range', { from: '2026-03-28', to: '2026-03-30' });
    expect(three.items.map((i) => [i.date, i.type === 'interview' ? 'interview' : i.title])).toEqual([
      ['2026-03-28', 'late on the 28th'],
      ['2026-03-29', 'all-day 29th'],
      ['2026-03-29', '00:30 on the 29th'],
      ['2026-03-29', 'interview'],
      ['2026-03-30', '00:15 on the 30th'],
    ]);
  });
});
