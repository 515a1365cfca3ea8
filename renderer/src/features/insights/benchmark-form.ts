/**
 * The benchmark editor's model: rows of typed text ↔ the contract's RateBenchmark list. Amounts go through
 * the same money parser as the gig form; the whole list is then checked with the contract's schema, so a
 * message shows next to the field it is about (keys like "2.targetMinor").
 */
import { benchmarkUnits, RateSettingsSchema, type RateBenchmark } from '../../../../electron/contract';
import { issuesToErrors, zodIssues, type FieldErrors } from '../../components/form-errors';
import { minorToInput, parseMoneyInput } from '../gigs/money-input';

export type BenchmarkUnit = (typeof benchmarkUnits)[number];

export interface BenchmarkRow {
  key: number;
  currency: string;
  unit: BenchmarkUnit;
  floor: string;
  target: string;
}

let nextKey = 1;

export function newRow(currency: string, unit: BenchmarkUnit = 'hour'): BenchmarkRow {
  return { key: nextKey++, currency, unit, floor: '', target: '' };
}

export function rowsOf(benchmarks: readonly RateBenchmark[]): BenchmarkRow[] {
  return benchmarks.map((b) => ({
    key: nextKey++,
    currency: b.currency,
    unit: b.unit,
    floor: minorToInput(b.floorMinor, b.currency),
    target: minorToInput(b.targetMinor, b.currency),
  }));
}

export type BuildResult = { ok: true; benchmarks: RateBenchmark[] } | { ok: false; errors: FieldErrors };

export function buildBenchmarks(rows: readonly BenchmarkRow[]): BuildResult {
  const errors: FieldErrors = {};
  const benchmarks = rows.map((row, i) => {
    const currency = row.currency.trim().toUpperCase();
    const amount = (text: string, field: 'floorMinor' | 'targetMinor') => {
      const parsed = parseMoneyInput(text, currency || null);
      if (parsed.ok) return parsed.minor;
      errors[`${i}.${field}`] = parsed.message;
      return null;
    };
    return {
      currency,
      unit: row.unit,
      floorMinor: amount(row.floor, 'floorMinor'),
      targetMinor: amount(row.target, 'targetMinor'),
    };
  });
  const parsed = RateSettingsSchema.safeParse({ benchmarks });
  const all = { ...(parsed.success ? {} : issuesToErrors(zodIssues(parsed.error), benchmarkKey)), ...errors };
  return Object.keys(all).length || !parsed.success
    ? { ok: false, errors: all }
    : { ok: true, benchmarks: parsed.data.benchmarks };
}

/** "benchmarks.2.targetMinor" or the core's "rates.benchmarks.2.targetMinor" → "2.targetMinor". */
export function benchmarkKey(path: string): string {
  return path.replace(/^(rates\.)?benchmarks\.?/, '') || 'list';
}
