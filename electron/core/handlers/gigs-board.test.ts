import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedures, type GigSummary, type ProcedureInput } from '../../contract';
import { countWhere, failure, makeClient, makeGig, stageId } from '../testing/pipeline-fixtures';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

async function column(name = 'Lead', query: ProcedureInput<'gigs.board'> = {}): Promise<GigSummary[]> {
  const stage = (await t.call('gigs.board', query)).stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no column ${name}`);
  return stage.gigs;
}
const titles = async (name = 'Lead') => (await column(name)).map((g) => g.title);

function expectStrictlyOrdered(cards: GigSummary[]) {
  for (let i = 1; i < cards.length; i++) {
    const gap = (cards[i]?.position ?? 0) - (cards[i - 1]?.position ?? 0);
    expect(gap).toBeGreaterThan(1e-10);
  }
}

async function fourCards() {
  const client = await makeClient(t, 'Acme');
  const [a, b, c, d] = [
    await makeGig(t, client.id, 'A'),
    await makeGig(t, client.id, 'B'),
    await makeGig(t, client.id, 'C'),
    await makeGig(t, client.id, 'D'),
  ];
  if (!a || !b || !c || !d) throw new Error('seed failed');
  return { client, a, b, c, d };
}

describe('gigs.move within a column', () => {
  it('places a card before another or at the end, keeping positions strictly ordered', async () => {
    const { a, b, c, d } = await fourCards();
    expect(await titles()).toEqual(['A', 'B', 'C', 'D']);
    await t.call('gigs.move', { id: d.id, stageId: d.stageId, beforeId: a.id });
    expect(await titles()).toEqual(['D', 'A', 'B', 'C']);
    await t.call('gigs.move', { id: a.id, stageId: a.stageId, beforeId: c.id });
    expect(await titles()).toEqual(['D', 'B', 'A', 'C']);
    await t.call('gigs.move', { id: b.id, stageId: b.stageId, beforeId: null });
    expect(await titles()).toEqual(['D', 'A', 'C', 'B']);
    await t.call('gigs.move', { id: c.id, stageId: c.stageId });
    expect(await titles()).toEqual(['D', 'A', 'B', 'C']);
    await t.call('gigs.move', { id: a.id, stageId: a.stageId, beforeId: a.id });
    expect(await titles()).toEqual(['D', 'A', 'B', 'C']);
    expectStrictlyOrdered(await column());
  });

  it('survives many halvings of the same gap by renumbering the column, order intact', async () => {
    const { a, b, c, d } = await fourCards();
    for (let i = 0; i < 80; i++) {
      const [mover, target] = i % 2 === 0 ? [c, b] : [b, c];
      await t.call('gigs.move', { id: mover.id, stageId: a.stageId, beforeId: target.id });
      const cards = await column();
      expect(cards.map((g) => g.id)).toEqual([a.id, mover.id, target.id, d.id]);
      expectStrictlyOrdered(cards);
    }
    expect(countWhere(t.core.context.sqlite, 'timeline_events', "kind = 'stage_change'")).toBe(0);
  });

  it('moves into another column before a given card, with one timeline event', async () => {
    const { a, b, client } = await fourCards();
    const applied = await stageId(t, 'Applied');
    const x = await makeGig(t, client.id, 'X', { stageId: applied });
    const y = await makeGig(t, client.id, 'Y', { stageId: applied });
    t.advance(1000);
    const moved = await t.call('gigs.move', { id: b.id, stageId: applied, beforeId: y.id });
    expect(moved).toMatchObject({ stageId: applied, stageEnteredAt: TEST_START + 1000 });
    expect(await titles('Applied')).toEqual(['X', 'B', 'Y']);
    expect(await titles()).toEqual(['A', 'C', 'D']);
    expect(countWhere(t.core.context.sqlite, 'timeline_events', "gig_id = ? AND kind = 'stage_change'", b.id)).toBe(1);
    expect(x.id).not.toBe(a.id);
  });

  it('refuses a beforeId in another stage, unknown ids and unknown stages, writing nothing', async () => {
    const { a, b, client } = await fourCards();
    const applied = await stageId(t, 'Applied');
    const elsewhere = await makeGig(t, client.id, 'Elsewhere', { stageId: applied });
    const before = await column();
    expect(await failure(t, 'gigs.move', { id: a.id, stageId: a.stageId, beforeId: elsewhere.id })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'beforeId' }],
    });
    expect(await failure(t, 'gigs.move', { id: a.id, stageId: applied, beforeId: a.id })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'beforeId' }],
    });
    expect((await failure(t, 'gigs.move', { id: a.id, stageId: a.stageId, beforeId: 9999 })).code).toBe('NOT_FOUND');
    expect((await failure(t, 'gigs.move', { id: 9999, stageId: a.stageId })).code).toBe('NOT_FOUND');
    expect(await failure(t, 'gigs.move', { id: b.id, stageId: 9999 })).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ path: 'stageId' }],
    });
    expect(await column()).toEqual(before);
  });
});

describe('gigs.board', () => {
  async function seed() {
    const acme = await makeClient(t, 'Acme');
    const globex = await makeClient(t, 'Globex');
    const applied = await stageId(t, 'Applied');
    for (let i = 1; i <= 5; i++) await makeGig(t, acme.id, `Acme ${i}`, { source: 'platform', tags: ['Web'] });
    await makeGig(t, globex.id, 'Globex design', { source: 'referral', tags: ['Design'], stageId: applied });
    await makeGig(t, globex.id, 'Via Acme', { source: 'referral', agencyClientId: acme.id });
    return { acme, globex };
  }

  it('has a column per stage in stage order with totals, limited per stage', async () => {
    await seed();
    const board = await t.call('gigs.board', { perStage: 2 });
    expect(procedures['gigs.board'].output.parse(board)).toEqual(board);
    expect(board.stages.map((s) => s.name)).toEqual([
      'Lead',
      'Applied',
      'Interviewing',
      'Negotiating',
      'Won',
      'Active',
      'Completed',
      'Lost',
    ]);
    expect(board.stages.map((s) => [s.total, s.gigs.length])).toEqual([
      [6, 2],
      [1, 1],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(board.stages[0]?.gigs.map((g) => g.title)).toEqual(['Acme 1', 'Acme 2']);
  });

  it.each([
    ['client (as client or agency)', 'acme', { Lead: 6, Applied: 0 }],
    ['source', { source: 'referral' }, { Lead: 1, Applied: 1 }],
    ['tag, any case', { tag: 'DESIGN' }, { Lead: 0, Applied: 1 }],
    ['search on title', { search: 'DESIGN' }, { Lead: 0, Applied: 1 }],
    ['search on client name', { search: 'globex' }, { Lead: 1, Applied: 1 }],
    ['search with SQL wildcards as text', { search: '%' }, { Lead: 0, Applied: 0 }],
  ] as const)('filters by %s', async (_label, filter, expected) => {
    const { acme } = await seed();
    const query = filter === 'acme' ? { clientId: acme.id } : filter;
    const board = await t.call('gigs.board', query);
    const totals = Object.fromEntries(board.stages.map((s) => [s.name, s.total]));
    expect(totals).toMatchObject(expected);
    for (const s of board.stages) expect(s.gigs).toHaveLength(s.total);
  });
});

describe('gigs.list', () => {
  async function seed() {
    const zeta = await makeClient(t, 'Zeta');
    const alpha = await makeClient(t, 'alpha');
    const won = await stageId(t, 'Won');
    const g1 = await makeGig(t, zeta.id, 'banana', {
      currency: 'EUR',
      proposedRateMinor: 500,
      startDate: '2026-03-01',
    });
    t.advance(1000);
    const g2 = await makeGig(t, alpha.id, 'Apple', { currency: 'EUR', agreedRateMinor: 900, stageId: won });
    t.advance(1000);
    const g3 = await makeGig(t, zeta.id, 'cherry', { source: 'inbound', tags: ['Rush'], startDate: '2026-02-01' });
    t.advance(1000);
    await t.call('gigs.update', { id: g1.id, notes: 'touched' });
    return { zeta, alpha, won, g1, g2, g3 };
  }
  const list = async (query: ProcedureInput<'gigs.list'>) =>
    (await t.call('gigs.list', query)).items.map((g) => g.title);

  it.each([
    [{}, ['banana', 'cherry', 'Apple']],
    [{ sort: 'title' }, ['Apple', 'banana', 'cherry']],
    [{ sort: 'title', direction: 'desc' }, ['cherry', 'banana', 'Apple']],
    [{ sort: 'client' }, ['Apple', 'banana', 'cherry']],
    [{ sort: 'created' }, ['cherry', 'Apple', 'banana']],
    [{ sort: 'rate' }, ['Apple', 'banana', 'cherry']],
    [{ sort: 'stage', direction: 'desc' }, ['Apple', 'cherry', 'banana']],
    [{ sort: 'start' }, ['banana', 'cherry', 'Apple']],
    [{ sort: 'inStage' }, ['banana', 'Apple', 'cherry']],
  ] as [ProcedureInput<'gigs.list'>, string[]][])('sorts %j', async (query, expected) => {
    await seed();
    expect(await list(query)).toEqual(expected);
  });

  it('filters by stage, client, source, tag and search, and reports the filtered total', async () => {
    const { zeta, won } = await seed();
    expect(await list({ stageId: won, sort: 'title' })).toEqual(['Apple']);
    expect(await list({ clientId: zeta.id, sort: 'title' })).toEqual(['banana', 'cherry']);
    expect(await list({ source: 'inbound' })).toEqual(['cherry']);
    expect(await list({ tag: 'rush' })).toEqual(['cherry']);
    expect(await list({ search: 'ALPH' })).toEqual(['Apple']);
    const page = await t.call('gigs.list', { sort: 'title', limit: 2, offset: 1 });
    expect(procedures['gigs.list'].output.parse(page)).toEqual(page);
    expect(page).toMatchObject({ total: 3, items: [{ title: 'banana' }, { title: 'cherry' }] });
    expect((await t.call('gigs.list', { clientId: zeta.id, limit: 1 })).total).toBe(2);
    expect((await t.call('gigs.list', { offset: 50 })).items).toEqual([]);
  });
});

describe('next interview and deadline on the summary', () => {
  it('shows the earliest pending interview not yet over, with prep progress, and the first open deadline', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'G');
    const hour = 3_600_000;
    const interview = (startsAt: number, extra: Partial<ProcedureInput<'interviews.create'>> = {}) =>
      t.call('interviews.create', { gigId: gig.id, startsAt, timeZone: 'UTC', durationMinutes: 60, ...extra });
    await interview(TEST_START - 2 * hour);
    await interview(TEST_START + hour, { outcome: 'cancelled' });
    const later = await interview(TEST_START + 5 * hour);
    const running = await interview(TEST_START - 30 * 60_000, { durationMinutes: 45 });
    for (const item of running.prepItems.slice(0, 2)) await t.call('interviewPrep.update', { id: item.id, done: true });

    const done = await t.call('deadlines.create', { title: 'Done', gigId: gig.id, dueAt: TEST_START - hour });
    await t.call('deadlines.setCompleted', { id: done.id, completed: true });
    await t.call('deadlines.create', { title: 'All-day', gigId: gig.id, dueDate: '2026-01-17' });
    const soon = await t.call('deadlines.create', { title: 'Soon', gigId: gig.id, dueAt: TEST_START + 2 * hour });

    const summary = (await t.call('gigs.list', {})).items[0];
    expect(summary?.nextInterview).toEqual({ id: running.id, startsAt: running.startsAt, prepDone: 2, prepTotal: 6 });
    expect(summary?.nextDeadline).toEqual({ id: soon.id, title: 'Soon', dueAt: soon.dueAt, dueDate: null });

    t.advance(hour);
    const board = (await column())[0];
    expect(board?.nextInterview).toMatchObject({ id: later.id, prepDone: 0, prepTotal: 6 });
  });
});
