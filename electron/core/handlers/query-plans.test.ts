/**
 * EXPLAIN QUERY PLAN for the statements the hot procedures really run: every statement prepared on the
 * connection is recorded with the arguments it ran with, so these tests follow the repositories' SQL as it
 * changes instead of keeping a copy of it.
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput, ProcedureName } from '../../contract';
import { makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

interface Ran {
  sql: string;
  args: unknown[];
}

/** Tables that grow with use; a full scan of one of them is a finding. Stages and tags stay small. */
const BIG_TABLES: Record<string, string[]> = {
  gigs: ['g', 'gigs'],
  clients: ['c', 'cl', 'clients'],
  contacts: ['ct', 'contacts'],
  interviews: ['i', 'o', 'interviews'],
  deadlines: ['d', 'deadlines'],
  /** The calendar's per-day pages read either table as x. */
  pages: ['x'],
  timeline_events: ['e', 'timeline_events'],
  interview_prep_items: ['p', 'interview_prep_items'],
};
const BIG_ALIASES = new Set(Object.values(BIG_TABLES).flat());

let t: TempCore;
let ran: Ran[];
let prepare: Database.Database['prepare'];
let ids: { client: number; gig: number };

function recordStatements(sqlite: Database.Database): Ran[] {
  const seen: Ran[] = [];
  prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'iterate'] as const) {
      const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      Object.assign(statement, {
        [method]: (...args: unknown[]) => {
          seen.push({ sql: source, args });
          return original(...args);
        },
      });
    }
    return statement;
  }) as Database.Database['prepare'];
  return seen;
}

function planOf({ sql, args }: Ran): string[] {
  return (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as [])) as { detail: string }[]).map((r) => r.detail);
}

/** Runs a procedure and returns the statements it ran (SELECTs only) with their plans. */
async function plansOf<N extends ProcedureName>(name: N, input: ProcedureInput<N>) {
  ran.length = 0;
  const result = await t.core.dispatch(name, input);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const unique = new Map(ran.filter((r) => /^\s*select/i.test(r.sql)).map((r) => [r.sql, r]));
  return [...unique.values()].map((r) => ({ sql: r.sql.replace(/\s+/g, ' '), plan: planOf(r) }));
}

function fullScans(plan: string[]): string[] {
  return plan.filter((line) => {
    const match = /^SCAN (\w+)/.exec(line);
    return match !== null && BIG_ALIASES.has(match[1] ?? '');
  });
}

const find = (plans: { sql: string; plan: string[] }[], pattern: RegExp) => {
  const matching = plans.filter((p) => pattern.test(p.sql));
  expect(matching.length, `no statement matches ${pattern}`).toBeGreaterThan(0);
  return matching;
};

beforeEach(async () => {
  t = await startTempCore();
  ran = recordStatements(t.core.context.sqlite);
  t.clock.setTimeZone('Europe/Berlin');
  const client = await makeClient(t, 'Acme', { contacts: [{ name: 'Ann' }] });
  const agency = await makeClient(t, 'Agency');
  const gig = await makeGig(t, client.id, 'Rebuild', { agencyClientId: agency.id, tags: ['Web'] });
  await t.call('interviews.create', { gigId: gig.id, startsAt: TEST_START + 3_600_000, timeZone: 'UTC' });
  await t.call('deadlines.create', { title: 'Timed', gigId: gig.id, dueAt: TEST_START + 7_200_000 });
  await t.call('deadlines.create', { title: 'All-day', clientId: client.id, dueDate: '2026-01-16' });
  await t.call('timeline.create', { gigId: gig.id, kind: 'note', body: 'hello' });
  ids = { client: client.id, gig: gig.id };
});
afterEach(() => t.cleanup());

describe('query plans', () => {
  it('gigs.board reads each column through an index on gigs(stage_id, …)', async () => {
    const plans = await plansOf('gigs.board', {});
    for (const { plan } of find(plans, /FROM gigs g .*g\.stage_id = @stageId/)) {
      expect(plan.join('\n')).toMatch(/SEARCH g USING (COVERING )?INDEX gigs_stage\w* \(stage_id=\?/);
      expect(fullScans(plan)).toEqual([]);
    }
    // Each card's next deadline and next interview are one entry of a partial index, not a sort.
    const [cards] = find(plans, /nextDeadlineJson/);
    const cardPlan = cards?.plan.join('\n') ?? '';
    expect(cardPlan).toMatch(/SEARCH d USING INDEX deadlines_gig_open_due_idx \(gig_id=\?\)/);
    expect(cardPlan).toMatch(/SEARCH i USING INDEX interviews_gig_pending_end_idx \(gig_id=\? AND <expr>>\?\)/);
    const afterDeadlines = cards?.plan.slice(cards.plan.findIndex((line) => line.startsWith('SEARCH d')) + 1);
    expect(afterDeadlines?.[0] ?? '').not.toMatch(/TEMP B-TREE/);
    const filtered = await plansOf('gigs.board', { clientId: ids.client, tag: 'web', search: 're' });
    for (const { plan } of find(filtered, /g\.stage_id = @stageId/)) expect(fullScans(plan)).toEqual([]);
  });

  it('agenda.get and agenda.counts use interviews_starts_idx and the deadline due indexes', async () => {
    const plans = [...(await plansOf('agenda.get', {})), ...(await plansOf('agenda.counts', {}))];
    for (const { plan } of find(plans, /FROM interviews i .*i\.starts_at >= @/)) {
      expect(plan.join('\n')).toMatch(/SEARCH i USING (COVERING )?INDEX interviews_starts_idx \(starts_at>\?/);
    }
    for (const { plan } of find(plans, /FROM deadlines d .*WHERE .*d\.due_at [<>]/)) {
      expect(plan.join('\n')).toMatch(
        /SEARCH d USING (COVERING )?INDEX deadlines_open_due_at_idx \(completed_at=\? AND due_at/,
      );
    }
    // A single day's open deadlines may also come from (due_date, completed_at): both columns by equality.
    for (const { plan } of find(plans, /FROM deadlines d .*WHERE .*d\.due_date [<>=]/)) {
      expect(plan.join('\n')).toMatch(
        /SEARCH d USING (COVERING )?INDEX (deadlines_open_due_date_idx \(completed_at=\? AND due_date|deadlines_due_date_idx \(due_date=\? AND completed_at=\?\))/,
      );
    }
    for (const { sql, plan } of plans) expect(fullScans(plan), sql).toEqual([]);
  });

  it('clients.list pages by name in either direction through clients_archived_name_idx, without a sort', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const plans = await plansOf('clients.list', { direction });
      const [page] = find(plans, /FROM clients cl .*ORDER BY/);
      const top = page?.plan.filter(
        (line) => !/^(SEARCH|SCAN) (ct|t|c)\b|^CORRELATED|^CO-ROUTINE|^SCAN \(subquery/.test(line),
      );
      expect(top?.join('\n')).toMatch(/SEARCH cl USING (COVERING )?INDEX clients_archived_name_idx \(archived_at=\?\)/);
      expect(page?.plan.at(-1)).not.toMatch(/TEMP B-TREE FOR (LAST TERM OF |RIGHT PART OF )?ORDER BY/);
    }
  });

  it('clients.get finds the client’s gigs through gigs_client_idx and scans no big table', async () => {
    const plans = await plansOf('clients.get', { id: ids.client });
    const [gigs] = find(plans, /FROM gigs g .*WHERE g\.client_id = @clientId/);
    expect(gigs?.plan.join('\n')).toMatch(/INDEX gigs_client_idx \(client_id=\?\)/);
    for (const { sql, plan } of plans) expect(fullScans(plan), sql).toEqual([]);
  });

  it('calendar.range reads each day’s page and count on the time indexes, one statement per step', async () => {
    // perDay 1 with two items on the 15th and 16th: every step runs (pages, timed pages, day totals).
    const plans = await plansOf('calendar.range', { from: '2026-01-01', to: '2026-02-11', perDay: 1 });
    const steps: [RegExp, RegExp][] = [
      [
        /JOIN deadlines d ON d\.id IN .*x\.due_date = day\.value/,
        /SEARCH x USING COVERING INDEX deadlines_due_date_idx \(due_date=\?\)/,
      ],
      [/JOIN interviews i ON i\.id IN/, /SEARCH x USING COVERING INDEX interviews_starts_idx \(starts_at>\? AND/],
      [
        /JOIN deadlines d ON d\.id IN .*x\.due_at/,
        /SEARCH x USING COVERING INDEX deadlines_due_at_idx \(due_at>\? AND/,
      ],
      [/AS total FROM json_each/, /SEARCH x USING COVERING INDEX interviews_starts_idx \(starts_at>\? AND/],
    ];
    for (const [statement, index] of steps) {
      const [step, ...more] = find(plans, statement);
      expect(more).toEqual([]);
      expect(step?.plan.join('\n')).toMatch(index);
    }
    for (const { sql, plan } of plans) expect(fullScans(plan), sql).toEqual([]);
  });

  it.each([
    ['gigs.get', () => ({ id: ids.gig })],
    ['gigs.list', () => ({})],
    ['interviews.list', () => ({ from: TEST_START, to: TEST_START + 7 * 86_400_000 })],
    ['deadlines.list', () => ({})],
    ['calendar.range', () => ({ from: '2026-01-01', to: '2026-02-28' })],
  ] as const)('%s scans no big table', async (name, input) => {
    const plans = await plansOf(name, input() as never);
    for (const { sql, plan } of plans) expect(fullScans(plan), sql).toEqual([]);
  });
});
