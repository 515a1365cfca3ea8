import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedures, type ProcedureInput } from '../../contract';
import { countWhere, failure, makeClient, makeGig, stageId } from '../testing/pipeline-fixtures';
import { contentDump, rowCounts } from '../testing/db-inspect';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

const sql = () => t.core.context.sqlite;
const stageEvents = (gigId: number) =>
  countWhere(sql(), 'timeline_events', "gig_id = ? AND kind = 'stage_change'", gigId);

describe('gigs.create', () => {
  it('lands in the first open stage at the end of its column, with tags deduplicated', async () => {
    const client = await makeClient(t, 'Acme');
    const first = await makeGig(t, client.id, '  Landing page ', { tags: ['Web', 'web', 'React'] });
    const second = await makeGig(t, client.id, 'API');
    expect(procedures['gigs.create'].output.parse(first)).toEqual(first);
    expect(first).toMatchObject({
      title: 'Landing page',
      clientId: client.id,
      clientName: 'Acme',
      stageName: 'Lead',
      stageKind: 'open',
      stageEnteredAt: TEST_START,
      tags: ['React', 'Web'],
      requirements: '',
      notes: '',
      currency: null,
      nextInterview: null,
      nextDeadline: null,
      archivedAt: null,
    });
    expect(second.stageId).toBe(first.stageId);
    expect(second.position).toBeGreaterThan(first.position);
  });

  it('skips stages of kind won/lost when picking the default, after a reorder', async () => {
    const client = await makeClient(t, 'Acme');
    const stages = await t.call('stages.list', {});
    const won = stages.find((s) => s.name === 'Won');
    await t.call('stages.reorder', { ids: [won?.id ?? 0, ...stages.filter((s) => s !== won).map((s) => s.id)] });
    expect((await makeGig(t, client.id, 'X')).stageName).toBe('Lead');
  });

  it('stores money, rate, referral and agency fields and returns names for the references', async () => {
    const client = await makeClient(t, 'End Client');
    const agency = await makeClient(t, 'Agency', { contacts: [{ name: 'Rita Referrer' }] });
    const gig = await makeGig(t, client.id, 'Platform rebuild', {
      agencyClientId: agency.id,
      source: 'referral',
      referrerContactId: agency.contacts[0]?.id ?? 0,
      currency: 'eur',
      rateUnit: 'day',
      proposedRateMinor: 80_000,
      budgetMinor: 2_000_000,
      startDate: '2026-02-01',
      endDate: '2026-02-01',
    });
    expect(gig).toMatchObject({
      currency: 'EUR',
      rateUnit: 'day',
      proposedRateMinor: 80_000,
      agency: { id: agency.id, name: 'Agency' },
      referrerContact: { name: 'Rita Referrer' },
      referrerClient: null,
      source: 'referral',
    });
  });

  const bad: [string, Partial<ProcedureInput<'gigs.create'>>, string][] = [
    ['an empty title', { title: '' }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a negative rate', { currency: 'EUR', proposedRateMinor: -1 }, 'proposedRateMinor'],
    ['an absurd rate', { currency: 'EUR', agreedRateMinor: 10 ** 13 }, 'agreedRateMinor'],
    ['a fractional amount of cents', { currency: 'EUR', budgetMinor: 10.5 }, 'budgetMinor'],
    ['an unknown currency', { currency: 'ZZZ' }, 'currency'],
    ['a currency that is not a code', { currency: 'euro' }, 'currency'],
    ['money without a currency', { proposedRateMinor: 5000 }, 'currency'],
    ['an end before the start', { startDate: '2026-03-01', endDate: '2026-02-28' }, 'endDate'],
    ['a date that does not exist', { startDate: '2026-02-30' }, 'startDate'],
    ['an unknown source', { source: 'telepathy' as 'other' }, 'source'],
  ];
  it.each(bad)('refuses %s with VALIDATION on the field and writes nothing', async (_label, patch, path) => {
    const client = await makeClient(t, 'Acme');
    const before = contentDump(sql());
    const error = await failure(t, 'gigs.create', { title: 'Gig', clientId: client.id, ...patch });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path)).toContain(path);
    expect(contentDump(sql())).toEqual(before);
  });

  it('refuses the client as its own agency', async () => {
    const client = await makeClient(t, 'Acme');
    const error = await failure(t, 'gigs.create', { title: 'G', clientId: client.id, agencyClientId: client.id });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'agencyClientId' }] });
  });

  it.each([['clientId'], ['agencyClientId'], ['referrerClientId'], ['referrerContactId'], ['stageId']] as const)(
    'answers NOT_FOUND on %s when it points nowhere, and writes nothing',
    async (field) => {
      const client = await makeClient(t, 'Acme');
      const before = rowCounts(sql());
      const error = await failure(t, 'gigs.create', { title: 'G', clientId: client.id, [field]: 987_654 });
      expect(error.code).toBe('NOT_FOUND');
      expect(error.issues?.map((i) => i.path)).toEqual([field]);
      expect(rowCounts(sql())).toEqual(before);
    },
  );
});

describe('gigs.update', () => {
  it('re-checks the rules on the merged row: a new end before the stored start is refused, nothing written', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'G', { startDate: '2026-03-10', currency: 'USD', proposedRateMinor: 100 });
    const before = contentDump(sql());
    expect(await failure(t, 'gigs.update', { id: gig.id, endDate: '2026-03-09' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'endDate' }],
    });
    expect(await failure(t, 'gigs.update', { id: gig.id, currency: null })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'currency' }],
    });
    expect(contentDump(sql())).toEqual(before);
    expect((await t.call('gigs.get', { id: gig.id })).endDate).toBeNull();

    const agency = await makeClient(t, 'Agency');
    await t.call('gigs.update', { id: gig.id, agencyClientId: agency.id });
    const withAgency = contentDump(sql());
    expect(await failure(t, 'gigs.update', { id: gig.id, clientId: agency.id })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'agencyClientId' }],
    });
    expect(contentDump(sql())).toEqual(withAgency);
  });

  it('changes only the given fields, clears with null and moves updatedAt', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'G', { notes: 'n', currency: 'EUR', proposedRateMinor: 5, tags: ['A'] });
    t.advance(5000);
    const updated = await t.call('gigs.update', { id: gig.id, title: 'G2', proposedRateMinor: null, tags: ['B'] });
    expect(updated).toMatchObject({ title: 'G2', notes: 'n', proposedRateMinor: null, currency: 'EUR', tags: ['B'] });
    expect(updated.updatedAt).toBe(TEST_START + 5000);
    expect((await t.call('tags.list', {})).map((tag) => tag.name)).toEqual(['B']);
  });

  it('answers NOT_FOUND for an unknown gig or stage', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'G');
    expect((await failure(t, 'gigs.update', { id: 999, title: 'x' })).code).toBe('NOT_FOUND');
    expect(await failure(t, 'gigs.update', { id: gig.id, stageId: 999 })).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ path: 'stageId' }],
    });
  });
});

describe('stage changes', () => {
  it('via update: one stage_change event, stage clock reset, card at the end of the new column', async () => {
    const client = await makeClient(t, 'Acme');
    const applied = await stageId(t, 'Applied');
    const resident = await makeGig(t, client.id, 'Already there', { stageId: applied });
    const gig = await makeGig(t, client.id, 'Mover');
    t.advance(3_600_000);
    const moved = await t.call('gigs.update', { id: gig.id, stageId: applied, notes: 'sent proposal' });
    expect(moved).toMatchObject({ stageName: 'Applied', stageEnteredAt: TEST_START + 3_600_000 });
    expect(moved.position).toBeGreaterThan(resident.position);
    expect(stageEvents(gig.id)).toBe(1);
    expect(moved.timeline[0]).toMatchObject({
      kind: 'stage_change',
      body: 'Moved from Lead to Applied',
      clientId: client.id,
      meta: { fromStageId: gig.stageId, toStageId: applied },
      occurredAt: TEST_START + 3_600_000,
    });
    t.advance(1000);
    const same = await t.call('gigs.update', { id: gig.id, stageId: applied, title: 'Renamed' });
    expect(same.stageEnteredAt).toBe(TEST_START + 3_600_000);
    expect(stageEvents(gig.id)).toBe(1);
  });

  it('via gigs.move: one event across stages, none within a stage', async () => {
    const client = await makeClient(t, 'Acme');
    const won = await stageId(t, 'Won');
    const a = await makeGig(t, client.id, 'A');
    const b = await makeGig(t, client.id, 'B');
    t.advance(60_000);
    await t.call('gigs.move', { id: b.id, stageId: a.stageId, beforeId: a.id });
    expect(stageEvents(b.id)).toBe(0);
    expect((await t.call('gigs.get', { id: b.id })).stageEnteredAt).toBe(TEST_START);
    const moved = await t.call('gigs.move', { id: b.id, stageId: won });
    expect(procedures['gigs.move'].output.parse(moved)).toEqual(moved);
    expect(moved).toMatchObject({ stageName: 'Won', stageKind: 'won', stageEnteredAt: TEST_START + 60_000 });
    expect(stageEvents(b.id)).toBe(1);
    expect((await t.call('clients.get', { id: client.id })).timeline.map((e) => e.body)).toContain(
      'Moved from Lead to Won',
    );
  });
});

describe('archive and delete', () => {
  it('archiving hides a gig from the board and the active list, not from the archived list', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'Old');
    await makeGig(t, client.id, 'Current');
    t.advance(1000);
    expect((await t.call('gigs.setArchived', { id: gig.id, archived: true })).archivedAt).toBe(TEST_START + 1000);
    const lead = (await t.call('gigs.board', {})).stages.find((s) => s.name === 'Lead');
    expect(lead?.gigs.map((g) => g.title)).toEqual(['Current']);
    expect(lead).toMatchObject({ total: 1, gigCount: 1 });
    expect((await t.call('gigs.list', { archived: 'archived' })).items.map((g) => g.title)).toEqual(['Old']);
    expect((await t.call('gigs.setArchived', { id: gig.id, archived: false })).archivedAt).toBeNull();
    expect((await failure(t, 'gigs.setArchived', { id: 999, archived: true })).code).toBe('NOT_FOUND');
  });

  it('deleting a gig removes its interviews, prep, deadlines, questions, rate trail and timeline only', async () => {
    const client = await makeClient(t, 'Acme', { contacts: [{ name: 'Ann' }] });
    const doomed = await makeGig(t, client.id, 'Doomed', { tags: ['OnlyHere', 'Shared'] });
    const kept = await makeGig(t, client.id, 'Kept', { tags: ['Shared'] });
    for (const gig of [doomed, kept]) {
      await t.call('interviews.create', {
        gigId: gig.id,
        startsAt: TEST_START + 86_400_000,
        timeZone: 'UTC',
        contactIds: [client.contacts[0]?.id ?? 0],
      });
      await t.call('deadlines.create', { title: 'Send CV', gigId: gig.id, dueDate: '2026-01-20' });
      await t.call('gigQuestions.create', { gigId: gig.id, text: 'Budget?' });
      await t.call('rateEvents.create', {
        gigId: gig.id,
        kind: 'asked',
        amountMinor: 100,
        currency: 'EUR',
        unit: 'hour',
      });
    }
    const tables = [
      'interviews',
      'interview_prep_items',
      'interview_contacts',
      'deadlines',
      'gig_questions',
      'rate_events',
    ];
    const before = Object.fromEntries(tables.map((table) => [table, countWhere(sql(), table)]));
    expect(await t.call('gigs.delete', { id: doomed.id })).toEqual({ id: doomed.id });
    for (const table of tables) expect(countWhere(sql(), table), table).toBe((before[table] ?? 0) / 2);
    expect(countWhere(sql(), 'timeline_events', 'gig_id = ?', doomed.id)).toBe(0);
    expect(countWhere(sql(), 'timeline_events', 'gig_id = ?', kept.id)).toBeGreaterThan(0);
    expect((await t.call('tags.list', {})).map((tag) => tag.name)).toEqual(['Shared']);
    expect((await failure(t, 'gigs.get', { id: doomed.id })).code).toBe('NOT_FOUND');
    expect((await failure(t, 'gigs.delete', { id: doomed.id })).code).toBe('NOT_FOUND');
  });
});
