/**
 * Hot procedures through the dispatcher (validation, handler, Result) beside the very same SQL run as raw
 * better-sqlite3 prepared statements: every statement a procedure prepares is recorded with its arguments
 * and replayed directly, so the ratio is the cost of everything that is not SQLite.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../../electron/core/app-core';
import { summarize, timeCalls, type Summary } from './stats';

interface Ran {
  sql: string;
  args: unknown[];
  method: 'all' | 'get';
}

function recorder(sqlite: Database.Database) {
  const seen: Ran[] = [];
  let recording = false;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get'] as const) {
      const original = (statement[method]).bind(statement);
      Object.assign(statement, {
        [method]: (...args: unknown[]) => {
          if (recording) seen.push({ sql: source, args, method });
          return original(...args);
        },
      });
    }
    return statement;
  }) as Database.Database['prepare'];
  return {
    async capture(run: () => Promise<unknown>): Promise<Ran[]> {
      seen.length = 0;
      recording = true;
      try {
        await run();
      } finally {
        recording = false;
      }
      return [...seen];
    },
    rawPrepare: prepare,
  };
}

export interface QueryCase {
  name: string;
  procedure: string;
  input: () => unknown;
  samples: number;
  target: number;
}

export interface QueryFigure {
  name: string;
  dispatch: Summary;
  raw: Summary;
  ratio: number;
  target: number;
  statements: number;
}

/**
 * Every procedure in turn for a while before any is measured: a fresh process runs slower for its first
 * couple of seconds (V8 tiering up, the young generation growing), which otherwise fell on the first case
 * only (agenda.get's p95 was 3.4 ms there and 2.2 ms when measured later).
 */
const PROCESS_WARMUP_MS = 2000;

async function warmUpProcess(core: Core, cases: QueryCase[]): Promise<void> {
  const until = performance.now() + PROCESS_WARMUP_MS;
  while (performance.now() < until) for (const c of cases) await core.dispatch(c.procedure, c.input());
}

export async function runQueryBench(core: Core, cases: QueryCase[]): Promise<QueryFigure[]> {
  const rec = recorder(core.context.sqlite);
  const figures: QueryFigure[] = [];
  await warmUpProcess(core, cases);
  for (const c of cases) {
    // Both sides go through the same inputs (every client of the sample, say), each once per measured round:
    // replaying a subset raw compared the dispatcher's slowest clients with whichever 20 were recorded.
    const inputs = Array.from({ length: c.samples }, () => c.input());
    let d = 0;
    const dispatchOnce = async () => {
      const result = await core.dispatch(c.procedure, inputs[d++ % inputs.length]);
      if (!result.ok) throw new Error(`${c.procedure} failed: ${result.error.code} ${result.error.message}`);
    };
    const dispatch = summarize(await timeCalls(dispatchOnce, c.samples));
    // Record each input's statements, then replay them raw in the same rotation.
    const recorded: Ran[][] = [];
    for (const input of inputs) recorded.push(await rec.capture(() => core.dispatch(c.procedure, input)));
    const replays = recorded.map((ran) =>
      ran.map((r) => ({ statement: rec.rawPrepare(r.sql), args: r.args, method: r.method })),
    );
    let i = 0;
    const rawOnce = () => {
      const replay = replays[i++ % replays.length] ?? [];
      for (const r of replay) {
        if (r.method === 'all') r.statement.all(...(r.args as []));
        else r.statement.get(...(r.args as []));
      }
    };
    const raw = summarize(await timeCalls(rawOnce, c.samples));
    figures.push({
      name: c.name,
      dispatch,
      raw,
      ratio: dispatch.p95 / raw.p95,
      target: c.target,
      statements: recorded[0]?.length ?? 0,
    });
  }
  return figures;
}
