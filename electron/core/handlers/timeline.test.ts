import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedures } from '../../contract';
import { contentDump } from '../testing/db-inspect';
import { failure, makeClient, makeGig, stageId } from '../testing/pipeline-fixtures';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

const lastContact = async (gigId: number) => (await t.call('gigs.get', { id: gigId })).lastContactAt;

describe('timeline.create', () => {
  it('logs on a gig, filling in its client; contact kinds reset the gig’s follow-up clock, notes do not', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'G');
    const note = await t.call('timeline.create', { gigId: gig.id, kind: 'note', body: ' Thinking ' });
    expect(procedures['timeline.create'].output.parse(note)).toEqual(note);
    expect(note).toMatchObject({ clientId: client.id, gigId: gig.id, gigTitle: 'G', body: 'Thinking', meta: null });
    expect(await lastContact(gig.id)).toBeNull();

    await t.call('timeline.create', {
      gigId: gig.id,
      kind: 'email',
      body: 'Sent proposal',
      occurredAt: TEST_START - 5000,
    });
    expect(await lastContact(gig.id)).toBe(TEST_START - 5000);
    await t.call('timeline.create', { gigId: gig.id, kind: 'call', body: 'Older call', occurredAt: TEST_START - 9000 });
    expect(await lastContact(gig.id)).toBe(TEST_START - 5000);
  });

  it('a contact logged on the client resets every open gig of that client, not archived ones or other clients’', async () => {
    const client = await makeClient(t, 'Acme');
    const other = await makeClient(t, 'Other');
    const open = await makeGig(t, client.id, 'Open');
    const archived = await makeGig(t, client.id, 'Archived');
    const foreign = await makeGig(t, other.id, 'Foreign');
    await t.call('gigs.setArchived', { id: archived.id, archived: true });
    await t.call('timeline.create', { clientId: client.id, kind: 'meeting', body: 'Coffee' });
    expect([await lastContact(open.id), await lastContact(archived.id), await lastContact(foreign.id)]).toEqual([
      TEST_START,
      null,
      null,
    ]);
  });

  it('accepts the gig’s agency as the client, refuses an unrelated client and writes nothing', async () => {
    const client = await makeClient(t, 'End client');
    const agency = await makeClient(t, 'Agency');
    const stranger = await makeClient(t, 'Stranger');
    const gig = await makeGig(t, client.id, 'G', { agencyClientId: agency.id });
    const viaAgency = await t.call('timeline.create', { clientId: agency.id, gigId: gig.id, kind: 'call', body: 'Hi' });
    expect(viaAgency).toMatchObject({ clientId: agency.id, gigId: gig.id });
    const before = contentDump(t.core.context.sqlite);
    expect(
      await failure(t, 'timeline.create', { clientId: stranger.id, gigId: gig.id, kind: 'note', body: 'x' }),
    ).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'clientId' }] });
    expect(contentDump(t.core.context.sqlite)).toEqual(before);
  });

  it('refuses missing links, unknown ids, kinds only Gigline writes and empty bodies', async () => {
    const client = await makeClient(t, 'Acme');
    const before = contentDump(t.core.context.sqlite);
    expect(await failure(t, 'timeline.create', { kind: 'note', body: 'x' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'clientId' }],
    });
    expect(await failure(t, 'timeline.create', { gigId: 9999, kind: 'note', body: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ path: 'gigId' }],
    });
    expect(await failure(t, 'timeline.create', { clientId: 9999, kind: 'note', body: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      issues: [{ path: 'clientId' }],
    });
    const kind = 'stage_change' as 'note';
    expect((await failure(t, 'timeline.create', { clientId: client.id, kind, body: 'x' })).issues?.[0]?.path).toBe(
      'kind',
    );
    expect(
      (await failure(t, 'timeline.create', { clientId: client.id, kind: 'note', body: ' ' })).issues?.[0]?.path,
    ).toBe('body');
    expect(contentDump(t.core.context.sqlite)).toEqual(before);
  });
});

describe('timelines on the client and gig screens', () => {
  it('the client shows its notes and its gigs’ events newest first; delete removes an entry', async () => {
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'G');
    const note = await t.call('timeline.create', { clientId: client.id, kind: 'note', body: 'First' });
    t.advance(1000);
    await t.call('gigs.move', { id: gig.id, stageId: await stageId(t, 'Applied') });
    t.advance(1000);
    await t.call('timeline.create', { gigId: gig.id, kind: 'message_in', body: 'They replied' });
    const timeline = (await t.call('clients.get', { id: client.id })).timeline;
    expect(timeline.map((e) => [e.kind, e.body])).toEqual([
      ['message_in', 'They replied'],
      ['stage_change', 'Moved from Lead to Applied'],
      ['note', 'First'],
    ]);
    expect((await t.call('gigs.get', { id: gig.id })).timeline).toHaveLength(2);
    expect(await t.call('timeline.delete', { id: note.id })).toEqual({ id: note.id });
    expect((await t.call('clients.get', { id: client.id })).timeline).toHaveLength(2);
    expect((await failure(t, 'timeline.delete', { id: note.id })).code).toBe('NOT_FOUND');
  });
});
