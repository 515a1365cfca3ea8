import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interviewKinds, procedures, type ProcedureInput } from '../../contract';
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

async function setup() {
  const client = await makeClient(t, 'Acme', { timeZone: 'America/New_York', contacts: [{ name: 'Cleo' }] });
  const agency = await makeClient(t, 'Agency', { contacts: [{ name: 'Andy' }] });
  const stranger = await makeClient(t, 'Stranger', { contacts: [{ name: 'Sam' }] });
  const gig = await makeGig(t, client.id, 'Rebuild', { agencyClientId: agency.id });
  const contact = (c: typeof client) => c.contacts[0]?.id ?? 0;
  return { client, agency, stranger, gig, cleo: contact(client), andy: contact(agency), sam: contact(stranger) };
}

function schedule(gigId: number, startsAt: number, extra: Partial<ProcedureInput<'interviews.create'>> = {}) {
  return t.call('interviews.create', { gigId, startsAt, timeZone: 'Europe/Berlin', ...extra });
}

describe('interviews.create', () => {
  it('fills defaults, instantiates the kind’s six-item prep checklist and logs it on the timeline', async () => {
    const { gig, client, cleo, andy } = await setup();
    const created = await schedule(gig.id, TEST_START + HOUR, { contactIds: [cleo, andy], link: 'meet.example.com/x' });
    expect(procedures['interviews.create'].output.parse(created)).toEqual(created);
    expect(created).toMatchObject({
      gigTitle: 'Rebuild',
      clientName: 'Acme',
      clientTimeZone: 'America/New_York',
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      kind: 'video',
      round: 1,
      outcome: 'pending',
      notes: '',
      link: 'https://meet.example.com/x',
      prepDone: 0,
      prepTotal: 6,
      overlapsWith: [],
    });
    expect(created.contacts.map((c) => c.name)).toEqual(['Andy', 'Cleo']);
    expect(created.prepItems.map((p) => p.text)).toEqual([
      "Research the client's business and recent work",
      'Write their needs in your own words',
      'Prepare clarifying questions on scope, timeline and budget',
      'Pick portfolio pieces to show',
      'Decide your rate and your floor',
      'Test the call link, camera and microphone',
    ]);
    const onsite = await schedule(gig.id, TEST_START + 48 * HOUR, { kind: 'onsite', location: 'HQ' });
    expect(onsite.prepItems.at(-1)?.text).toBe('Plan the route and when to leave');
    const events = (await t.call('clients.get', { id: client.id })).timeline.filter((e) => e.kind === 'interview');
    expect(events.map((e) => e.interviewId)).toEqual([onsite.id, created.id].sort((a, b) => a - b).reverse());
  });

  it('refuses contacts outside the gig’s client and agency on contactIds, writing nothing', async () => {
    const { gig, cleo, sam, stranger } = await setup();
    const before = contentDump(sql());
    for (const contactIds of [[cleo, sam], [9999]]) {
      expect(
        await failure(t, 'interviews.create', { gigId: gig.id, startsAt: TEST_START, timeZone: 'UTC', contactIds }),
      ).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'contactIds' }] });
    }
    expect(contentDump(sql())).toEqual(before);
    const created = await schedule(gig.id, TEST_START, { contactIds: [cleo] });
    const afterCreate = contentDump(sql());
    expect(await failure(t, 'interviews.update', { id: created.id, contactIds: [sam] })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'contactIds' }],
    });
    expect(contentDump(sql())).toEqual(afterCreate);
    const strangersGig = await makeGig(t, stranger.id, 'Elsewhere');
    const withGig = contentDump(sql());
    expect(await failure(t, 'interviews.update', { id: created.id, gigId: strangersGig.id })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'contactIds' }],
    });
    expect(contentDump(sql())).toEqual(withGig);
    const moved = await t.call('interviews.update', { id: created.id, gigId: strangersGig.id, contactIds: [sam] });
    expect(moved).toMatchObject({ gigId: strangersGig.id, clientName: 'Stranger', contacts: [{ name: 'Sam' }] });
    expect((await t.call('interviews.update', { id: created.id, contactIds: [] })).contacts).toEqual([]);
  });

  it.each([
    ['an invalid time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a script link', { link: 'javascript:alert(1)' }, 'link'],
    ['a too short duration', { durationMinutes: 1 }, 'durationMinutes'],
    ['an instant out of range', { startsAt: 1e20 }, 'startsAt'],
    ['round zero', { round: 0 }, 'round'],
  ] as const)('refuses %s', async (_label, patch, path) => {
    const { gig } = await setup();
    const error = await failure(t, 'interviews.create', {
      gigId: gig.id,
      startsAt: TEST_START,
      timeZone: 'UTC',
      ...patch,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((issue) => issue.path)).toContain(path);
  });

  it('answers NOT_FOUND on gigId for an unknown gig', async () => {
    expect(await failure(t, 'interviews.create', { gigId: 9999, startsAt: TEST_START, timeZone: 'UTC' })).toMatchObject(
      {
        code: 'NOT_FOUND',
        issues: [{ path: 'gigId' }],
      },
    );
  });
});

describe('overlaps', () => {
  it('flags overlapping interviews on both sides; cancelled ones and back-to-back ones do not count', async () => {
    const { gig } = await setup();
    const other = await makeGig(t, gig.clientId, 'Other gig');
    const a = await schedule(gig.id, TEST_START, { durationMinutes: 60 });
    const b = await schedule(other.id, TEST_START + 30 * 60_000, { durationMinutes: 60 });
    const c = await schedule(gig.id, TEST_START + 90 * 60_000, { durationMinutes: 30 });
    const cancelled = await schedule(gig.id, TEST_START + 10 * 60_000, { outcome: 'cancelled' });
    const overlaps = async (id: number) => (await t.call('interviews.get', { id })).overlapsWith;
    expect(await overlaps(a.id)).toEqual([b.id]);
    expect(await overlaps(b.id)).toEqual([a.id]);
    expect(await overlaps(c.id)).toEqual([]);
    expect(await overlaps(cancelled.id)).toEqual([]);
    await t.call('interviews.update', { id: c.id, startsAt: TEST_START + 80 * 60_000 });
    expect(await overlaps(c.id)).toEqual([b.id]);
    expect((await overlaps(b.id)).sort()).toEqual([a.id, c.id].sort());
    await t.call('interviews.update', { id: b.id, outcome: 'cancelled' });
    expect([await overlaps(a.id), await overlaps(c.id)]).toEqual([[], []]);
  });

  it('a long interview that started hours earlier still overlaps; the look-back follows the longest one stored', async () => {
    const { gig } = await setup();
    const onsite = await schedule(gig.id, TEST_START, { durationMinutes: 8 * 60, kind: 'onsite' });
    const call = await schedule(gig.id, TEST_START + 7 * HOUR, { durationMinutes: 30 });
    const later = await schedule(gig.id, TEST_START + 8 * HOUR, { durationMinutes: 30 });
    expect((await t.call('interviews.get', { id: call.id })).overlapsWith).toEqual([onsite.id]);
    expect((await t.call('interviews.get', { id: later.id })).overlapsWith).toEqual([]);
    // Once the long one is shorter, the window shrinks with it and nothing is flagged.
    await t.call('interviews.update', { id: onsite.id, durationMinutes: 60 });
    expect((await t.call('interviews.get', { id: call.id })).overlapsWith).toEqual([]);
    const client = await t.call('clients.get', { id: gig.clientId });
    expect(client.interviews.map((i) => i.id)).toEqual([later.id, call.id, onsite.id]);
  });
});

describe('outcome and prep', () => {
  it('an outcome change writes one timeline entry; staying pending or repeating it writes none', async () => {
    const { gig } = await setup();
    const i = await schedule(gig.id, TEST_START);
    const entries = () => countWhere(sql(), 'timeline_events', "interview_id = ? AND kind = 'interview'", i.id);
    expect(entries()).toBe(1);
    await t.call('interviews.update', { id: i.id, outcome: 'pending', notes: 'went ok' });
    expect(entries()).toBe(1);
    t.advance(HOUR);
    await t.call('interviews.update', { id: i.id, outcome: 'no_show' });
    await t.call('interviews.update', { id: i.id, outcome: 'no_show' });
    expect(entries()).toBe(2);
    const latest = (await t.call('gigs.get', { id: gig.id })).timeline[0];
    expect(latest).toMatchObject({ body: 'Interview outcome: no-show', occurredAt: TEST_START + HOUR });
  });

  it('ticking prep sets and clears doneAt; progress shows on the interview, the gig card and the agenda', async () => {
    const { gig } = await setup();
    const i = await schedule(gig.id, TEST_START + 2 * HOUR, { timeZone: 'UTC' });
    const [first, second] = i.prepItems;
    t.advance(1000);
    expect(await t.call('interviewPrep.update', { id: first?.id ?? 0, done: true })).toMatchObject({
      doneAt: TEST_START + 1000,
    });
    await t.call('interviewPrep.update', { id: second?.id ?? 0, done: true, text: 'Write needs down' });
    const extra = await t.call('interviewPrep.create', { interviewId: i.id, text: 'Charge laptop' });
    expect(extra.position).toBe(7);
    expect(await t.call('interviews.get', { id: i.id })).toMatchObject({ prepDone: 2, prepTotal: 7 });
    expect((await t.call('gigs.get', { id: gig.id })).nextInterview).toMatchObject({ prepDone: 2, prepTotal: 7 });
    const item = (await t.call('agenda.get', {})).todayItems.find((x) => x.type === 'interview');
    expect(item).toMatchObject({ id: i.id, prepDone: 2, prepTotal: 7 });

    expect(await t.call('interviewPrep.update', { id: first?.id ?? 0, done: false })).toMatchObject({ doneAt: null });
    await t.call('interviewPrep.delete', { id: extra.id });
    expect(await t.call('interviews.get', { id: i.id })).toMatchObject({ prepDone: 1, prepTotal: 6 });
    expect((await failure(t, 'interviewPrep.update', { id: extra.id, done: true })).code).toBe('NOT_FOUND');
    expect((await failure(t, 'interviewPrep.create', { interviewId: 9999, text: 'x' })).code).toBe('NOT_FOUND');
  });

  it('editing a prep template changes the checklist of new interviews only', async () => {
    const { gig } = await setup();
    const templates = await t.call('prepTemplates.list', {});
    expect(procedures['prepTemplates.list'].output.parse(templates)).toEqual(templates);
    expect(templates.map((x) => [x.kind, x.items.length])).toEqual(interviewKinds.map((kind) => [kind, 6]));
    const before = await schedule(gig.id, TEST_START, { kind: 'technical' });
    const saved = await t.call('prepTemplates.update', { kind: 'technical', items: [' Review the repo ', 'Sleep'] });
    expect(saved).toEqual({ kind: 'technical', items: ['Review the repo', 'Sleep'] });
    expect((await t.call('prepTemplates.list', {})).find((x) => x.kind === 'technical')?.items).toEqual(saved.items);
    const after = await schedule(gig.id, TEST_START + 48 * HOUR, { kind: 'technical' });
    expect(after.prepItems.map((p) => p.text)).toEqual(['Review the repo', 'Sleep']);
    expect((await t.call('interviews.get', { id: before.id })).prepItems).toHaveLength(6);
    expect((await schedule(gig.id, TEST_START + 96 * HOUR, { kind: 'video' })).prepItems).toHaveLength(6);
    expect(await failure(t, 'prepTemplates.update', { kind: 'technical', items: ['ok', ''] })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'items.1' }],
    });
  });
});

describe('interviews.list and delete', () => {
  it('filters by window, gig, client and outcome, pages, and deletes with its checklist', async () => {
    const { gig } = await setup();
    const other = await makeClient(t, 'Other');
    const otherGig = await makeGig(t, other.id, 'Other gig');
    const ids = [];
    for (let day = 0; day < 4; day++)
      ids.push((await schedule(day % 2 ? otherGig.id : gig.id, TEST_START + day * 24 * HOUR)).id);
    await t.call('interviews.update', { id: ids[3] ?? 0, outcome: 'passed' });
    const listIds = async (query: ProcedureInput<'interviews.list'>) =>
      (await t.call('interviews.list', query)).items.map((i) => i.id);
    expect(await listIds({ from: TEST_START + 24 * HOUR, to: TEST_START + 72 * HOUR })).toEqual([ids[1], ids[2]]);
    expect(await listIds({ gigId: gig.id, direction: 'desc' })).toEqual([ids[2], ids[0]]);
    expect(await listIds({ clientId: other.id })).toEqual([ids[1], ids[3]]);
    expect(await listIds({ outcome: 'passed' })).toEqual([ids[3]]);
    expect(await t.call('interviews.list', { limit: 1, offset: 1 })).toMatchObject({
      total: 4,
      items: [{ id: ids[1] }],
    });

    await t.call('interviews.delete', { id: ids[0] ?? 0 });
    expect(countWhere(sql(), 'interview_prep_items', 'interview_id = ?', ids[0])).toBe(0);
    expect(countWhere(sql(), 'timeline_events', "kind = 'interview' AND gig_id = ?", gig.id)).toBe(2);
    expect((await failure(t, 'interviews.get', { id: ids[0] ?? 0 })).code).toBe('NOT_FOUND');
    expect((await failure(t, 'interviews.delete', { id: ids[0] ?? 0 })).code).toBe('NOT_FOUND');
  });
});
