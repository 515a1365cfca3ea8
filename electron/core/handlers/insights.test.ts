/**
 * insights.get on a small hand-built book with known answers: the open pipeline per stage (totals per
 * currency and unit, median days in stage), win rates per source with undecided gigs left out, referrers
 * of won gigs, rate medians and the ask-to-agreed gap with the user's benchmark, the period filter, and
 * the boundary refusing a bad period.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../contract';
import { failure, makeClient, makeGig, stageId } from '../testing/pipeline-fixtures';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

const DAY = 86_400_000;
let t: TempCore;

beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

/** Runs `fn` with the clock at `at`, then puts it back at TEST_START. */
async function atTime<T>(at: number, fn: () => Promise<T>): Promise<T> {
  t.clock.set(at, { freeze: true });
  try {
    return await fn();
  } finally {
    t.clock.set(TEST_START, { freeze: true });
  }
}

async function gigIn(
  stage: string,
  clientId: number,
  title: string,
  extra: Partial<ProcedureInput<'gigs.create'>> = {},
  createdDaysAgo = 1,
) {
  const stageIdOf = await stageId(t, stage);
  return atTime(TEST_START - createdDaysAgo * DAY, () => makeGig(t, clientId, title, { stageId: stageIdOf, ...extra }));
}

describe('pipeline now', () => {
  it('adds rates per currency and unit, never across them, and leaves archived and decided gigs out', async () => {
    const acme = await makeClient(t, 'Acme');
    await gigIn('Applied', acme.id, 'Hourly A', { currency: 'EUR', rateUnit: 'hour', proposedRateMinor: 10_000 });
    // The agreed rate wins over the proposed one.
    await gigIn('Applied', acme.id, 'Hourly B', {
      currency: 'EUR',
      rateUnit: 'hour',
      proposedRateMinor: 8_000,
      agreedRateMinor: 9_000,
    });
    await gigIn('Applied', acme.id, 'Dollar', { currency: 'USD', rateUnit: 'hour', proposedRateMinor: 12_000 });
    await gigIn('Applied', acme.id, 'Fixed', { currency: 'EUR', rateUnit: 'fixed', proposedRateMinor: 500_000 });
    await gigIn('Applied', acme.id, 'No rate yet');
    const archived = await gigIn('Applied', acme.id, 'Archived', {
      currency: 'EUR',
      rateUnit: 'hour',
      proposedRateMinor: 99_900,
    });
    await t.call('gigs.setArchived', { id: archived.id, archived: true });
    await gigIn('Won', acme.id, 'Won already', { currency: 'EUR', rateUnit: 'hour', agreedRateMinor: 20_000 });

    const { pipeline } = await t.call('insights.get', { period: '90d' });
    expect(pipeline.stages.map((s) => s.name)).toEqual(['Lead', 'Applied', 'Interviewing', 'Negotiating']);
    const applied = pipeline.stages[1];
    expect(applied).toMatchObject({ gigCount: 5, withoutRate: 1 });
    expect(applied?.totals).toEqual([
      { currency: 'EUR', unit: 'hour', totalMinor: 19_000, gigCount: 2 },
      { currency: 'EUR', unit: 'fixed', totalMinor: 500_000, gigCount: 1 },
      { currency: 'USD', unit: 'hour', totalMinor: 12_000, gigCount: 1 },
    ]);
    expect(pipeline.stages[0]).toMatchObject({ gigCount: 0, medianDaysInStage: null, totals: [], withoutRate: 0 });
  });

  it('gives the median whole days gigs have sat in each stage, counted from when they entered it', async () => {
    const acme = await makeClient(t, 'Acme');
    await gigIn('Negotiating', acme.id, 'Ten days', {}, 10);
    await gigIn('Negotiating', acme.id, 'Four days', {}, 4);
    await gigIn('Negotiating', acme.id, 'One day', {}, 1);
    // A lead for 30 days, moved to Interviewing two and a half days ago: its clock restarted then.
    const moved = await gigIn('Lead', acme.id, 'Moved', {}, 30);
    const interviewing = await stageId(t, 'Interviewing');
    await atTime(TEST_START - 2 * DAY - 12 * 3_600_000, () =>
      t.call('gigs.move', { id: moved.id, stageId: interviewing }),
    );
    await gigIn('Interviewing', acme.id, 'Six days', {}, 6);

    const { pipeline } = await t.call('insights.get', { period: '30d' });
    const byName = Object.fromEntries(pipeline.stages.map((s) => [s.name, s]));
    expect(byName.Negotiating?.medianDaysInStage).toBe(4);
    // Two gigs: 2.5 and 6 days → median 4.25 days → 4 whole days.
    expect(byName.Interviewing?.medianDaysInStage).toBe(4);
    expect(byName.Lead?.gigCount).toBe(0);
  });
});

describe('where work comes from', () => {
  it('counts won and lost per source and leaves undecided gigs out of the win rate', async () => {
    const acme = await makeClient(t, 'Acme');
    await gigIn('Won', acme.id, 'R1', { source: 'referral' });
    await gigIn('Completed', acme.id, 'R2', { source: 'referral' });
    await gigIn('Lost', acme.id, 'R3', { source: 'referral' });
    await gigIn('Applied', acme.id, 'R4', { source: 'referral' });
    await gigIn('Applied', acme.id, 'P1', { source: 'platform' });
    await gigIn('Lost', acme.id, 'O1', { source: 'outreach' });
    await gigIn('Active', acme.id, 'Unknown', {});
    // An archived decided gig still counts: archiving hides it, it does not undo the outcome.
    const archived = await gigIn('Lost', acme.id, 'O2', { source: 'outreach' });
    await t.call('gigs.setArchived', { id: archived.id, archived: true });

    const { sources } = await t.call('insights.get', { period: '90d' });
    const by = Object.fromEntries(sources.rows.map((r) => [String(r.source), r]));
    expect(by.referral).toEqual({ source: 'referral', gigs: 4, open: 1, won: 2, lost: 1, winRate: 2 / 3 });
    expect(by.platform).toMatchObject({ gigs: 1, open: 1, winRate: null });
    expect(by.outreach).toMatchObject({ gigs: 2, lost: 2, winRate: 0 });
    expect(by.null).toMatchObject({ gigs: 1, won: 1, winRate: 1 });
    expect(by.inbound).toMatchObject({ gigs: 0, winRate: null });
    expect(sources.rows.map((r) => r.source)).toEqual([
      'platform',
      'referral',
      'repeat',
      'inbound',
      'outreach',
      'other',
      null,
    ]);
  });

  it('counts only gigs that came in during the period', async () => {
    const acme = await makeClient(t, 'Acme');
    await gigIn('Won', acme.id, 'Recent', { source: 'inbound' }, 10);
    await gigIn('Lost', acme.id, 'Last quarter', { source: 'inbound' }, 60);
    await gigIn('Lost', acme.id, 'Last year', { source: 'inbound' }, 200);
    await gigIn('Won', acme.id, 'Long ago', { source: 'inbound' }, 800);
    const inbound = async (period: '30d' | '90d' | '365d' | 'all') =>
      (await t.call('insights.get', { period })).sources.rows.find((r) => r.source === 'inbound');
    expect(await inbound('30d')).toMatchObject({ gigs: 1, won: 1, lost: 0, winRate: 1 });
    expect(await inbound('90d')).toMatchObject({ gigs: 2, won: 1, lost: 1, winRate: 0.5 });
    expect(await inbound('365d')).toMatchObject({ gigs: 3, won: 1, lost: 2 });
    expect(await inbound('all')).toMatchObject({ gigs: 4, won: 2, lost: 2, winRate: 0.5 });
  });

  it('ranks the contacts and clients who referred won gigs', async () => {
    const acme = await makeClient(t, 'Acme', { contacts: [{ name: 'Ann Lee' }, { name: 'Ben Ode' }] });
    const globex = await makeClient(t, 'Globex');
    const initech = await makeClient(t, 'Initech');
    const [ann, ben] = acme.contacts;
    const byAnn = { source: 'referral' as const, referrerContactId: ann?.id };
    await gigIn('Won', initech.id, 'A1', byAnn);
    await gigIn('Completed', initech.id, 'A2', byAnn);
    await gigIn('Lost', initech.id, 'A3', byAnn);
    await gigIn('Active', initech.id, 'G1', { source: 'referral', referrerClientId: globex.id });
    await gigIn('Lost', initech.id, 'B1', { source: 'referral', referrerContactId: ben?.id });
    await gigIn('Won', initech.id, 'Too old', { source: 'referral', referrerClientId: initech.id }, 400);

    const { sources } = await t.call('insights.get', { period: '365d' });
    expect(sources.referrers).toEqual([
      { kind: 'contact', id: ann?.id, name: 'Ann Lee', clientId: acme.id, clientName: 'Acme', won: 2, referred: 3 },
      { kind: 'client', id: globex.id, name: 'Globex', clientId: globex.id, clientName: 'Globex', won: 1, referred: 1 },
    ]);
  });
});

describe('rates', () => {
  it('gives proposed and agreed medians per currency and unit with the gap from the first ask', async () => {
    const acme = await makeClient(t, 'Acme');
    const eurHour = { currency: 'EUR', rateUnit: 'hour' as const };
    await gigIn('Won', acme.id, 'G1', { ...eurHour, proposedRateMinor: 10_000, agreedRateMinor: 9_000 });
    const g2 = await gigIn('Won', acme.id, 'G2');
    for (const [kind, amountMinor] of [
      ['asked', 12_000],
      ['revised', 11_000],
      ['countered', 9_000],
      ['agreed', 10_000],
    ] as const) {
      await t.call('rateEvents.create', { gigId: g2.id, kind, amountMinor, currency: 'EUR', unit: 'hour' });
    }
    await gigIn('Applied', acme.id, 'G3', { ...eurHour, proposedRateMinor: 14_000 });
    await gigIn('Applied', acme.id, 'G4', { currency: 'USD', rateUnit: 'day', proposedRateMinor: 60_000 });
    await gigIn('Applied', acme.id, 'G5', { currency: 'EUR', rateUnit: 'fixed', proposedRateMinor: 500_000 });
    await gigIn('Won', acme.id, 'Old', { ...eurHour, proposedRateMinor: 50_000, agreedRateMinor: 50_000 }, 400);
    await t.call('settings.update', {
      rates: {
        benchmarks: [
          { currency: 'EUR', unit: 'hour', floorMinor: 9_500, targetMinor: 13_000 },
          { currency: 'GBP', unit: 'day', floorMinor: 50_000, targetMinor: null },
        ],
      },
    });

    const { rates } = await t.call('insights.get', { period: '30d' });
    expect(rates.since).toBe(TEST_START - 365 * DAY);
    expect(rates.fixedPriceGigs).toBe(1);
    const [eur, usd, gbp] = rates.rows;
    expect(eur).toEqual({
      currency: 'EUR',
      unit: 'hour',
      proposedMedianMinor: 11_000,
      proposedCount: 3,
      agreedMedianMinor: 9_500,
      agreedCount: 2,
      negotiatedCount: 2,
      // (−10 % + −16.67 %) / 2: G2's gap runs from its first ask (12 000), not its revised one.
      averageGapPercent: -13.3,
      counteredCount: 1,
      agreedBelowFloor: 1,
      benchmark: { currency: 'EUR', unit: 'hour', floorMinor: 9_500, targetMinor: 13_000 },
    });
    expect(usd).toMatchObject({ currency: 'USD', unit: 'day', proposedMedianMinor: 60_000, agreedMedianMinor: null });
    expect(usd?.benchmark).toBeNull();
    // A benchmark without gigs yet still shows, with nothing measured.
    expect(gbp).toMatchObject({ currency: 'GBP', unit: 'day', proposedCount: 0, averageGapPercent: null });
  });

  it('refuses a benchmark whose target is below its floor, or two for the same currency and unit', async () => {
    const low = await failure(t, 'settings.update', {
      rates: { benchmarks: [{ currency: 'EUR', unit: 'hour', floorMinor: 9_000, targetMinor: 8_000 }] },
    });
    expect(low.code).toBe('VALIDATION');
    expect(low.issues).toContainEqual({
      path: 'rates.benchmarks.0.targetMinor',
      message: 'The target is below the floor',
    });
    const twice = await failure(t, 'settings.update', {
      rates: {
        benchmarks: [
          { currency: 'eur', unit: 'hour', floorMinor: 9_000, targetMinor: null },
          { currency: 'EUR', unit: 'hour', floorMinor: null, targetMinor: 12_000 },
        ],
      },
    });
    expect(twice.issues?.[0]).toMatchObject({ path: 'rates.benchmarks.1.unit' });
    expect((await t.call('settings.get', {})).rates.benchmarks).toEqual([]);
  });
});

describe('query plans', () => {
  it('reads big tables only through indexes and groups gigs in index order, without sorting them', async () => {
    const sqlite = t.core.context.sqlite;
    const prepare = sqlite.prepare.bind(sqlite);
    const ran = new Map<string, unknown[]>();
    sqlite.prepare = ((source: string) => {
      const statement = prepare(source);
      for (const method of ['all', 'get'] as const) {
        const original = statement[method].bind(statement);
        Object.assign(statement, { [method]: (...args: unknown[]) => (ran.set(source, args), original(...args)) });
      }
      return statement;
    }) as typeof sqlite.prepare;
    await t.call('settings.update', {
      rates: { benchmarks: [{ currency: 'EUR', unit: 'hour', floorMinor: 9_000, targetMinor: null }] },
    });
    for (const period of ['90d', 'all'] as const) await t.call('insights.get', { period });
    const plans = [...ran].map(([sql, args]) => ({
      sql,
      plan: (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as [])) as { detail: string }[]).map((r) => r.detail),
    }));
    expect(plans.length).toBeGreaterThan(8);
    for (const { sql, plan } of plans) {
      const unindexed = plan.filter((line) => /^SCAN (g|gigs|d|deadlines|interviews|e|o|timeline_events)$/.test(line));
      expect(unindexed, sql).toEqual([]);
      if (
        /INDEXED BY gigs_(stage_rates|source_stage|rates_created)_idx\b[\s\S]*GROUP BY g?\.?(stage_id|source|currency)/.test(
          sql,
        )
      )
        expect(plan.join('\n'), sql).not.toMatch(/TEMP B-TREE FOR GROUP BY/);
    }
  });
});

describe('the boundary', () => {
  it('refuses a period it does not know and unknown keys, with the field named', async () => {
    const bad = await failure(t, 'insights.get', { period: '7d' } as never);
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues?.[0]?.path).toBe('period');
    const extra = await failure(t, 'insights.get', { period: '90d', clientId: 3 } as never);
    expect(extra.code).toBe('VALIDATION');
  });

  it('answers an empty book with empty figures rather than errors', async () => {
    const empty = await t.call('insights.get', { period: 'all' });
    expect(empty.from).toBeNull();
    expect(empty.pipeline.stages.every((s) => s.gigCount === 0 && s.medianDaysInStage === null)).toBe(true);
    expect(empty.sources.rows.every((r) => r.gigs === 0 && r.winRate === null)).toBe(true);
    expect(empty.rates.rows).toEqual([]);
    expect(empty.habits.deadlines).toEqual({ onTime: 0, late: 0, overdue: 0 });
    expect(empty.habits.replies).toEqual({ received: 0, replied: 0, medianReplyMinutes: null });
  });
});
