/**
 * The benchmark dataset: the seed generator's "big" size (10k clients, 50k gigs, 100k interviews, 200k
 * deadlines), built once into bench-results/data-<size>/ and reused while the schema version is the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { backupDirOf, DATABASE_FILE } from '../../electron/core/app-core';
import { openDatabase } from '../../electron/core/db/open-database';
import { loadMigrations } from '../../electron/core/db/migrations';
import { silentLogger } from '../../electron/core/log';
import { DEFAULT_SEED, seedDatabase, type SeedSize } from '../seed/generate';

/** The instant the dataset is generated around, and the benchmark's frozen clock. */
export const BENCH_NOW = Date.parse('2026-06-01T09:00:00Z');

export async function ensureDataset(
  root: string,
  size: SeedSize,
  migrationsFolder: string,
): Promise<{ dataDir: string; seconds: number | null }> {
  const dataDir = path.join(root, `data-${size}`);
  const marker = path.join(dataDir, 'dataset.json');
  const schemaVersion = loadMigrations(migrationsFolder).length;
  if (fs.existsSync(marker)) {
    const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as { schemaVersion: number; seed: number };
    if (info.schemaVersion === schemaVersion && info.seed === DEFAULT_SEED) return { dataDir, seconds: null };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const { sqlite } = await openDatabase({
    file: path.join(dataDir, DATABASE_FILE),
    migrationsFolder,
    backupDir: backupDirOf(dataDir),
    log: silentLogger,
    now: () => BENCH_NOW,
  });
  seedDatabase(sqlite, { size, seed: DEFAULT_SEED, now: BENCH_NOW });
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  fs.writeFileSync(marker, JSON.stringify({ schemaVersion, seed: DEFAULT_SEED, size }));
  return { dataDir, seconds: (performance.now() - started) / 1000 };
}
