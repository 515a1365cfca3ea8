import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countWhere, failure, makeClient, makeGig } from '../testing/pipeline-fixtures';
import { contentDump } from '../testing/db-inspect';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

const sql = () => t.core.context.sqlite;

describe('deleting what a gig points at', () => {
  it('deleting the contact who referred a gig clears the referrer and keeps the gig', async () => {
    const client = await makeClient(t, 'Acme', { contacts: [{ name: 'Rita' }] });
    const gig = await makeGig(t, client.id, 'Referred', { referrerContactId: client.contacts[0]?.id ?? 0 });
    await t.call('contacts.delete', { id: client.contacts[0]?.id ?? 0 });
    expect(await t.call('gigs.get', { id: gig.id })).toMatchObject({ referrerContactId: null, referrerContact: null });
  });
});

describe('clients.delete with gigs', () => {
  async function seedTwoClients() {
    const doomed = await makeClient(t, 'Doomed', { contacts: [{ name: 'D1' }] });
    const other = await makeClient(t, 'Other', { contacts: [{ name: 'O1' }] });
    for (const [index, client] of [doomed, other].entries()) {
      const gig = await makeGig(t, client.id, `${client.name} gig`, { tags: [client.name] });
      const startsAt = TEST_START + (index + 1) * 86_400_000;
      await t.call('interviews.create', { gigId: gig.id, startsAt, timeZone: 'UTC' });
      await t.call('deadlines.create', { title: 'D', gigId: gig.id, dueAt: TEST_START + 7_200_000 });
      await t.call('deadlines.create', { title: 'Client-only', clientId: client.id, dueDate: '2026-02-01' });
      await t.call('gigQuestions.create', { gigId: gig.id, text: 'Q' });
      await t.call('rateEvents.create', {
        gigId: gig.id,
        kind: 'agreed',
        amountMinor: 1,
        currency: 'EUR',
        unit: 'day',
      });
      await t.call('timeline.create', { clientId: client.id, kind: 'note', body: 'hello' });
    }
    return { doomed, other };
  }

  it('refuses with CONFLICT and writes nothing unless deleteGigs is true', async () => {
    const { doomed } = await seedTwoClients();
    const before = contentDump(sql());
    expect((await failure(t, 'clients.delete', { id: doomed.id })).code).toBe('CONFLICT');
    expect((await failure(t, 'clients.delete', { id: doomed.id, deleteGigs: false })).code).toBe('CONFLICT');
    expect(contentDump(sql())).toEqual(before);
  });

  it('with deleteGigs removes everything of that client in one go and leaves the other client whole', async () => {
    const { doomed, other } = await seedTwoClients();
    const otherBefore = await t.call('clients.get', { id: other.id });
    await t.call('clients.delete', { id: doomed.id, deleteGigs: true });
    expect((await failure(t, 'clients.get', { id: doomed.id })).code).toBe('NOT_FOUND');
    expect(countWhere(sql(), 'gigs', 'client_id = ?', doomed.id)).toBe(0);
    expect(countWhere(sql(), 'contacts', 'client_id = ?', doomed.id)).toBe(0);
    expect(countWhere(sql(), 'deadlines', 'client_id = ?', doomed.id)).toBe(0);
    expect(countWhere(sql(), 'timeline_events', 'client_id = ?', doomed.id)).toBe(0);
    expect(countWhere(sql(), 'interviews')).toBe(1);
    expect(countWhere(sql(), 'gig_questions')).toBe(1);
    expect(countWhere(sql(), 'rate_events')).toBe(1);
    expect((await t.call('tags.list', {})).map((tag) => tag.name)).toEqual(['Other']);
    const otherAfter = await t.call('clients.get', { id: other.id });
    expect(otherAfter.interviews).toEqual(otherBefore.interviews);
    expect(otherAfter.deadlines).toEqual(otherBefore.deadlines);
    expect(otherAfter.timeline).toEqual(otherBefore.timeline);
    expect(otherAfter.gigs).toEqual(otherBefore.gigs);
  });

  it('deleting the agency of another client’s gig keeps that gig and clears its agency', async () => {
    const { doomed, other } = await seedTwoClients();
    const viaAgency = await makeGig(t, other.id, 'Through agency', { agencyClientId: doomed.id });
    await t.call('clients.delete', { id: doomed.id, deleteGigs: true });
    expect(await t.call('gigs.get', { id: viaAgency.id })).toMatchObject({ agencyClientId: null, agency: null });
  });

  it('rolls the whole delete back when one cascade step fails', async () => {
    const { doomed } = await seedTwoClients();
    sql().exec(`CREATE TRIGGER refuse_question_delete BEFORE DELETE ON gig_questions
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const before = contentDump(sql());
    expect((await t.core.dispatch('clients.delete', { id: doomed.id, deleteGigs: true })).ok).toBe(false);
    expect(contentDump(sql())).toEqual(before);
  });
});
