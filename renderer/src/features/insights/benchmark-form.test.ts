/** The benchmark editor's model: typed amounts to minor units, and every rule's message on its own field. */
import { describe, expect, it } from 'vitest';
import { benchmarkKey, buildBenchmarks, rowsOf, type BenchmarkRow } from './benchmark-form';

const row = (patch: Partial<BenchmarkRow>): BenchmarkRow => ({
  key: 1,
  currency: 'EUR',
  unit: 'hour',
  floor: '',
  target: '',
  ...patch,
});

describe('buildBenchmarks', () => {
  it('turns typed amounts into minor units in the currency, upper-casing the code', () => {
    expect(buildBenchmarks([row({ currency: 'eur', floor: '1,250.50', target: '1500' })])).toEqual({
      ok: true,
      benchmarks: [{ currency: 'EUR', unit: 'hour', floorMinor: 125_050, targetMinor: 150_000 }],
    });
    expect(buildBenchmarks([row({ currency: 'JPY', unit: 'day', floor: '50000' })])).toMatchObject({
      ok: true,
      benchmarks: [{ floorMinor: 50_000, targetMinor: null }],
    });
  });

  it('puts each problem on its row and field', () => {
    const result = buildBenchmarks([
      row({ floor: '90', target: '80' }),
      row({ key: 2, floor: 'ninety' }),
      row({ key: 3, unit: 'hour', floor: '70' }),
      row({ key: 4, currency: 'EUR', unit: 'day' }),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['0.targetMinor']).toBe('The target is below the floor');
    expect(result.errors['1.floorMinor']).toBe('Enter an amount like 850 or 850.50');
    expect(result.errors['2.unit']).toBe('There is already a benchmark for EUR/hour');
    expect(result.errors['3.floorMinor']).toBe('Enter a floor, a target or both');
  });

  it('accepts an empty list (removing every benchmark)', () => {
    expect(buildBenchmarks([])).toEqual({ ok: true, benchmarks: [] });
  });

  it('reads saved benchmarks back as the text the inputs show', () => {
    const [back] = rowsOf([{ currency: 'EUR', unit: 'day', floorMinor: 90_000, targetMinor: 120_050 }]);
    expect(back).toMatchObject({ currency: 'EUR', unit: 'day', floor: '900', target: '1200.50' });
  });

  it('maps the core’s issue paths onto the same keys', () => {
    expect(benchmarkKey('rates.benchmarks.2.targetMinor')).toBe('2.targetMinor');
    expect(benchmarkKey('benchmarks.0.currency')).toBe('0.currency');
    expect(benchmarkKey('rates.benchmarks')).toBe('list');
  });
});
