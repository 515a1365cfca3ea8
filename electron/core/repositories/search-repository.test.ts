import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database';
import { silentLogger } from '../log';
import { SEARCH_TRIGGERS, rebuildSearchIndex, syncSearchIndex } from './search-index';
import { MAX_TERMS, SEARCH_STATEMENT, searchAll, toMatchQuery } from './search-repository';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle/migrations');
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

let dir: string;
let sqlite: Database.Database;

async function open(file: string, migrationsFolder = MIGRATIONS) {
  const opened = await openDatabase({
    file,
    migrationsFolder,
    backupDir: path.join(dir, 'backups'),
    log: silentLogger,
    now: () => T0,
  });
  return opened.sqlite;
}

function insert(table: string, values: Record<string, unknown>): number {
  const columns = Object.keys(values);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  return Number(sqlite.prepare(sql).run(values).lastInsertRowid);
}

const stamps = { created_at: T0, updated_at: T0 };
const client = (name: string, extra: Record<string, unknown> = {}) => insert('clients', { name, ...stamps, ...extra });
const contact = (clientId: number, name: string, extra: Record<string, unknown> = {}) =>
  insert('contacts', { client_id: clientId, name, ...stamps, ...extra });
const gig = (clientId: number, title: string, extra: Record<string, unknown> = {}) =>
  insert('gigs', { client_id: clientId, title, stage_id: 1, stage_entered_at: T0, ...stamps, ...extra });
const interview = (gigId: number, extra: Record<string, unknown> = {}) =>
  insert('interviews', { gig_id: gigId, starts_at: T0 + 86_400_000, time_zone: 'Europe/Berlin', ...stamps, ...extra });
const deadline = (title: string, extra: Record<string, unknown> = {}) =>
  insert('deadlines', { title, due_date: '2026-02-01', ...stamps, ...extra });
const note = (body: string, extra: Record<string, unknown> = {}) =>
  insert('timeline_events', { kind: 'note', body, occurred_at: T0, created_at: T0, ...extra });
function tag(owner: 'client' | 'gig', ownerId: number, name: string): number {
  sqlite.prepare('INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)').run(name, T0);
  const tagId = (sqlite.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
  sqlite.prepare(`INSERT INTO ${owner}_tags (${owner}_id, tag_id) VALUES (?, ?)`).run(ownerId, tagId);
  return tagId;
}

const found = (q: string, limit = 50) => searchAll(sqlite, q, limit).map((r) => `${r.type}:${r.id}`);

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-search-'));
  sqlite = await open(path.join(dir, 'gigline.sqlite'));
});

afterEach(() => {
  if (sqlite.open) sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('toMatchQuery', () => {
  it('quotes every word as a prefix term and drops FTS5 syntax', () => {
    expect(toMatchQuery('acme')).toBe('"acme"*');
    expect(toMatchQuery('  Acme   DESIGN ')).toBe('"acme"* "design"*');
    expect(toMatchQuery('"web" NEAR(a b) title:x* -y ^z')).toBe('"web"* "near"* "a"* "b"* "title"* "x"* "y"* "z"*');
    expect(toMatchQuery('node.js, c++')).toBe('"node"* "js"* "c"*');
    expect(toMatchQuery('acme acme ACME')).toBe('"acme"*');
    expect(toMatchQuery('ＡＣＭＥ')).toBe('"acme"*');
  });

  it('returns null when no word is left', () => {
    for (const text of ['', '   ', '"', '*', '()', '🙂🎉', '-- ;', '\u0301']) expect(toMatchQuery(text)).toBeNull();
  });

  it(`keeps at most ${MAX_TERMS} terms`, () => {
    const query = toMatchQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '));
    expect(query?.split(' ')).toHaveLength(MAX_TERMS);
  });
});

describe('searchAll', () => {
  it('finds every kind of item with where to open it and a subtitle', () => {
    const acme = client('Acme Robotics', { location: 'Berlin' });
    const anna = contact(acme, 'Anna Schmidt', { role: 'Head of Design' });
    const site = gig(acme, 'Website relaunch', { notes: 'Needs a headless CMS' });
    const call = interview(site, { kind: 'technical', round: 2 });
    const due = deadline('Send quote', { gig_id: site });
    const logged = note('Discussed the quarterly roadmap\nsecond line', { client_id: acme });

    expect(searchAll(sqlite, 'robotics', 10)[0]).toEqual({
      type: 'client',
      id: acme,
      title: 'Acme Robotics',
      subtitle: 'Company · Berlin',
      clientId: acme,
      gigId: null,
    });
    expect(searchAll(sqlite, 'schmidt', 10)).toEqual([
      {
        type: 'contact',
        id: anna,
        title: 'Anna Schmidt',
        subtitle: 'Head of Design · Acme Robotics',
        clientId: acme,
        gigId: null,
      },
    ]);
    expect(searchAll(sqlite, 'headless', 10)).toEqual([
      {
        type: 'gig',
        id: site,
        title: 'Website relaunch',
        subtitle: 'Acme Robotics · Lead',
        clientId: acme,
        gigId: site,
      },
    ]);
    expect(searchAll(sqlite, 'relaunch interview', 10)).toEqual([
      {
        type: 'interview',
        id: call,
        title: 'Interview: Website relaunch',
        subtitle: 'Acme Robotics · Technical round 2 · 2026-01-16 10:00',
        clientId: acme,
        gigId: site,
      },
    ]);
    expect(searchAll(sqlite, 'quote', 10)).toEqual([
      {
        type: 'deadline',
        id: due,
        title: 'Send quote',
        subtitle: 'Due 2026-02-01 · Website relaunch · Acme Robotics',
        clientId: acme,
        gigId: site,
      },
    ]);
    expect(searchAll(sqlite, 'roadmap', 10)).toEqual([
      {
        type: 'note',
        id: logged,
        title: 'Discussed the quarterly roadmap',
        subtitle: 'Note · Acme Robotics · 2026-01-15',
        clientId: acme,
        gigId: null,
      },
    ]);
  });

  it('matches word prefixes and ignores case and diacritics both ways', () => {
    const acme = client('Acme');
    const cafe = client('Café Müller');
    const plain = client('Cafe Mueller Zoe');
    expect(found('acm')).toEqual([`client:${acme}`]);
    expect(found('ACME')).toEqual([`client:${acme}`]);
    expect(found('cafe').sort()).toEqual([`client:${cafe}`, `client:${plain}`].sort());
    expect(found('café müll')).toEqual([`client:${cafe}`]);
    expect(found('zoë')).toEqual([`client:${plain}`]);
    expect(found('cme')).toEqual([]);
  });

  it('ANDs the words, so more words narrow the results', () => {
    const acme = client('Acme');
    const site = gig(acme, 'Website redesign');
    gig(client('Globex'), 'Website audit');
    expect(found('website')).toHaveLength(2);
    expect(found('website acme')).toEqual([`gig:${site}`]);
  });

  it('ranks a title hit above a body hit', () => {
    const bodyHit = client('Northwind', { notes: 'Introduced by the people at Pixel Forge' });
    const titleHit = client('Pixel Forge');
    expect(found('pixel forge')).toEqual([`client:${titleHit}`, `client:${bodyHit}`]);
  });

  it('limits the number of results', () => {
    for (let i = 0; i < 12; i += 1) client(`Studio ${i}`);
    expect(found('studio', 5)).toHaveLength(5);
    expect(found('studio', 0)).toEqual([]);
  });

  it('says when a client is archived', () => {
    const old = client('Oldco', { archived_at: T0 });
    const person = contact(old, 'Bob');
    expect(searchAll(sqlite, 'oldco', 10).map((r) => r.subtitle)).toEqual([
      'Company · Archived',
      'Contact · Oldco (archived)',
    ]);
    expect(found('bob')).toEqual([`contact:${person}`]);
  });

  it('follows renames, including where the old name appeared as context', () => {
    const acme = client('Acme');
    const site = gig(acme, 'Website');
    const call = interview(site);
    const due = deadline('Invoice', { client_id: acme });
    const logged = note('Kickoff call', { gig_id: site });
    const person = contact(acme, 'Ann');
    expect(found('acme').sort()).toEqual(
      [
        `client:${acme}`,
        `gig:${site}`,
        `interview:${call}`,
        `deadline:${due}`,
        `note:${logged}`,
        `contact:${person}`,
      ].sort(),
    );

    sqlite.prepare('UPDATE clients SET name = ? WHERE id = ?').run('Initech', acme);
    expect(found('acme')).toEqual([]);
    expect(found('initech')).toHaveLength(6);

    sqlite.prepare('UPDATE gigs SET title = ? WHERE id = ?').run('Mobile app', site);
    expect(found('website')).toEqual([]);
    expect(found('mobile').sort()).toEqual([`gig:${site}`, `interview:${call}`, `note:${logged}`].sort());
    expect(searchAll(sqlite, 'mobile interview', 10)[0]?.title).toBe('Interview: Mobile app');
  });

  it('reflects edits and deletions, with cascades', () => {
    const acme = client('Acme');
    const site = gig(acme, 'Website');
    const due = deadline('Quarterly report', { gig_id: site });
    sqlite.prepare('UPDATE deadlines SET title = ? WHERE id = ?').run('Annual report', due);
    expect(found('quarterly')).toEqual([]);
    expect(found('annual')).toEqual([`deadline:${due}`]);

    sqlite.prepare('DELETE FROM deadlines WHERE id = ?').run(due);
    expect(found('report')).toEqual([]);

    interview(site);
    note('Met the team', { client_id: acme });
    sqlite.prepare('DELETE FROM clients WHERE id = ?').run(acme);
    expect(found('acme')).toEqual([]);
    expect(found('website')).toEqual([]);
    expect(found('team')).toEqual([]);
  });

  it('indexes tag names of clients and gigs, and follows tag changes', () => {
    const acme = client('Acme');
    const site = gig(acme, 'Website');
    const ux = tag('client', acme, 'UX research');
    tag('gig', site, 'UX research');
    expect(found('research').sort()).toEqual([`client:${acme}`, `gig:${site}`].sort());

    sqlite.prepare('UPDATE tags SET name = ? WHERE id = ?').run('Usability', ux);
    expect(found('research')).toEqual([]);
    expect(found('usability').sort()).toEqual([`client:${acme}`, `gig:${site}`].sort());

    sqlite.prepare('DELETE FROM client_tags WHERE client_id = ?').run(acme);
    expect(found('usability')).toEqual([`gig:${site}`]);
    sqlite.prepare('DELETE FROM tags WHERE id = ?').run(ux);
    expect(found('usability')).toEqual([]);
    expect(found('website')).toEqual([`gig:${site}`]);
  });

  it('indexes hand-written timeline entries only', () => {
    const acme = client('Acme');
    const mail = note('Sent the contract draft', { client_id: acme, kind: 'email' });
    note('Moved to Negotiating contract', { client_id: acme, kind: 'stage_change' });
    expect(found('contract')).toEqual([`note:${mail}`]);
    expect(searchAll(sqlite, 'contract', 10)[0]?.subtitle).toBe('Email · Acme · 2026-01-15');
    sqlite.prepare("UPDATE timeline_events SET kind = 'stage_change' WHERE id = ?").run(mail);
    expect(found('contract')).toEqual([]);
  });

  it('never throws on FTS5 syntax, odd unicode or huge input', () => {
    const near = client('NEAR Studio');
    client('Ærø Design 東京');
    const inputs = [
      '"',
      '""',
      '"unterminated',
      '*',
      '**',
      'a*b',
      'NEAR',
      'NEAR(a b, 2)',
      'AND',
      'OR',
      'NOT',
      'a AND OR b',
      '(',
      ')',
      '{title body}: x',
      'title:studio',
      '^studio',
      '-studio',
      '+',
      'a:b:c',
      "'; DROP TABLE clients; --",
      '🙂',
      '👩‍💻 studio',
      '\u0000',
      '\u200b',
      '\ud800',
      '𞤀',
      'ǅ',
      '東京',
      'x'.repeat(5000),
      ' '.repeat(100),
      'a '.repeat(500),
    ];
    for (const input of inputs) expect(() => searchAll(sqlite, input, 20), input.slice(0, 20)).not.toThrow();
    expect(found('near')).toEqual([`client:${near}`]);
    expect(found('"studio')).toEqual([`client:${near}`]);
    expect(found('ærø')).toHaveLength(1);
    expect(found('ÆRØ')).toHaveLength(1);
    expect(found('東京')).toHaveLength(1);
    expect(sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 2 });
  });

  it('uses the FTS index and primary keys only, never a scan of a table', () => {
    const plan = (
      sqlite.prepare(`EXPLAIN QUERY PLAN ${SEARCH_STATEMENT}`).all({ match: '"acme"*', limit: 50 }) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan).toContain('SCAN search_index VIRTUAL TABLE INDEX 32:M2');
    const scans = plan.filter((detail) => detail.startsWith('SCAN '));
    expect(scans.filter((detail) => !detail.startsWith('SCAN search_index') && detail !== 'SCAN h')).toEqual([]);
    const lookups = plan.filter((detail) => detail.startsWith('SEARCH '));
    expect(lookups.length).toBeGreaterThanOrEqual(6);
    for (const lookup of lookups) expect(lookup).toMatch(/USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  });

  it('rebuilds the whole index on demand', () => {
    const acme = client('Acme');
    expect(syncSearchIndex(sqlite)).toBe(true);
    sqlite.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    expect(found('acme')).toEqual([]);
    rebuildSearchIndex(sqlite);
    expect(found('acme')).toEqual([`client:${acme}`]);
    expect(syncSearchIndex(sqlite)).toBe(false);
  });
});

describe('search migration', () => {
  it('installs every sync trigger', () => {
    const names = (
      sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search_%'").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    expect(names.sort()).toEqual([...SEARCH_TRIGGERS].sort());
  });

  it('backfills rows that existed before the migration', async () => {
    sqlite.close();
    const journalPath = path.join(MIGRATIONS, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const before = path.join(dir, 'migrations-before-search');
    fs.cpSync(MIGRATIONS, before, { recursive: true });
    const upTo = journal.entries.findIndex((entry) => entry.tag === '0002_search_index');
    fs.writeFileSync(
      path.join(before, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }),
    );

    const file = path.join(dir, 'existing.sqlite');
    sqlite = await open(file, before);
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'search_index'").get()).toEqual({
      n: 0,
    });
    const acme = client('Acme Legacy');
    const site = gig(acme, 'Old website');
    const call = interview(site);
    const due = deadline('Old deadline', { gig_id: site });
    const person = contact(acme, 'Legacy Person');
    const logged = note('Legacy note', { gig_id: site });
    note('Legacy stage change', { gig_id: site, kind: 'stage_change' });
    sqlite.close();

    sqlite = await open(file);
    expect(found('legacy').sort()).toEqual(
      [
        `client:${acme}`,
        `gig:${site}`,
        `interview:${call}`,
        `deadline:${due}`,
        `contact:${person}`,
        `note:${logged}`,
      ].sort(),
    );
    expect(found('old').sort()).toEqual(
      [`gig:${site}`, `interview:${call}`, `deadline:${due}`, `note:${logged}`].sort(),
    );
  });

  it('lets a drizzle-kit table rebuild run unmodified after it', () => {
    const acme = client('Acme');
    const site = gig(acme, 'Website');
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec(`CREATE TABLE __new_clients AS SELECT * FROM clients;
      DROP TABLE clients;
      ALTER TABLE __new_clients RENAME TO clients;`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.prepare('UPDATE gigs SET title = ? WHERE id = ?').run('Landing page', site);
    expect(found('landing')).toEqual([`gig:${site}`]);
  });
});
