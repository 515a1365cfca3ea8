/**
 * Import/export figures (issue 5, item 6) through the code the app runs. A 10k-row clients CSV through the
 * dispatcher into an empty database (preview, then commit: parse, check every row with the form's rules,
 * duplicate matching, one transaction, search index). The big benchmark database exported to JSON (read-only
 * connection) and that file imported exactly into an empty database at the service level — it is larger than
 * the 20 MB the contract accepts from the renderer — with its phases timed and every table's row count
 * compared. Everything is written to a temporary folder; the dataset is only read. Returns figures; prints nothing.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventMap } from '../../electron/contract';
import { startCore } from '../../electron/core/app-core';
import { createAdjustableClock } from '../../electron/core/context';
import { loadMigrations } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { silentLogger } from '../../electron/core/log';
import { commitJsonImport } from '../../electron/core/transfer/json-import';
import { exportJsonDocument } from '../../electron/core/transfer/json-export';
import { createProgress } from '../../electron/core/transfer/progress';
import { TABLE_SPECS } from '../../electron/core/transfer/table-specs';

const NOW = Date.parse('2026-06-01T09:00:00Z');
const CSV_ROWS = 10_000;
const CSV_TARGET_MS = 1000;
const round = (ms: number) => Math.round(ms);
/** CPU milliseconds of this process since `start` (all threads): less sensitive to a busy machine than wall time. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** A clients CSV as a CRM would export it: quoted names with commas, tags, a contact, some blanks. */
export function clientsCsv(rows: number): string {
  const cities = ['Berlin', 'Lisbon', 'Austin', 'Kraków', 'Osaka'];
  const lines = ['Company,E-mail,Phone,Website,City,Tags,Contact person,Contact email,Notes'];
  for (let i = 1; i <= rows; i++) {
    const slug = `client-${i}`;
    lines.push(
      [
        `"Client ${i}, Ltd"`,
        `hello@${slug}.example`,
        i % 3 === 0 ? '' : `+49 30 ${String(1_000_000 + i)}`,
        `${slug}.example`,
        cities[i % cities.length],
        `"design; tier-${i % 7}"`,
        `Person ${i}`,
        `person@${slug}.example`,
        i % 5 === 0 ? '"Met at a fair; wants a quote ""soon"""' : '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function csvImport(work: string, migrationsFolder: string) {
  const clock = createAdjustableClock(NOW, 'Europe/Berlin');
  clock.set(NOW, { freeze: true });
  const core = await startCore({
    dataDir: path.join(work, 'csv'),
    migrationsFolder,
    log: silentLogger,
    version: 'bench',
    clock,
  });
  try {
    const content = clientsCsv(CSV_ROWS);
    const input = { kind: 'clients-csv', content } as const;
    let started = performance.now();
    let cpu = process.cpuUsage();
    const preview = await core.dispatch('import.preview', input);
    const previewMs = performance.now() - started;
    const previewCpuMs = cpuMs(cpu);
    started = performance.now();
    cpu = process.cpuUsage();
    const commit = await core.dispatch('import.commit', input);
    const commitMs = performance.now() - started;
    const commitCpuMs = cpuMs(cpu);
    if (!preview.ok || !commit.ok)
      throw new Error(`CSV import failed: ${JSON.stringify(commit.ok ? preview : commit).slice(0, 300)}`);
    const clients = Number(core.context.sqlite.prepare('SELECT count(*) FROM clients').pluck().get());
    return { previewMs, previewCpuMs, commitMs, commitCpuMs, clients, bytes: Buffer.byteLength(content) };
  } finally {
    core.close();
  }
}

function tableCounts(sqlite: Database.Database): Record<string, number> {
  return Object.fromEntries(
    TABLE_SPECS.map((s) => [s.name, Number(sqlite.prepare(`SELECT count(*) FROM ${s.name}`).pluck().get())]),
  );
}

async function jsonRoundTrip(bigDbPath: string, work: string, migrationsFolder: string) {
  const schemaVersion = loadMigrations(migrationsFolder).length;
  const big = new Database(bigDbPath, { readonly: true, fileMustExist: true });
  let started = performance.now();
  let cpu = process.cpuUsage();
  const { content, count } = exportJsonDocument(big, { schemaVersion, appVersion: 'bench', exportedAt: NOW });
  const exportMs = performance.now() - started;
  const exportCpuMs = cpuMs(cpu);
  const sourceCounts = tableCounts(big);
  big.close();

  fs.mkdirSync(path.join(work, 'json'), { recursive: true });
  const { sqlite } = await openDatabase({
    file: path.join(work, 'json', 'gigline.sqlite'),
    migrationsFolder,
    backupDir: path.join(work, 'json', 'backups'),
    log: silentLogger,
    now: () => NOW,
  });
  try {
    const phases: Record<string, number> = {};
    let phase = 'parse';
    let phaseStart = performance.now();
    const progress = createProgress(
      {
        emit: (_name, payload) => {
          const next = (payload as EventMap['import.progress']).phase;
          if (next === phase) return;
          phases[phase] = round(performance.now() - phaseStart);
          phase = next;
          phaseStart = performance.now();
        },
      },
      'json',
    );
    started = performance.now();
    cpu = process.cpuUsage();
    await commitJsonImport(sqlite, content, { mode: 'exact', duplicates: 'skip', schemaVersion, now: NOW, progress });
    const importMs = performance.now() - started;
    const importCpuMs = cpuMs(cpu);
    phases[phase] = round(performance.now() - phaseStart);
    const same = JSON.stringify(tableCounts(sqlite)) === JSON.stringify(sourceCounts);
    return {
      exportMs,
      exportCpuMs,
      importMs,
      importCpuMs,
      bytes: Buffer.byteLength(content),
      rows: count,
      phases,
      same,
    };
  } finally {
    sqlite.close();
  }
}

export async function runImportExportBench(args: { bigDbPath: string; tmpDir: string; migrationsFolder: string }) {
  const work = fs.mkdtempSync(path.join(args.tmpDir, 'gigline-import-export-bench-'));
  try {
    const csv = await csvImport(work, args.migrationsFolder);
    const json = await jsonRoundTrip(args.bigDbPath, work, args.migrationsFolder);
    return {
      'CSV import, clients rows': csv.clients,
      'CSV file size MB': mb(csv.bytes),
      'CSV preview ms (CPU ms)': `${round(csv.previewMs)} (${round(csv.previewCpuMs)})`,
      'CSV import (commit) ms (CPU ms)': `${round(csv.commitMs)} (${round(csv.commitCpuMs)})`,
      'CSV import target ms': `≤ ${CSV_TARGET_MS}`,
      'CSV import within target': csv.clients === CSV_ROWS && csv.commitMs <= CSV_TARGET_MS ? 'yes' : 'NO',
      'JSON export rows': json.rows,
      'JSON export size MB': mb(json.bytes),
      'JSON export ms (CPU ms)': `${round(json.exportMs)} (${round(json.exportCpuMs)})`,
      'JSON import into an empty database ms (CPU ms)': `${round(json.importMs)} (${round(json.importCpuMs)})`,
      'JSON import phases, wall ms': json.phases,
      'machine load (1 min)': Math.round(os.loadavg()[0] ?? 0),
      'JSON import reproduces every table count': json.same ? 'yes' : 'NO',
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
