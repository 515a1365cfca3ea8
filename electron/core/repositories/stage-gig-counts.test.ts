/**
 * stage_gig_counts (migration 0010) is kept by triggers on gigs. After every kind of write that can add,
 * remove, archive or move a gig, it must equal a real count of active gigs per stage, and the screens that
 * read it (stage list, board totals, the table's total) must show the same numbers as a count.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

function kept(): Record<number, number> {
  const rows = t.core.context.sqlite
    .prepare('SELECT stage_id AS stageId, active FROM stage_gig_counts WHERE active <> 0')
    .all() as { stageId: number; active: number }[];
  return Object.fromEntries(rows.map((row) => [row.stageId, row.active]));
}

function counted(): Record<number, number> {
  const rows = t.core.context.sqlite
    .prepare('SELECT stage_id AS stageId, count(*) AS n FROM gigs WHERE archived_at IS NULL GROUP BY stage_id')
    .all() as { stageId: number; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.stageId, row.n]));
}

async function expectScreensToAgree() {
  const real = counted();
  const stages = await t.call('stages.list', {});
  for (const stage of stages) expect(stage.gigCount, stage.name).toBe(real[stage.id] ?? 0);
  const board = await t.call('gigs.board', { perStage: 1 });
  for (const stage of board.stages) expect(stage.total, stage.name).toBe(real[stage.id] ?? 0);
  const total = Object.values(real).reduce((sum, n) => sum + n, 0);
  expect((await t.call('gigs.list', { limit: 1 })).total).toBe(total);
  const first = stages[0];
  if (first) expect((await t.call('gigs.list', { stageId: first.id, limit: 1 })).total).toBe(real[first.id] ?? 0);
}

type Step =
  | { op: 'create'; client: number; stage: number }
  | { op: 'move'; gig: number; stage: number }
  | { op: 'update'; gig: number; stage: number }
  | { op: 'archive'; gig: number; archived: boolean }
  | { op: 'delete'; gig: number }
  | { op: 'archiveClient'; client: number; archived: boolean }
  | { op: 'deleteClient'; client: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), client: fc.nat(2), stage: fc.nat(7) }),
  fc.record({ op: fc.constant('move' as const), gig: fc.nat(30), stage: fc.nat(7) }),
  fc.record({ op: fc.constant('update' as const), gig: fc.nat(30), stage: fc.nat(7) }),
  fc.record({ op: fc.constant('archive' as const), gig: fc.nat(30), archived: fc.boolean() }),
  fc.record({ op: fc.constant('delete' as const), gig: fc.nat(30) }),
  fc.record({ op: fc.constant('archiveClient' as const), client: fc.nat(2), archived: fc.boolean() }),
  fc.record({ op: fc.constant('deleteClient' as const), client: fc.nat(2) }),
);

describe('stage_gig_counts', () => {
  it('equals a real count after any sequence of creates, moves, archiving and deletes', async () => {
    const stageIds = (await t.call('stages.list', {})).map((stage) => stage.id);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        t.core.context.sqlite.exec('DELETE FROM clients');
        const clients = [];
        for (const name of ['Acme', 'Globex', 'Initech']) clients.push((await makeClient(t, name)).id);
        const gigs: number[] = [];
        const pick = <T>(list: T[], index: number) => list[index % list.length];
        for (const s of steps) {
          const gig = pick(gigs, 'gig' in s ? s.gig : 0);
          const stage = pick(stageIds, 'stage' in s ? s.stage : 0) ?? 0;
          const client = pick(clients, 'client' in s ? s.client : 0) ?? 0;
          // Steps on a gig or client already deleted fail with NOT_FOUND and must change no count.
          if (s.op === 'create') {
            const made = await t.core.dispatch('gigs.create', {
              title: `Gig ${gigs.length}`,
              clientId: client,
              stageId: stage,
            });
            if (made.ok) gigs.push((made.data as { id: number }).id);
          } else if (s.op === 'move' && gig) await t.core.dispatch('gigs.move', { id: gig, stageId: stage });
          else if (s.op === 'update' && gig) await t.core.dispatch('gigs.update', { id: gig, stageId: stage });
          else if (s.op === 'archive' && gig)
            await t.core.dispatch('gigs.setArchived', { id: gig, archived: s.archived });
          else if (s.op === 'delete' && gig) await t.core.dispatch('gigs.delete', { id: gig });
          else if (s.op === 'archiveClient')
            await t.core.dispatch('clients.setArchived', { id: client, archived: s.archived });
          else if (s.op === 'deleteClient') await t.core.dispatch('clients.delete', { id: client, deleteGigs: true });
          expect(kept()).toEqual(counted());
        }
        await expectScreensToAgree();
      }),
      { numRuns: 25 },
    );
  });

  it('survives a JSON export imported into an empty database, and a reopen', async () => {
    const acme = await makeClient(t, 'Acme');
    const [lead, applied] = await t.call('stages.list', {});
    for (let i = 0; i < 3; i++) await makeGig(t, acme.id, `Lead ${i}`, { stageId: lead?.id });
    const archived = await makeGig(t, acme.id, 'Old', { stageId: applied?.id });
    await t.call('gigs.setArchived', { id: archived.id, archived: true });
    await makeGig(t, acme.id, 'Applied', { stageId: applied?.id });
    const exported = await t.call('export.json', {});
    const before = counted();

    t.cleanup();
    t = await startTempCore();
    await t.call('import.commit', { kind: 'json', content: exported.content, options: { mode: 'exact' } });
    expect(counted()).toEqual(before);
    expect(kept()).toEqual(before);
    await t.reopen();
    expect(kept()).toEqual(before);
    await expectScreensToAgree();
  });
});
