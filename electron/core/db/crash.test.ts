/**
 * Crash safety with real processes and real SIGKILLs (reliability.md R1, R4).
 *
 * R1: a child opens the database as Gigline does and commits bursts of k clients (+ a contact each)
 * tagged with a sequence number, acknowledging each after COMMIT; the parent kills it at a seeded random
 * moment 0–500 ms into the burst. After every kill: integrity_check is 'ok', every acknowledged
 * transaction is there, every transaction is all k rows or none, nothing is orphaned. Trials reuse the
 * killed database, so each child also recovers the previous crash. GIGLINE_FAULT_TRIALS sets the count
 * (10 here; `npm run test:faults` runs 100).
 *
 * R4: a child migrates (before-migration backup, then one transaction) and is killed at a seeded point
 * of it: the schema is then wholly old or wholly new, and running the migration again succeeds.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import { listBackups } from '../services/backups/backup-catalog';
import { insertClients } from '../testing/data-safety-fixtures';
import { integrityCheck, schemaDump } from '../testing/db-inspect';
import { removeBuiltChildren, startChild } from '../testing/fault-children/spawn-child';
import { BREAKPOINT, migrationsFolderWith } from '../testing/migrations-folder';
import { makeTempDir, MIGRATIONS_FOLDER } from '../testing/temp-core';
import { openDatabase } from './open-database';

const TRIALS = Number(process.env.GIGLINE_FAULT_TRIALS ?? 10);
/** Two databases killed side by side: the machine has two cores and a child mostly waits on start-up. */
const LANES = 2;
const R4_TRIALS = Math.max(5, Math.round(TRIALS / 4));

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
beforeAll(() => {
  dir = makeTempDir('gigline-crash-');
});
afterAll(() => {
  removeBuiltChildren();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Trial {
  trial: number;
  delayMs: number;
  k: number;
}

function verifyBurst(file: string, trial: Trial, acknowledged: number[]): void {
  const first = (trial.trial + 1) * 1_000_000;
  const sqlite = new Database(file);
  try {
    expect(integrityCheck(sqlite), `trial ${trial.trial}`).toBe('ok');
    const groups = sqlite
      .prepare(
        `SELECT CAST(notes AS INTEGER) AS seq, count(*) AS n FROM clients
         WHERE name LIKE 'burst %' AND CAST(notes AS INTEGER) BETWEEN ? AND ? GROUP BY seq`,
      )
      .all(first, first + 999_999) as { seq: number; n: number }[];
    for (const group of groups) expect(group.n, `trial ${trial.trial} seq ${group.seq}`).toBe(trial.k);
    const present = new Set(groups.map((group) => group.seq));
    const missing = acknowledged.filter((seq) => !present.has(seq));
    expect(missing, `trial ${trial.trial}: acknowledged but missing`).toEqual([]);
    // At most the one transaction that committed just before the kill is unacknowledged.
    expect(groups.length - acknowledged.length).toBeLessThanOrEqual(1);
    const contacts = sqlite
      .prepare(
        `SELECT count(*) FROM contacts JOIN clients ON clients.id = contacts.client_id
         WHERE clients.name LIKE 'burst %' AND CAST(clients.notes AS INTEGER) BETWEEN ? AND ?`,
      )
      .pluck()
      .get(first, first + 999_999);
    expect(contacts).toBe(groups.length * trial.k);
    expect(sqlite.prepare('SELECT count(*) FROM contacts WHERE client_id NOT IN (SELECT id FROM clients)').pluck().get()).toBe(0);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    sqlite.close();
  }
}

async function burstTrial(file: string, trial: Trial): Promise<number> {
  const first = (trial.trial + 1) * 1_000_000;
  const child = startChild('write-burst', [file, MIGRATIONS_FOLDER, String(first), String(trial.k)]);
  await child.printed('ready');
  if (!child.lines.includes('ready')) throw new Error(`the child did not start: ${(await child.closed).stderr}`);
  await sleep(trial.delayMs);
  child.process.kill('SIGKILL');
  const { signal } = await child.closed;
  expect(signal).toBe('SIGKILL');
  const acknowledged = child.lines.filter((line) => /^\d+$/.test(line)).map(Number);
  verifyBurst(file, trial, acknowledged);
  return acknowledged.length;
}

describe('R1: kill -9 during a write burst', () => {
  it(
    `${TRIALS} seeded trials: integrity ok, acknowledged writes present, transactions all-or-nothing`,
    async () => {
      const random = prng(0x5eed);
      const plan: Trial[] = Array.from({ length: TRIALS }, (_, trial) => ({
        trial,
        delayMs: Math.floor(random() * 501),
        k: 1 + Math.floor(random() * 20),
      }));
      const lanes = Array.from({ length: LANES }, (_, lane) => path.join(dir, `burst-${lane}`, 'gigline.sqlite'));
      for (const file of lanes) fs.mkdirSync(path.dirname(file));
      const acknowledged = await Promise.all(
        lanes.map(async (file, lane) => {
          let total = 0;
          for (const trial of plan.filter((p) => p.trial % LANES === lane)) total += await burstTrial(file, trial);
          return total;
        }),
      );
      // The kills landed mid-burst: transactions were acknowledged before them.
      expect(acknowledged.reduce((a, b) => a + b, 0)).toBeGreaterThan(TRIALS);
    },
    60_000 + TRIALS * 6_000,
  );
});

describe('R4: kill -9 during a migration', () => {
  const ROWS = 60_000;
  const heavy = [
    'CREATE TABLE `r4_bulk` (`id` integer PRIMARY KEY NOT NULL, `body` text NOT NULL);',
    `INSERT INTO \`r4_bulk\` (\`body\`) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS}) SELECT hex(zeroblob(100)) || i FROM n;`,
    'ALTER TABLE `clients` ADD `r4_flag` integer DEFAULT 0 NOT NULL;',
    'UPDATE `clients` SET `r4_flag` = 1;',
  ].join(BREAKPOINT);

  function stateOf(file: string) {
    const sqlite = new Database(file);
    try {
      expect(integrityCheck(sqlite)).toBe('ok');
      return {
        schema: schemaDump(sqlite),
        userVersion: Number(sqlite.pragma('user_version', { simple: true })),
        clients: Number(sqlite.prepare('SELECT count(*) FROM clients').pluck().get()),
      };
    } finally {
      sqlite.close();
    }
  }

  async function migrateInProcess(file: string, folder: string) {
    const { sqlite } = await openDatabase({
      file,
      migrationsFolder: folder,
      backupDir: path.join(path.dirname(file), 'backups'),
      log: silentLogger,
      now: () => Date.now(),
    });
    sqlite.close();
  }

  it(
    `${R4_TRIALS} seeded kills: the schema is wholly old or wholly new, and migrating again succeeds`,
    async () => {
      const base = path.join(dir, 'r4-base.sqlite');
      await migrateInProcess(base, MIGRATIONS_FOLDER);
      const seeded = new Database(base);
      insertClients(seeded, 500, 'Before');
      seeded.close();
      const folder = migrationsFolderWith(dir, [{ tag: '9000_r4_heavy', sql: heavy }]);
      const old = stateOf(base);

      // Calibrate: how long the child takes from "opening" to "done" on this machine.
      const calibrate = path.join(dir, 'r4-calibrate', 'gigline.sqlite');
      fs.mkdirSync(path.dirname(calibrate));
      fs.writeFileSync(calibrate, fs.readFileSync(base));
      const probe = startChild('migrate', [calibrate, folder]);
      await probe.printed('opening');
      const started = performance.now();
      await probe.printed('done');
      const span = performance.now() - started;
      expect((await probe.closed).code).toBe(0);
      const migrated = stateOf(calibrate);
      expect(migrated.userVersion).toBe(old.userVersion + 1);

      const random = prng(0xdead);
      const outcomes: string[] = [];
      for (let trial = 0; trial < R4_TRIALS; trial++) {
        const file = path.join(dir, `r4-${trial}`, 'gigline.sqlite');
        fs.mkdirSync(path.dirname(file));
        fs.writeFileSync(file, fs.readFileSync(base));
        const child = startChild('migrate', [file, folder]);
        await child.printed('opening');
        // Stratified over 0–1.25× the calibrated span, so kills land in the backup, in the migration,
        // around COMMIT and after it.
        await sleep(Math.floor(((trial + random()) / R4_TRIALS) * span * 1.25));
        child.process.kill('SIGKILL');
        await child.closed;

        const after = stateOf(file);
        const side = after.schema === old.schema ? 'old' : after.schema === migrated.schema ? 'new' : 'mixed';
        outcomes.push(side);
        expect(side, `trial ${trial}`).not.toBe('mixed');
        expect(after.userVersion).toBe(side === 'old' ? old.userVersion : migrated.userVersion);
        expect(after.clients).toBe(500);

        await migrateInProcess(file, folder);
        const rerun = stateOf(file);
        expect(rerun.schema).toBe(migrated.schema);
        const sqlite = new Database(file, { readonly: true });
        try {
          expect(sqlite.prepare('SELECT count(*) FROM r4_bulk').pluck().get()).toBe(ROWS);
          expect(sqlite.prepare('SELECT count(*) FROM clients WHERE r4_flag = 1').pluck().get()).toBe(500);
        } finally {
          sqlite.close();
        }
        for (const backup of listBackups(path.join(path.dirname(file), 'backups'))) {
          const copy = new Database(backup.path, { readonly: true });
          try {
            expect(integrityCheck(copy)).toBe('ok');
          } finally {
            copy.close();
          }
        }
      }
      expect(outcomes).toHaveLength(R4_TRIALS);
    },
    60_000 + R4_TRIALS * 15_000,
  );
});
