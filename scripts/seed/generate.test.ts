import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { silentLogger } from '../../electron/core/log';
import { searchAll } from '../../electron/core/repositories/search-repository';
import { SEED_SIZES, seedDatabase } from './generate';
import { createRandom, mulberry32 } from './random';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle/migrations');
const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const opened: Database.Database[] = [];
const dirs: string[] = [];

async function seeded(seed: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-seed-'));
  dirs.push(dir);
  const { sqlite } = await openDatabase({
    file: path.join(dir, 'gigline.sqlite'),
    migrationsFolder: MIGRATIONS,
    backupDir: path.join(dir, 'backups'),
    log: silentLogger,
    now: () => NOW,
  });
  opened.push(sqlite);
  const result = seedDatabase(sqlite, { size: 'small', seed, now: NOW });
  return { sqlite, result };
}

/** A fingerprint of the generated content: names, titles and dates in id order. */
function checksum(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  const queries = [
    'SELECT id, name, email, archived_at FROM clients ORDER BY id',
    'SELECT id, client_id, name, role FROM contacts ORDER BY id',
    'SELECT id, client_id, title, stage_id, currency, proposed_rate_minor FROM gigs ORDER BY id',
    'SELECT id, gig_id, starts_at, kind, outcome FROM interviews ORDER BY id',
    'SELECT id, title, gig_id, client_id, due_at, due_date, completed_at FROM deadlines ORDER BY id',
    'SELECT id, kind, body, occurred_at FROM timeline_events ORDER BY id',
    'SELECT client_id, tag_id FROM client_tags ORDER BY 1, 2',
  ];
  for (const sql of queries) hash.update(JSON.stringify(sqlite.prepare(sql).raw().all()));
  return hash.digest('hex');
}

afterEach(() => {
  for (const sqlite of opened.splice(0)) sqlite.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('draws integers in range, distinct samples and weighted picks', () => {
    const random = createRandom(1);
    const ints = Array.from({ length: 1000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    expect(new Set(random.sample([1, 2, 3, 4], 3)).size).toBe(3);
    expect(random.sample([1, 2], 5).sort()).toEqual([1, 2]);
    const picks = Array.from({ length: 1000 }, () =>
      random.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(800);
  });
});

describe('seedDatabase', () => {
  it('writes the small dataset with intact references', async () => {
    const { sqlite, result } = await seeded(42);
    const small = SEED_SIZES.small;
    expect(result.counts).toMatchObject({
      clients: small.clients,
      gigs: small.gigs,
      interviews: small.interviews,
      deadlines: small.deadlines,
      timeline_events: small.notes,
    });
    expect(result.counts.contacts).toBeGreaterThan(small.clients);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const prepOfPast = sqlite
      .prepare(
        'SELECT count(*) FROM interview_prep_items p JOIN interviews i ON i.id = p.interview_id WHERE i.starts_at <= ?',
      )
      .pluck()
      .get(NOW);
    expect(prepOfPast).toBe(0);
    const dueKinds = sqlite
      .prepare('SELECT count(due_at) AS timed, count(due_date) AS allDay, count(completed_at) AS done FROM deadlines')
      .get() as { timed: number; allDay: number; done: number };
    expect(dueKinds.timed).toBeGreaterThan(0);
    expect(dueKinds.allDay).toBeGreaterThan(0);
    expect(dueKinds.done).toBeGreaterThan(0);
    expect(dueKinds.done).toBeLessThan(small.deadlines);
  });

  it('gives the same rows for the same seed and different rows for another', async () => {
    const first = await seeded(42);
    const again = await seeded(42);
    const other = await seeded(43);
    expect(again.result.counts).toEqual(first.result.counts);
    expect(checksum(again.sqlite)).toBe(checksum(first.sqlite));
    expect(checksum(other.sqlite)).not.toBe(checksum(first.sqlite));
  });

  it('leaves the search index complete', async () => {
    const { sqlite } = await seeded(42);
    expect(sqlite.prepare('SELECT count(*) FROM search_queue').pluck().get()).toBe(0);
    const name = sqlite.prepare('SELECT name FROM clients ORDER BY id LIMIT 1').pluck().get() as string;
    const results = searchAll(sqlite, name, 50);
    expect(results.some((r) => r.type === 'client' && r.title === name)).toBe(true);
  });
});
