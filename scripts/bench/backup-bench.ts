/**
 * Backup and restore of the benchmark database (reliability.md G4, G8), through the code the app runs:
 * the online backup in adaptive steps (wall time, and the longest event-loop stall while it runs, from
 * perf_hooks.monitorEventLoopDelay plus a 1 ms interval probe), start-up's quick_check, the restore's
 * integrity_check in its worker, and a whole restore into a fresh core (check, copy, before-restore
 * backup, swap, reopen). Everything is written to a temporary folder; the dataset is only read.
 * Returns figures; prints nothing.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startCore } from '../../electron/core/app-core';
import { backupDatabase } from '../../electron/core/db/backup';
import { silentLogger } from '../../electron/core/log';
import { checkDatabaseFile } from '../../electron/core/services/backups/check-worker';

const round = (ms: number) => Math.round(ms);

/** Runs `work` while watching the event loop; `stallMs` is the longest the loop was blocked. */
async function watchingTheLoop<T>(work: () => Promise<T>) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let longestGap = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 1);
  histogram.enable();
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      wallMs: performance.now() - started,
      stallMs: Math.max(histogram.max / 1e6, longestGap),
      p99Ms: histogram.percentile(99) / 1e6,
    };
  } finally {
    histogram.disable();
    clearInterval(probe);
  }
}

export async function runBackupBench(args: { dataDir: string; migrationsFolder: string }) {
  const source = path.join(args.dataDir, 'gigline.sqlite');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-backup-bench-'));
  try {
    const live = new Database(source, { fileMustExist: true });
    live.pragma('journal_mode = WAL');
    const started = performance.now();
    const quick = String(live.pragma('quick_check', { simple: true }));
    const quickCheckMs = performance.now() - started;

    const backup = await watchingTheLoop(() =>
      backupDatabase(live, path.join(work, 'backups'), { reason: 'manual', at: Date.now(), appVersion: 'bench' }),
    );
    live.close();

    const check = await watchingTheLoop(() => checkDatabaseFile(backup.result.path, { pragma: 'integrity_check' }));

    const core = await startCore({
      dataDir: path.join(work, 'data'),
      migrationsFolder: args.migrationsFolder,
      log: silentLogger,
      version: 'bench',
    });
    const restore = await watchingTheLoop(() => core.context.data.restore(backup.result.path));
    const restoredClients = Number(core.context.sqlite.prepare('SELECT count(*) FROM clients').pluck().get());
    core.close();

    return {
      'load average while measuring': os.loadavg().map((load) => load.toFixed(1)).join(' '),
      'database size (MB)': Math.round(fs.statSync(source).size / 2 ** 20),
      'backup wall (ms)': `${round(backup.wallMs)} (target ≤ 3000)`,
      'backup longest event-loop stall (ms)': `${round(backup.stallMs)} (target ≤ 50; p99 ${round(backup.p99Ms)})`,
      'backup rows': backup.result.totalRows,
      'start-up quick_check (ms)': `${round(quickCheckMs)} (${quick})`,
      'integrity_check in the worker (ms)': `${round(check.wallMs)} (${check.result.integrity?.join('; ') ?? check.result.errorMessage}); longest stall ${round(check.stallMs)}`,
      'restore incl. integrity_check (ms)': `${round(restore.wallMs)} (target ≤ 5000); longest stall ${round(restore.stallMs)}`,
      'restored clients': restoredClients,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
