import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedures } from '../../contract';
import { contentDump } from '../testing/db-inspect';
import { failure, makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

async function gig(extra: Parameters<typeof makeGig>[3] = {}) {
  const client = await makeClient(t, 'Acme');
  return makeGig(t, client.id, 'Rebuild', extra);
}
const rateTimeline = async (gigId: number) =>
  (await t.call('gigs.get', { id: gigId })).timeline.filter((e) => e.kind === 'rate').map((e) => e.body);

describe('clarifying questions', () => {
  it('are added in order, ticked (doneAt kept on a repeat tick), answered, unticked and deleted', async () => {
    const g = await gig();
    const q1 = await t.call('gigQuestions.create', { gigId: g.id, text: 'What is the budget?' });
    const q2 = await t.call('gigQuestions.create', { gigId: g.id, text: ' Who decides? ' });
    expect(procedures['gigQuestions.create'].output.parse(q1)).toEqual(q1);
    expect([q1.position, q2.position, q2.text]).toEqual([1, 2, 'Who decides?']);

    t.advance(1000);
    expect(await t.call('gigQuestions.update', { id: q1.id, done: true })).toMatchObject({ doneAt: TEST_START + 1000 });
    t.advance(1000);
    const answered = await t.call('gigQuestions.update', { id: q1.id, done: true, answer: '20k' });
    expect(answered).toMatchObject({ doneAt: TEST_START + 1000, answer: '20k', text: 'What is the budget?' });
    expect(await t.call('gigQuestions.update', { id: q1.id, done: false })).toMatchObject({
      doneAt: null,
      answer: '20k',
    });

    expect((await t.call('gigs.get', { id: g.id })).questions.map((q) => q.text)).toEqual([
      'What is the budget?',
      'Who decides?',
    ]);
    expect(await t.call('gigQuestions.delete', { id: q1.id })).toEqual({ id: q1.id });
    expect((await t.call('gigs.get', { id: g.id })).questions.map((q) => q.id)).toEqual([q2.id]);
  });

  it('refuses empty text and unknown ids', async () => {
    const g = await gig();
    expect(await failure(t, 'gigQuestions.create', { gigId: g.id, text: '  ' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'text' }],
    });
    expect((await failure(t, 'gigQuestions.create', { gigId: 9999, text: 'Q' })).code).toBe('NOT_FOUND');
    expect((await failure(t, 'gigQuestions.update', { id: 9999, done: true })).code).toBe('NOT_FOUND');
    expect((await failure(t, 'gigQuestions.delete', { id: 9999 })).code).toBe('NOT_FOUND');
  });
});

describe('rate trail', () => {
  it('asking or revising sets the proposed rate, agreeing the agreed rate, a counter-offer neither', async () => {
    const g = await gig({ currency: 'EUR', rateUnit: 'hour', proposedRateMinor: 9000 });
    const step = (kind: 'asked' | 'countered' | 'revised' | 'agreed', amountMinor: number, note?: string) =>
      t.call('rateEvents.create', { gigId: g.id, kind, amountMinor, currency: 'EUR', unit: 'hour', note });

    const asked = await step('asked', 8000);
    expect(procedures['rateEvents.create'].output.parse(asked)).toEqual(asked);
    expect(await t.call('gigs.get', { id: g.id })).toMatchObject({ proposedRateMinor: 8000, agreedRateMinor: null });
    t.advance(1000);
    await step('countered', 6500, 'their budget is tight');
    expect(await t.call('gigs.get', { id: g.id })).toMatchObject({ proposedRateMinor: 8000, agreedRateMinor: null });
    t.advance(1000);
    await step('revised', 7250);
    t.advance(1000);
    await step('agreed', 7250);
    const detail = await t.call('gigs.get', { id: g.id });
    expect(detail).toMatchObject({ proposedRateMinor: 7250, agreedRateMinor: 7250, currency: 'EUR', rateUnit: 'hour' });
    expect(detail.rateEvents.map((e) => [e.kind, e.amountMinor])).toEqual([
      ['asked', 8000],
      ['countered', 6500],
      ['revised', 7250],
      ['agreed', 7250],
    ]);
    expect(await rateTimeline(g.id)).toEqual([
      'Agreed €72.50/hour',
      'Revised to €72.50/hour',
      'Client countered with €65/hour — their budget is tight',
      'Asked €80/hour',
    ]);
  });

  it('formats amounts with the digits of their currency (JPY has none, KWD three)', async () => {
    const g = await gig();
    await t.call('rateEvents.create', {
      gigId: g.id,
      kind: 'asked',
      amountMinor: 500_000,
      currency: 'jpy',
      unit: 'day',
    });
    t.advance(1000);
    await t.call('rateEvents.create', {
      gigId: g.id,
      kind: 'agreed',
      amountMinor: 12_345,
      currency: 'KWD',
      unit: 'fixed',
    });
    const bodies = await rateTimeline(g.id);
    expect(bodies[1]).toBe('Asked ¥500,000/day');
    expect(bodies[0]).toMatch(/^Agreed KWD\s12\.345 fixed$/);
    expect(await t.call('gigs.get', { id: g.id })).toMatchObject({
      proposedRateMinor: 500_000,
      agreedRateMinor: 12_345,
      currency: 'KWD',
      rateUnit: 'fixed',
    });
  });

  it('keeps the occurredAt given for a step logged after the fact, and deletes steps', async () => {
    const g = await gig();
    const earlier = TEST_START - 86_400_000;
    const e = await t.call('rateEvents.create', {
      gigId: g.id,
      kind: 'countered',
      amountMinor: 100,
      currency: 'USD',
      unit: 'week',
      occurredAt: earlier,
    });
    expect(e.occurredAt).toBe(earlier);
    expect((await t.call('gigs.get', { id: g.id })).timeline.find((x) => x.kind === 'rate')).toMatchObject({
      occurredAt: earlier,
      createdAt: TEST_START,
      meta: { rateEventId: e.id, kind: 'countered' },
    });
    expect(await t.call('rateEvents.delete', { id: e.id })).toEqual({ id: e.id });
    expect((await t.call('gigs.get', { id: g.id })).rateEvents).toEqual([]);
    expect((await failure(t, 'rateEvents.delete', { id: e.id })).code).toBe('NOT_FOUND');
  });

  it('refuses negative or absurd amounts, unknown currencies and unknown gigs, writing nothing', async () => {
    const g = await gig();
    const base = { gigId: g.id, kind: 'asked', amountMinor: 100, currency: 'EUR', unit: 'hour' } as const;
    const before = contentDump(t.core.context.sqlite);
    expect((await failure(t, 'rateEvents.create', { ...base, amountMinor: -5 })).issues?.[0]?.path).toBe('amountMinor');
    expect((await failure(t, 'rateEvents.create', { ...base, amountMinor: 1e13 })).issues?.[0]?.path).toBe(
      'amountMinor',
    );
    expect((await failure(t, 'rateEvents.create', { ...base, currency: 'ZZZ' })).issues?.[0]?.path).toBe('currency');
    expect((await failure(t, 'rateEvents.create', { ...base, gigId: 9999 })).code).toBe('NOT_FOUND');
    expect(contentDump(t.core.context.sqlite)).toEqual(before);
  });
});
