/**
 * Full JSON export and import on real SQLite files: the exact round trip (every table, ids included),
 * reminders that do not fire twice after a move, merging with duplicate matching and remapped references,
 * and all-or-nothing writes when a row is bad or the database fails mid-import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, EventMap } from '../../contract';
import { createReminderScheduler } from '../services/reminder-scheduler';
import { failure } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';
import { logicalDump, recordCounts, seedRich } from '../testing/transfer-fixtures';

let source: TempCore;
let exported: string;
const cores: TempCore[] = [];

async function fresh(): Promise<TempCore> {
  const t = await startTempCore();
  cores.push(t);
  return t;
}

type Doc = { formatVersion: number; schemaVersion: number; data: Record<string, Record<string, unknown>[]> };
const parse = (content: string) => JSON.parse(content) as Doc;

beforeAll(async () => {
  source = await fresh();
  await seedRich(source);
  exported = (await source.call('export.json', {})).content;
});

afterAll(() => {
  for (const t of cores) t.cleanup();
});

describe('JSON export', () => {
  it('is versioned and carries every table', () => {
    const doc = parse(exported) as Doc & { format: string; app: { version: string }; counts: Record<string, number> };
    expect(doc).toMatchObject({
      format: 'gigline',
      formatVersion: 1,
      schemaVersion: source.core.context.info.schemaVersion,
    });
    expect(doc.app.version).toBe('0.0.0-test');
    expect(Object.keys(doc.data)).toEqual(Object.keys(recordCounts(source.core.context.sqlite)));
    expect(doc.counts).toEqual(recordCounts(source.core.context.sqlite));
    expect(doc.data).not.toHaveProperty('search_index');
    const deadline = doc.data.deadlines?.find((d) => d.title === 'Send =SUM(A1) invoice, "final"');
    expect(deadline).toMatchObject({
      important: true,
      reminder_offsets: [2880, 60],
      due_date: '2026-01-20',
      due_at: null,
    });
  });
});

describe('JSON import into an empty database', () => {
  it('reproduces every row of every table, ids included, and exports the same file again', async () => {
    const target = await fresh();
    const progress: EventMap['import.progress'][] = [];
    target.core.events.subscribe((event: AppEvent) => {
      if (event.name === 'import.progress') progress.push(event.payload);
    });
    const preview = await target.call('import.preview', { kind: 'json', content: exported });
    expect(preview).toMatchObject({ canCommit: true, errorCount: 0, json: { mode: 'exact', formatVersion: 1 } });
    expect(recordCounts(target.core.context.sqlite).clients).toBe(0);

    const result = await target.call('import.commit', { kind: 'json', content: exported });
    expect(result.created).toBe(Object.values(recordCounts(source.core.context.sqlite)).reduce((a, b) => a + b, 0));
    expect(logicalDump(target.core.context.sqlite)).toEqual(logicalDump(source.core.context.sqlite));
    expect((await target.call('export.json', {})).content).toBe(exported);
    // The search index was rebuilt from the imported rows.
    const name = String(parse(exported).data.clients?.[0]?.name);
    const found = await target.call('search.query', { q: name.split(' ')[0] ?? name, limit: 50 });
    expect(JSON.stringify(found)).toContain(name);

    const writing = progress.filter((p) => p.phase === 'writing');
    expect(writing.at(-1)).toEqual({ kind: 'json', phase: 'writing', done: result.created, total: result.created });
    expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.some((p) => p.phase === 'validating' && p.done === 0)).toBe(true);
  });

  it('keeps the delivery log, so an imported reminder that already fired does not fire again', async () => {
    const target = await fresh();
    await target.call('import.commit', { kind: 'json', content: exported });
    const delivered = target.core.context.sqlite.prepare('SELECT reminder_id FROM reminder_deliveries').pluck().all();
    expect(delivered).toHaveLength(1);
    const deliveredNow = (t: TempCore) => {
      const scheduler = createReminderScheduler({
        sqlite: t.core.context.sqlite,
        clock: t.core.context,
        log: t.log,
        emit: () => undefined,
        subscribe: () => () => undefined,
        instanceId: 'test',
        timers: { setTimeout: () => 0, clearTimeout: () => undefined },
      });
      const ids = scheduler.start().flatMap((d) => d.reminders.map((r) => r.id));
      scheduler.stop();
      return ids.sort((a, b) => a - b);
    };
    const fromTarget = deliveredNow(target);
    expect(fromTarget).not.toContain(delivered[0]);
    expect(fromTarget).toEqual(deliveredNow(source));
  });

  it('accepts an export of an older schema, filling columns it did not have with their defaults', async () => {
    const target = await fresh();
    const doc = parse(exported);
    doc.schemaVersion = 3;
    for (const gig of doc.data.gigs ?? []) delete gig.update_weekday;
    const result = await target.call('import.commit', { kind: 'json', content: JSON.stringify(doc) });
    expect(result.created).toBeGreaterThan(0);
    expect(
      target.core.context.sqlite.prepare('SELECT count(*) FROM gigs WHERE update_weekday IS NOT NULL').pluck().get(),
    ).toBe(0);
  });

  it('refuses a file from a newer format or schema with DB_FROM_FUTURE and writes nothing', async () => {
    const target = await fresh();
    const before = recordCounts(target.core.context.sqlite);
    for (const change of [{ formatVersion: 2 }, { schemaVersion: 999 }]) {
      const content = JSON.stringify({ ...parse(exported), ...change });
      const error = await failure(target, 'import.commit', { kind: 'json', content });
      expect(error.code).toBe('DB_FROM_FUTURE');
      expect(error.message).toMatch(/newer version of Gigline/);
      expect((await target.core.dispatch('import.preview', { kind: 'json', content })).ok).toBe(false);
    }
    expect(recordCounts(target.core.context.sqlite)).toEqual(before);
  });

  it('refuses an exact import into a database with data (CONFLICT) and points to merging', async () => {
    const error = await failure(source, 'import.commit', {
      kind: 'json',
      content: exported,
      options: { mode: 'exact' },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/merge/);
  });
});

describe('JSON merge into a database with data', () => {
  it('matches duplicates (client by email, then name; stages and tags by name), remaps references, and is idempotent', async () => {
    const doc = parse(exported);
    const [first, second] = doc.data.clients ?? [];
    const target = await fresh();
    const byEmail = await target.call('clients.create', {
      name: 'Renamed Ltd',
      email: String(first?.email).toUpperCase(),
    });
    const byName = await target.call('clients.create', { name: String(second?.name).toLowerCase(), notes: '' });
    await target.call('stages.create', { name: 'ON HOLD ⏸', kind: 'open' });
    const before = recordCounts(target.core.context.sqlite);

    const preview = await target.call('import.preview', { kind: 'json', content: exported });
    expect(preview.json?.mode).toBe('merge');
    const rowOf = (id: unknown) =>
      preview.rows.find(
        (r) => r.entity === 'clients' && r.row === (doc.data.clients ?? []).findIndex((c) => c.id === id) + 1,
      );
    expect(rowOf(first?.id)).toMatchObject({ status: 'duplicate', matchId: byEmail.id });
    expect(rowOf(second?.id)).toMatchObject({ status: 'duplicate', matchId: byName.id });
    expect(recordCounts(target.core.context.sqlite)).toEqual(before);

    const result = await target.call('import.commit', { kind: 'json', content: exported });
    const sqlite = target.core.context.sqlite;
    const after = recordCounts(sqlite);
    const clientsInFile = doc.data.clients?.length ?? 0;
    expect(after.clients).toBe(before.clients + clientsInFile - 2);
    expect(after.stages).toBe(before.stages); // the stock stages and "ON HOLD ⏸" matched by name, ignoring case
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const gigsOfFirst = (doc.data.gigs ?? [])
      .filter((g) => g.client_id === first?.id)
      .map((g) => g.title)
      .sort();
    const gigsNowOfFirst = (
      sqlite.prepare('SELECT title FROM gigs WHERE client_id = ?').pluck().all(byEmail.id) as string[]
    ).sort();
    expect(gigsNowOfFirst).toEqual(gigsOfFirst);
    // Every gig kept its stage name and its interviews, under new ids.
    const stageNames = (table: (typeof doc.data)[string]) => new Map(table.map((s) => [s.id, s.name]));
    const fileStages = stageNames(doc.data.stages ?? []);
    const pairs = (
      sqlite.prepare('SELECT g.title, s.name FROM gigs g JOIN stages s ON s.id = g.stage_id').all() as {
        title: string;
        name: string;
      }[]
    ).map((r) => `${r.title}|${r.name.toLowerCase()}`);
    for (const gig of doc.data.gigs ?? [])
      expect(pairs).toContain(`${String(gig.title)}|${String(fileStages.get(gig.stage_id)).toLowerCase()}`);
    expect(after.interviews).toBe(before.interviews + (doc.data.interviews?.length ?? 0));
    expect(result.summary.find((s) => s.entity === 'settings')).toMatchObject({ created: 0, skipped: 2 });

    const again = await target.call('import.commit', { kind: 'json', content: exported });
    expect(again.created).toBe(0);
    expect(recordCounts(sqlite)).toEqual(after);
  });

  it("with duplicates: 'merge' fills the existing record's blanks and leaves its values", async () => {
    const doc = parse(exported);
    const first = doc.data.clients?.[0];
    const target = await fresh();
    const existing = await target.call('clients.create', { name: 'Kept Name', email: String(first?.email) });
    const result = await target.call('import.commit', {
      kind: 'json',
      content: exported,
      options: { duplicates: 'merge' },
    });
    const client = await target.call('clients.get', { id: existing.id });
    expect(client.name).toBe('Kept Name');
    expect(client.location).toBe(first?.location);
    expect(result.summary.find((s) => s.entity === 'clients')?.updated).toBe(1);
  });

  it('writes nothing when one row is invalid, and lists the rows that failed with the field', async () => {
    const doc = parse(exported);
    const interviews = doc.data.interviews ?? [];
    const deadlines = doc.data.deadlines ?? [];
    (interviews.at(-1) as Record<string, unknown>).time_zone = 'Mars/Olympus_Mons';
    deadlines[3].due_date = '2026-02-30';
    deadlines[3].due_at = null;
    for (const target of [await fresh(), source]) {
      const before = logicalDump(target.core.context.sqlite);
      const error = await failure(target, 'import.commit', { kind: 'json', content: JSON.stringify(doc) });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/2 row\(s\) have problems, so nothing was imported/);
      expect(error.issues).toEqual(
        expect.arrayContaining([
          {
            path: `interviews.${interviews.length}.time_zone`,
            message: expect.stringContaining('Mars/Olympus_Mons') as string,
          },
          { path: 'deadlines.4.due_date', message: expect.stringContaining('not a date') as string },
        ]),
      );
      expect(logicalDump(target.core.context.sqlite)).toEqual(before);
    }
  });

  it('rolls everything back when the database fails in the middle of writing', async () => {
    const target = await fresh();
    const sqlite = target.core.context.sqlite;
    const lastTitle = String(parse(exported).data.deadlines?.at(-1)?.title);
    sqlite.exec(`CREATE TEMP TRIGGER fail_late BEFORE INSERT ON deadlines WHEN NEW.title = '${lastTitle.replace(/'/g, "''")}'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = logicalDump(sqlite);
    const result = await target.core.dispatch('import.commit', { kind: 'json', content: exported });
    expect(result.ok).toBe(false);
    expect(logicalDump(sqlite)).toEqual(before);
    expect(sqlite.inTransaction).toBe(false);
  });
});
