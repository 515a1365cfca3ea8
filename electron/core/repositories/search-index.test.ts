import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSearchFixture, type SearchFixture } from '../testing/search-fixtures';
import { MIGRATIONS_FOLDER } from '../testing/temp-core';
import { SEARCH_TRIGGERS, rebuildSearchIndex, syncSearchIndex } from './search-index';
import { searchAll } from './search-repository';

let f: SearchFixture;

beforeEach(async () => {
  f = await openSearchFixture();
});

afterEach(() => {
  f.close();
});

describe('search index sync', () => {
  it('follows renames, including where the old name appeared as context', () => {
    const acme = f.client('Acme');
    const site = f.gig(acme, 'Website');
    const call = f.interview(site);
    const due = f.deadline('Invoice', { client_id: acme });
    const logged = f.note('Kickoff call', { gig_id: site });
    const person = f.contact(acme, 'Ann');
    expect(f.found('acme').sort()).toEqual(
      [
        `client:${acme}`,
        `gig:${site}`,
        `interview:${call}`,
        `deadline:${due}`,
        `note:${logged}`,
        `contact:${person}`,
      ].sort(),
    );

    f.sqlite.prepare('UPDATE clients SET name = ? WHERE id = ?').run('Initech', acme);
    expect(f.found('acme')).toEqual([]);
    expect(f.found('initech')).toHaveLength(6);

    f.sqlite.prepare('UPDATE gigs SET title = ? WHERE id = ?').run('Mobile app', site);
    expect(f.found('website')).toEqual([]);
    expect(f.found('mobile').sort()).toEqual([`gig:${site}`, `interview:${call}`, `note:${logged}`].sort());
    expect(searchAll(f.sqlite, 'mobile interview', 10)[0]?.title).toBe('Interview: Mobile app');
  });

  it('reflects edits and deletions, with cascades', () => {
    const acme = f.client('Acme');
    const site = f.gig(acme, 'Website');
    const due = f.deadline('Quarterly report', { gig_id: site });
    f.sqlite.prepare('UPDATE deadlines SET title = ? WHERE id = ?').run('Annual report', due);
    expect(f.found('quarterly')).toEqual([]);
    expect(f.found('annual')).toEqual([`deadline:${due}`]);

    f.sqlite.prepare('DELETE FROM deadlines WHERE id = ?').run(due);
    expect(f.found('report')).toEqual([]);

    f.interview(site);
    f.note('Met the team', { client_id: acme });
    f.sqlite.prepare('DELETE FROM clients WHERE id = ?').run(acme);
    expect(f.found('acme')).toEqual([]);
    expect(f.found('website')).toEqual([]);
    expect(f.found('team')).toEqual([]);
  });

  it('indexes tag names of clients and gigs, and follows tag changes', () => {
    const acme = f.client('Acme');
    const site = f.gig(acme, 'Website');
    const ux = f.tag('client', acme, 'UX research');
    f.tag('gig', site, 'UX research');
    expect(f.found('research').sort()).toEqual([`client:${acme}`, `gig:${site}`].sort());

    f.sqlite.prepare('UPDATE tags SET name = ? WHERE id = ?').run('Usability', ux);
    expect(f.found('research')).toEqual([]);
    expect(f.found('usability').sort()).toEqual([`client:${acme}`, `gig:${site}`].sort());

    f.sqlite.prepare('DELETE FROM client_tags WHERE client_id = ?').run(acme);
    expect(f.found('usability')).toEqual([`gig:${site}`]);
    f.sqlite.prepare('DELETE FROM tags WHERE id = ?').run(ux);
    expect(f.found('usability')).toEqual([]);
    expect(f.found('website')).toEqual([`gig:${site}`]);
  });

  it('indexes hand-written timeline entries only', () => {
    const acme = f.client('Acme');
    const mail = f.note('Sent the contract draft', { client_id: acme, kind: 'email' });
    f.note('Moved to Negotiating contract', { client_id: acme, kind: 'stage_change' });
    expect(f.found('contract')).toEqual([`note:${mail}`]);
    expect(searchAll(f.sqlite, 'contract', 10)[0]?.subtitle).toBe('Email · Acme · 2026-01-15');
    f.sqlite.prepare("UPDATE timeline_events SET kind = 'stage_change' WHERE id = ?").run(mail);
    expect(f.found('contract')).toEqual([]);
  });

  it('rebuilds the whole index on demand', () => {
    const acme = f.client('Acme');
    expect(syncSearchIndex(f.sqlite)).toBe(true);
    f.sqlite.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    expect(f.found('acme')).toEqual([]);
    rebuildSearchIndex(f.sqlite);
    expect(f.found('acme')).toEqual([`client:${acme}`]);
    expect(syncSearchIndex(f.sqlite)).toBe(false);
  });
});

describe('search migration', () => {
  it('installs every sync trigger', () => {
    const names = (
      f.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search_%'").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    expect(names.sort()).toEqual([...SEARCH_TRIGGERS].sort());
  });

  it('backfills rows that existed before the migration', async () => {
    const journalPath = path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const before = path.join(f.dir, 'migrations-before-search');
    fs.cpSync(MIGRATIONS_FOLDER, before, { recursive: true });
    const upTo = journal.entries.findIndex((entry) => entry.tag === '0002_search_index');
    fs.writeFileSync(
      path.join(before, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }),
    );

    await f.open('existing.sqlite', before);
    expect(f.sqlite.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index'").pluck().get()).toBe(0);
    const acme = f.client('Acme Legacy');
    const site = f.gig(acme, 'Old website');
    const call = f.interview(site);
    const due = f.deadline('Old deadline', { gig_id: site });
    const person = f.contact(acme, 'Legacy Person');
    const logged = f.note('Legacy note', { gig_id: site });
    f.note('Legacy stage change', { gig_id: site, kind: 'stage_change' });

    await f.open('existing.sqlite');
    expect(f.found('legacy').sort()).toEqual(
      [
        `client:${acme}`,
        `gig:${site}`,
        `interview:${call}`,
        `deadline:${due}`,
        `contact:${person}`,
        `note:${logged}`,
      ].sort(),
    );
    expect(f.found('old').sort()).toEqual(
      [`gig:${site}`, `interview:${call}`, `deadline:${due}`, `note:${logged}`].sort(),
    );
  });

  it('lets a drizzle-kit table rebuild run unmodified after it', () => {
    const acme = f.client('Acme');
    const site = f.gig(acme, 'Website');
    f.sqlite.pragma('foreign_keys = OFF');
    f.sqlite.exec(`CREATE TABLE __new_clients AS SELECT * FROM clients;
      DROP TABLE clients;
      ALTER TABLE __new_clients RENAME TO clients;`);
    f.sqlite.pragma('foreign_keys = ON');
    f.sqlite.prepare('UPDATE gigs SET title = ? WHERE id = ?').run('Landing page', site);
    expect(f.found('landing')).toEqual([`gig:${site}`]);
  });
});
