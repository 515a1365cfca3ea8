/**
 * `npm run seed -- --size big|small [--data-dir DIR] [--force] [--seed N] [--now ISO-DATE]`
 * Fills a Gigline database with deterministic demo data (scripts/seed/generate.ts). The database is opened
 * through openDatabase, so it is created and migrated exactly as the app would. Refuses a database that
 * already has clients unless --force (then the seed is added on top).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backupDirOf, DATABASE_FILE } from '../electron/core/app-core';
import { openDatabase } from '../electron/core/db/open-database';
import { createLogger } from '../electron/core/log';
import { defaultDataDir } from '../electron/core/paths';
import { DEFAULT_SEED, SEED_SIZES, seedDatabase, type SeedSize } from './seed/generate';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'drizzle', 'migrations');

function fail(message: string): never {
  process.stderr.write(`seed: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      'data-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
      seed: { type: 'string' },
      now: { type: 'string' },
    },
    strict: true,
  });
  const size = values.size as SeedSize | undefined;
  if (!size || !(size in SEED_SIZES)) fail(`choose --size ${Object.keys(SEED_SIZES).join(' or ')}`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) fail('--seed must be a whole number');
  const now = values.now === undefined ? Date.now() : Date.parse(values.now);
  if (!Number.isFinite(now)) fail('--now must be a date like 2026-01-15T09:00:00Z');

  const dataDir = path.resolve(values['data-dir'] ?? process.env.GIGLINE_DATA_DIR ?? defaultDataDir());
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const log = createLogger({ level: 'warn' });
  const started = performance.now();
  const { sqlite } = await openDatabase({
    file,
    migrationsFolder: MIGRATIONS,
    backupDir: backupDirOf(dataDir),
    log,
    now: () => now,
  });
  try {
    const existing = Number(sqlite.prepare('SELECT count(*) FROM clients').pluck().get());
    if (existing > 0 && !values.force) {
      fail(`${file} already has ${existing} clients; pass --force to add the seed on top`);
    }
    process.stdout.write(`Seeding ${size} data into ${file} (seed ${seed}, now ${new Date(now).toISOString()})\n`);
    const result = seedDatabase(sqlite, { size, seed, now });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const [table, count] of Object.entries(result.counts)) {
      process.stdout.write(`  ${table.padEnd(22)} ${count.toLocaleString('en-US').padStart(9)}\n`);
    }
    const bytes = fs.statSync(file).size;
    const phases = Object.entries(result.phasesMs).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`);
    process.stdout.write(
      `${phases.join(', ')}; total ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `database ${(bytes / 1024 / 1024).toFixed(1)} MB\n`,
    );
  } finally {
    sqlite.close();
  }
}

await main();
