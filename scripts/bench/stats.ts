/** Percentiles and a fixed-width table for benchmark output. */
export interface Summary {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { samples: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '—');

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/**
 * Times fn `n` times after a warm-up of at least `warmup` calls and WARMUP_MS (as tinybench does), so the
 * figures are the steady state: the first case otherwise also measured the JIT and the garbage collection
 * of the start-up's integrity check. Returns milliseconds per call.
 */
export const WARMUP_MS = 250;
export async function timeCalls(fn: () => unknown, n: number, warmup = 10): Promise<number[]> {
  const warmUntil = performance.now() + WARMUP_MS;
  for (let i = 0; i < warmup || performance.now() < warmUntil; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}
