import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedures, type ProcedureInput } from '../../contract';
import { contentDump } from '../testing/db-inspect';
import { countWhere, failure, makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

const HOUR = 3_600_000;
const sql = () => t.core.context.sqlite;
const create = (input: ProcedureInput<'deadlines.create'>) => t.call('deadlines.create', input);

describe('deadlines.create', () => {
  it('stores a timed deadline in the user’s zone by default and an all-day one without a zone', async () => {
    t.clock.setTimeZone('Asia/Tokyo');
    const timed = await create({ title: ' Send invoice ', dueAt: TEST_START + HOUR, reminderOffsets: [60, 1440, 60] });
    expect(procedures['deadlines.create'].output.parse(timed)).toEqual(timed);
    expect(timed).toMatchObject({
      title: 'Send invoice',
      dueAt: TEST_START + HOUR,
      dueDate: null,
      timeZone: 'Asia/Tokyo',
      priority: 'normal',
      important: false,
      notes: '',
      reminderOffsets: [1440, 60],
      completedAt: null,
      overdue: false,
      gigId: null,
      clientId: null,
    });
    const explicit = await create({ title: 'NY', dueAt: TEST_START, timeZone: 'America/New_York', important: true });
    expect(explicit).toMatchObject({ timeZone: 'America/New_York', important: true });
    const allDay = await create({ title: 'Tax', dueDate: '2026-01-31', priority: 'high' });
    expect(allDay).toMatchObject({ dueAt: null, dueDate: '2026-01-31', timeZone: null, priority: 'high' });
  });

  it('needs exactly one of dueAt and dueDate', async () => {
    const before = contentDump(sql());
    for (const due of [{}, { dueAt: TEST_START, dueDate: '2026-01-20' }, { dueAt: null, dueDate: null }]) {
      expect(await failure(t, 'deadlines.create', { title: 'X', ...due })).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'dueAt' }],
      });
    }
    expect((await failure(t, 'deadlines.create', { title: 'X', dueDate: '2026-02-30' })).issues?.[0]?.path).toBe(
      'dueDate',
    );
    expect(contentDump(sql())).toEqual(before);
  });

  it('fills the client from the gig, and refuses a gig of another client or unknown links', async () => {
    const acme = await makeClient(t, 'Acme');
    const other = await makeClient(t, 'Other');
    const gig = await makeGig(t, acme.id, 'G');
    const d = await create({ title: 'D', gigId: gig.id, dueDate: '2026-02-01' });
    expect(d).toMatchObject({ gigId: gig.id, gigTitle: 'G', clientId: acme.id, clientName: 'Acme' });
    const before = contentDump(sql());
    expect(
      await failure(t, 'deadlines.create', { title: 'D', gigId: gig.id, clientId: other.id, dueDate: '2026-02-01' }),
    ).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'clientId' }] });
    expect(await failure(t, 'deadlines.create', { title: 'D', gigId: 9999, dueDate: '2026-02-01' })).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ path: 'gigId' }],
    });
    expect(await failure(t, 'deadlines.create', { title: 'D', clientId: 9999, dueDate: '2026-02-01' })).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ path: 'clientId' }],
    });
    expect(contentDump(sql())).toEqual(before);
  });
});

describe('deadlines.update', () => {
  it('switching timed ↔ all-day clears the other half; a timed switch takes the user’s zone', async () => {
    t.clock.setTimeZone('Europe/Berlin');
    const d = await create({ title: 'D', dueDate: '2026-01-20' });
    const timed = await t.call('deadlines.update', { id: d.id, dueAt: TEST_START + HOUR });
    expect(timed).toMatchObject({ dueAt: TEST_START + HOUR, dueDate: null, timeZone: 'Europe/Berlin' });
    const back = await t.call('deadlines.update', { id: d.id, dueDate: '2026-01-21' });
    expect(back).toMatchObject({ dueAt: null, dueDate: '2026-01-21' });
    const before = contentDump(sql());
    expect(await failure(t, 'deadlines.update', { id: d.id, dueDate: null })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'dueAt' }],
    });
    expect((await failure(t, 'deadlines.update', { id: d.id, dueAt: TEST_START, dueDate: '2026-01-22' })).code).toBe(
      'VALIDATION',
    );
    expect(contentDump(sql())).toEqual(before);
  });

  it('moving a timed deadline keeps the zone it was set in', async () => {
    const d = await create({ title: 'D', dueAt: TEST_START, timeZone: 'America/New_York' });
    t.clock.setTimeZone('Europe/Berlin');
    expect(await t.call('deadlines.update', { id: d.id, dueAt: TEST_START + HOUR })).toMatchObject({
      dueAt: TEST_START + HOUR,
      timeZone: 'America/New_York',
    });
    expect(await t.call('deadlines.update', { id: d.id, timeZone: 'Asia/Tokyo' })).toMatchObject({
      timeZone: 'Asia/Tokyo',
    });
  });

  it('re-links: unlinking the gig keeps the client; another client than the gig’s is refused', async () => {
    const acme = await makeClient(t, 'Acme');
    const other = await makeClient(t, 'Other');
    const gig = await makeGig(t, acme.id, 'G');
    const d = await create({ title: 'D', gigId: gig.id, dueDate: '2026-02-01' });
    expect((await failure(t, 'deadlines.update', { id: d.id, clientId: other.id })).code).toBe('VALIDATION');
    expect(await t.call('deadlines.update', { id: d.id, gigId: null })).toMatchObject({
      gigId: null,
      clientId: acme.id,
    });
    expect(await t.call('deadlines.update', { id: d.id, clientId: other.id })).toMatchObject({ clientId: other.id });
    expect(await t.call('deadlines.update', { id: d.id, gigId: gig.id })).toMatchObject({ clientId: acme.id });
    expect((await failure(t, 'deadlines.update', { id: 9999, title: 'x' })).code).toBe('NOT_FOUND');
  });
});

describe('completion and overdue', () => {
  it('completing logs a timeline entry once; undoing removes it', async () => {
    const client = await makeClient(t, 'Acme');
    const d = await create({ title: 'Proposal', clientId: client.id, dueAt: TEST_START - HOUR });
    expect(d.overdue).toBe(true);
    const entries = () => countWhere(sql(), 'timeline_events', "deadline_id = ? AND kind = 'deadline_completed'", d.id);
    t.advance(1000);
    const done = await t.call('deadlines.setCompleted', { id: d.id, completed: true });
    expect(done).toMatchObject({ completedAt: TEST_START + 1000, overdue: false });
    await t.call('deadlines.setCompleted', { id: d.id, completed: true });
    expect(entries()).toBe(1);
    expect((await t.call('clients.get', { id: client.id })).timeline[0]).toMatchObject({
      kind: 'deadline_completed',
      body: 'Completed: Proposal',
    });
    const undone = await t.call('deadlines.setCompleted', { id: d.id, completed: false });
    expect(undone).toMatchObject({ completedAt: null, overdue: true });
    expect(entries()).toBe(0);
  });

  it('a timed deadline is overdue once its instant has passed', async () => {
    const d = await create({ title: 'D', dueAt: TEST_START + 1000 });
    expect(d.overdue).toBe(false);
    t.advance(1000);
    expect((await t.call('deadlines.get', { id: d.id })).overdue).toBe(false);
    t.advance(1);
    expect((await t.call('deadlines.get', { id: d.id })).overdue).toBe(true);
  });

  it('an all-day deadline is overdue from the next local day in the user’s zone', async () => {
    // 2026-01-15 11:30 UTC is already 2026-01-16 00:30 in Auckland (UTC+13 in January).
    t.clock.set(Date.UTC(2026, 0, 15, 11, 30), { freeze: true });
    const d = await create({ title: 'D', dueDate: '2026-01-15' });
    t.clock.setTimeZone('UTC');
    expect((await t.call('deadlines.get', { id: d.id })).overdue).toBe(false);
    t.clock.setTimeZone('Pacific/Auckland');
    expect((await t.call('deadlines.get', { id: d.id })).overdue).toBe(true);
    expect((await t.call('deadlines.list', {})).items[0]?.overdue).toBe(true);
    t.clock.set(Date.UTC(2026, 0, 15, 10, 59), { freeze: true });
    expect((await t.call('deadlines.get', { id: d.id })).overdue).toBe(false);
  });
});

describe('deadlines.list and delete', () => {
  it('lists open ones by due time (timed and all-day together), completed ones, all; filters; deletes', async () => {
    const acme = await makeClient(t, 'Acme');
    const gig = await makeGig(t, acme.id, 'G');
    const late = await create({ title: 'Late', dueAt: Date.UTC(2026, 0, 20, 12) });
    const early = await create({ title: 'Early', dueDate: '2026-01-18', gigId: gig.id });
    const mid = await create({ title: 'Mid', dueAt: Date.UTC(2026, 0, 19, 8), clientId: acme.id });
    const done = await create({ title: 'Done', dueDate: '2026-01-10' });
    await t.call('deadlines.setCompleted', { id: done.id, completed: true });
    const titles = async (query: ProcedureInput<'deadlines.list'>) =>
      (await t.call('deadlines.list', query)).items.map((d) => d.title);
    expect(await titles({})).toEqual(['Early', 'Mid', 'Late']);
    expect(await titles({ status: 'completed' })).toEqual(['Done']);
    expect(await titles({ status: 'all' })).toHaveLength(4);
    expect(await titles({ gigId: gig.id })).toEqual(['Early']);
    expect(await titles({ clientId: acme.id })).toEqual(['Early', 'Mid']);
    const page = await t.call('deadlines.list', { limit: 1, offset: 1 });
    expect(procedures['deadlines.list'].output.parse(page)).toEqual(page);
    expect(page).toMatchObject({ total: 3, items: [{ id: mid.id }] });
    expect((await t.call('clients.get', { id: acme.id })).deadlines.map((d) => d.id)).toEqual([early.id, mid.id]);
    await t.call('deadlines.delete', { id: late.id });
    expect((await failure(t, 'deadlines.get', { id: late.id })).code).toBe('NOT_FOUND');
    expect((await failure(t, 'deadlines.delete', { id: late.id })).code).toBe('NOT_FOUND');
  });
});
