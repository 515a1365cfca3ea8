import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedures } from '../../contract';
import { contentDump } from '../testing/db-inspect';
import { failure, makeClient, makeGig, stageId } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

const names = async () => (await t.call('stages.list', {})).map((s) => s.name);
const sql = () => t.core.context.sqlite;

describe('default stages', () => {
  it('come from the migration in pipeline order with their kinds', async () => {
    const stages = await t.call('stages.list', {});
    expect(procedures['stages.list'].output.parse(stages)).toEqual(stages);
    expect(stages.map((s) => [s.name, s.kind])).toEqual([
      ['Lead', 'open'],
      ['Applied', 'open'],
      ['Interviewing', 'open'],
      ['Negotiating', 'open'],
      ['Won', 'won'],
      ['Active', 'won'],
      ['Completed', 'won'],
      ['Lost', 'lost'],
    ]);
  });
});

describe('stages.create and stages.update', () => {
  it('adds a stage at the end; names are unique ignoring case', async () => {
    const created = await t.call('stages.create', { name: '  Shortlisted ', kind: 'open', followUpDays: 5 });
    expect(created).toMatchObject({ name: 'Shortlisted', kind: 'open', followUpDays: 5, gigCount: 0 });
    expect((await names()).at(-1)).toBe('Shortlisted');
    const before = contentDump(sql());
    expect(await failure(t, 'stages.create', { name: 'LEAD', kind: 'open' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'name' }],
    });
    expect(await failure(t, 'stages.create', { name: '  ', kind: 'open' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'name' }],
    });
    expect((await failure(t, 'stages.create', { name: 'X', kind: 'maybe' as 'open' })).code).toBe('VALIDATION');
    expect(contentDump(sql())).toEqual(before);
  });

  it('renames (a case change of its own name is fine), changes kind and clears follow-up days', async () => {
    const client = await makeClient(t, 'Acme');
    const applied = await stageId(t, 'Applied');
    const gig = await makeGig(t, client.id, 'G', { stageId: applied });
    expect(await t.call('stages.update', { id: applied, name: 'APPLIED' })).toMatchObject({ name: 'APPLIED' });
    const updated = await t.call('stages.update', {
      id: applied,
      name: 'Proposal sent',
      kind: 'won',
      followUpDays: null,
    });
    expect(updated).toMatchObject({ name: 'Proposal sent', kind: 'won', followUpDays: null, gigCount: 1 });
    expect(await t.call('gigs.get', { id: gig.id })).toMatchObject({ stageName: 'Proposal sent', stageKind: 'won' });
    expect(await failure(t, 'stages.update', { id: applied, name: 'lost' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'name' }],
    });
    expect((await failure(t, 'stages.update', { id: 9999, name: 'Nope' })).code).toBe('NOT_FOUND');
  });

  it('puts new gigs in the first stage when no stage is open any more', async () => {
    for (const stage of await t.call('stages.list', {})) {
      if (stage.kind === 'open') await t.call('stages.update', { id: stage.id, kind: 'lost' });
    }
    const client = await makeClient(t, 'Acme');
    expect((await makeGig(t, client.id, 'G')).stageName).toBe('Lead');
  });
});

describe('stages.reorder', () => {
  it('applies a permutation', async () => {
    const stages = await t.call('stages.list', {});
    const reversed = [...stages].reverse().map((s) => s.id);
    const result = await t.call('stages.reorder', { ids: reversed });
    expect(result.map((s) => s.id)).toEqual(reversed);
    expect((await names())[0]).toBe('Lost');
    const board = await t.call('gigs.board', {});
    expect(board.stages.map((s) => s.id)).toEqual(reversed);
  });

  it('refuses anything that is not a permutation of every stage, writing nothing', async () => {
    const ids = (await t.call('stages.list', {})).map((s) => s.id);
    const before = contentDump(sql());
    for (const bad of [ids.slice(1), [...ids, 9999], [ids[0] ?? 0, ...ids.slice(0, -1)], [...ids.slice(1), 9999]]) {
      expect(await failure(t, 'stages.reorder', { ids: bad })).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'ids' }],
      });
    }
    expect(contentDump(sql())).toEqual(before);
  });
});

describe('stages.delete', () => {
  it('refuses a stage that still holds gigs, archived ones included', async () => {
    const client = await makeClient(t, 'Acme');
    const applied = await stageId(t, 'Applied');
    const gig = await makeGig(t, client.id, 'G', { stageId: applied });
    await t.call('gigs.setArchived', { id: gig.id, archived: true });
    expect((await failure(t, 'stages.delete', { id: applied })).code).toBe('CONFLICT');
    await t.call('gigs.move', { id: gig.id, stageId: await stageId(t, 'Lead') });
    expect(await t.call('stages.delete', { id: applied })).toEqual({ id: applied });
    expect(await names()).not.toContain('Applied');
  });

  it('refuses to remove the last stage, and unknown ids', async () => {
    const stages = await t.call('stages.list', {});
    for (const stage of stages.slice(1)) await t.call('stages.delete', { id: stage.id });
    expect((await failure(t, 'stages.delete', { id: stages[0]?.id ?? 0 })).code).toBe('CONFLICT');
    expect(await names()).toEqual(['Lead']);
    expect((await failure(t, 'stages.delete', { id: 9999 })).code).toBe('NOT_FOUND');
  });
});
