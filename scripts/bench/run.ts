/**
 * `npm run bench [-- --size big|small]`: prints machine facts and the figures the issues ask for —
 * p50/p95 of the hot procedures through the dispatcher beside the same SQL run raw, reminder delivery
 * lateness and the idle scheduler's timers, and (when present) backup and import/export figures.
 * Raw samples go to bench-results/*.jsonl. Goals live here, never in timed test assertions.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCore } from '../../electron/core/app-core';
import { createAdjustableClock } from '../../electron/core/context';
import { silentLogger } from '../../electron/core/log';
import { BENCH_NOW, ensureDataset } from './dataset';
import { runQueryBench, type QueryCase } from './query-bench';
import { runReminderBench } from './reminder-bench';
import { ms, table, WARMUP_MS } from './stats';
import type { SeedSize } from '../seed/generate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const migrationsFolder = path.join(root, 'drizzle', 'migrations');
const resultsDir = path.join(root, 'bench-results');

function machineFacts(sqliteVersion: string): string[] {
  const pkg = (name: string) =>
    (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  let commit = 'unknown';
  let chromium = 'not installed';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    /* not a git checkout */
  }
  try {
    chromium = execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version 2>/dev/null`)
      .toString()
      .trim();
  } catch {
    /* no chromium */
  }
  return [
    `node ${process.version}, SQLite ${sqliteVersion}, better-sqlite3 ${pkg('better-sqlite3')}, drizzle-orm ${pkg('drizzle-orm')}`,
    `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    `${chromium}; commit ${commit}`,
  ];
}

function cases(sampleIds: { clients: number[]; terms: string[] }): QueryCase[] {
  let c = 0;
  let s = 0;
  const pick = <T>(list: T[], i: number) => list[i % list.length];
  return [
    {
      name: 'agenda.get (overdue, today, 7 days)',
      procedure: 'agenda.get',
      input: () => ({}),
      samples: 200,
      target: 5,
    },
    { name: 'agenda.counts (sidebar)', procedure: 'agenda.counts', input: () => ({}), samples: 200, target: 5 },
    {
      // What the board screen asks: PER_STAGE + 1 cards a column (renderer/src/features/pipeline/use-pipeline.ts).
      name: 'gigs.board (26 cards a stage)',
      procedure: 'gigs.board',
      input: () => ({ perStage: 26 }),
      samples: 100,
      target: 5,
    },
    {
      name: 'gigs.list page (100, by update)',
      procedure: 'gigs.list',
      input: () => ({ limit: 100 }),
      samples: 200,
      target: 5,
    },
    {
      name: 'clients.list page (100, by name)',
      procedure: 'clients.list',
      input: () => ({ limit: 100 }),
      samples: 200,
      target: 5,
    },
    {
      name: 'clients.get (client detail)',
      procedure: 'clients.get',
      input: () => ({ id: pick(sampleIds.clients, c++) }),
      samples: 300,
      target: 5,
    },
    {
      name: 'deadlines.list page (open, by due)',
      procedure: 'deadlines.list',
      input: () => ({ limit: 100 }),
      samples: 200,
      target: 5,
    },
    {
      // What the month screen asks: a six-week grid, MAX_CHIPS items a day (renderer/src/features/calendar).
      name: 'calendar.range (month grid, 3 a day)',
      procedure: 'calendar.range',
      input: () => ({ from: '2026-06-01', to: '2026-07-12', perDay: 3 }),
      samples: 100,
      target: 5,
    },
    {
      name: 'calendar.range (week, 24 a day)',
      procedure: 'calendar.range',
      input: () => ({ from: '2026-06-01', to: '2026-06-07' }),
      samples: 100,
      target: 5,
    },
    {
      name: 'calendar.range (one day, 100)',
      procedure: 'calendar.range',
      input: () => ({ from: '2026-06-03', to: '2026-06-03', perDay: 100 }),
      samples: 100,
      target: 5,
    },
    {
      name: 'insights.get (90 days, the default)',
      procedure: 'insights.get',
      input: () => ({ period: '90d' }),
      samples: 100,
      target: 20,
    },
    {
      name: 'search.query (mixed terms)',
      procedure: 'search.query',
      input: () => ({ q: pick(sampleIds.terms, s++), limit: 20 }),
      samples: 300,
      target: 20,
    },
  ];
}

async function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'big' }, only: { type: 'string', multiple: true } },
  });
  const size = values.size as SeedSize;
  /** `--only queries --only backup`: run just those parts (queries, reminders, backup, transfer). */
  const wanted = (part: string) => !values.only || values.only.includes(part);
  fs.mkdirSync(resultsDir, { recursive: true });
  const dataset = await ensureDataset(resultsDir, size, migrationsFolder);
  const clock = createAdjustableClock(BENCH_NOW, 'Europe/Berlin');
  clock.set(BENCH_NOW, { freeze: true });
  const core = await startCore({
    dataDir: dataset.dataDir,
    migrationsFolder,
    log: silentLogger,
    version: 'bench',
    clock,
  });
  const sqliteVersion = String(core.context.sqlite.prepare('SELECT sqlite_version()').pluck().get());
  console.log('Gigline benchmark');
  for (const line of machineFacts(sqliteVersion)) console.log(`  ${line}`);
  const counts = ['clients', 'gigs', 'interviews', 'deadlines'].map(
    (t) =>
      `${Number(core.context.sqlite.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toLocaleString('en')} ${t}`,
  );
  console.log(
    `  dataset (${size}): ${counts.join(', ')}${dataset.seconds === null ? ' (cached)' : ` (seeded in ${dataset.seconds.toFixed(1)} s)`}`,
  );

  const clientIds = core.context.sqlite
    .prepare('SELECT id FROM clients ORDER BY random() LIMIT 300')
    .pluck()
    .all() as number[];
  const terms = ['acme', 'design', 'ux', 'invoice', 'de', 'website redesign', 'schmidt', 'proposal', 'berlin', 'api'];
  const figures = wanted('queries') ? await runQueryBench(core, cases({ clients: clientIds, terms })) : [];
  if (figures.length > 0) {
    console.log(
      `\nProcedures: dispatcher vs the same SQL as raw prepared statements (ms; after ${WARMUP_MS} ms of warm-up each)`,
    );
    console.log(
      table(
        ['procedure', 'n', 'p50', 'p95', 'max', 'raw p50', 'raw p95', 'ratio p95', 'target p95', 'ok'],
        figures.map((f) => [
          f.name,
          f.dispatch.samples,
          ms(f.dispatch.p50),
          ms(f.dispatch.p95),
          ms(f.dispatch.max),
          ms(f.raw.p50),
          ms(f.raw.p95),
          f.ratio.toFixed(2),
          `≤ ${f.target}`,
          f.dispatch.p95 <= f.target && f.ratio <= 1.5 ? 'yes' : 'NO',
        ]),
      ),
    );
  }
  core.close();

  const reminders = wanted('reminders') ? await runReminderBench(migrationsFolder) : null;
  if (reminders) {
    console.log('\nReminder delivery on the real clock (ms late after due)');
    console.log(
      table(
        [
          'reminders',
          'delivered',
          'p50',
          'p95',
          'max',
          'target',
          'scheduler timers idle',
          'process timeouts before → idle',
        ],
        [
          [
            reminders.expected,
            reminders.delivered,
            ms(reminders.lateness.p50),
            ms(reminders.lateness.p95),
            ms(reminders.lateness.max),
            '≤ 1000',
            reminders.schedulerTimersIdle,
            `${reminders.processTimeoutsBefore} → ${reminders.processTimeoutsIdle}`,
          ],
        ],
      ),
    );
  }

  if (wanted('backup'))
    await runOptional('./backup-bench.ts', 'runBackupBench', { dataDir: dataset.dataDir, migrationsFolder });
  if (wanted('transfer'))
    await runOptional('./import-export-bench.ts', 'runImportExportBench', {
      bigDbPath: path.join(dataset.dataDir, 'gigline.sqlite'),
      tmpDir: os.tmpdir(),
      migrationsFolder,
    });

  const stamp = new Date().toISOString();
  if (figures.length > 0)
    fs.appendFileSync(path.join(resultsDir, 'queries.jsonl'), `${JSON.stringify({ stamp, size, figures })}\n`);
  if (reminders)
    fs.appendFileSync(path.join(resultsDir, 'reminders.jsonl'), `${JSON.stringify({ stamp, reminders })}\n`);
}

/** Benchmarks other parts of the app contribute: printed as "name: value" lines when the module exists. */
async function runOptional(modulePath: string, exportName: string, args: Record<string, unknown>) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), modulePath);
  if (!fs.existsSync(file)) return;
  const mod = (await import(modulePath)) as Record<
    string,
    (a: Record<string, unknown>) => Promise<Record<string, unknown>>
  >;
  const run = mod[exportName];
  if (!run) return;
  const figures = await run(args);
  console.log(`\n${exportName.replace(/^run/, '')}`);
  for (const [key, value] of Object.entries(figures))
    console.log(`  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
