import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSearchFixture, T0, type SearchFixture } from '../testing/search-fixtures';
import { MAX_TERMS, searchSql, toMatchQuery } from './search-query';
import { searchAll } from './search-repository';

let f: SearchFixture;

beforeEach(async () => {
  f = await openSearchFixture();
});

afterEach(() => {
  f.close();
});

describe('toMatchQuery', () => {
  it('quotes every word as a prefix term and drops FTS5 syntax', () => {
    expect(toMatchQuery('acme')).toBe('"acme"*');
    expect(toMatchQuery('  Acme   DESIGN ')).toBe('"acme"* "design"*');
    expect(toMatchQuery('"web" NEAR(ab cd) title:xy* -yz ^zz')).toBe(
      '"web"* "near"* "ab"* "cd"* "title"* "xy"* "yz"* "zz"*',
    );
    expect(toMatchQuery('node.js')).toBe('"node"* "js"*');
    expect(toMatchQuery('acme acme ACME')).toBe('"acme"*');
    expect(toMatchQuery('ＡＣＭＥ')).toBe('"acme"*');
  });

  it('drops lone letters next to longer words and matches them whole when alone', () => {
    expect(toMatchQuery('j smith')).toBe('"smith"*');
    expect(toMatchQuery('c++ developer')).toBe('"developer"*');
    expect(toMatchQuery('c++')).toBe('"c"');
    expect(toMatchQuery('a b')).toBe('"a" "b"');
    expect(toMatchQuery('東')).toBe('"東"*');
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
    const acme = f.client('Acme Robotics', { location: 'Berlin' });
    const anna = f.contact(acme, 'Anna Schmidt', { role: 'Head of Design' });
    const site = f.gig(acme, 'Website relaunch', { notes: 'Needs a headless CMS' });
    const call = f.interview(site, { kind: 'technical', round: 2 });
    const due = f.deadline('Send quote', { gig_id: site });
    const logged = f.note('Discussed the quarterly roadmap\nsecond line', { client_id: acme });

    expect(searchAll(f.sqlite, 'robotics', 10)[0]).toEqual({
      type: 'client',
      id: acme,
      title: 'Acme Robotics',
      subtitle: 'Company · Berlin',
      clientId: acme,
      gigId: null,
    });
    expect(searchAll(f.sqlite, 'schmidt', 10)).toEqual([
      {
        type: 'contact',
        id: anna,
        title: 'Anna Schmidt',
        subtitle: 'Head of Design · Acme Robotics',
        clientId: acme,
        gigId: null,
      },
    ]);
    expect(searchAll(f.sqlite, 'headless', 10)).toEqual([
      {
        type: 'gig',
        id: site,
        title: 'Website relaunch',
        subtitle: 'Acme Robotics · Lead',
        clientId: acme,
        gigId: site,
      },
    ]);
    expect(searchAll(f.sqlite, 'relaunch interview', 10)).toEqual([
      {
        type: 'interview',
        id: call,
        title: 'Interview: Website relaunch',
        subtitle: 'Acme Robotics · Technical round 2 · 2026-01-16 10:00',
        clientId: acme,
        gigId: site,
      },
    ]);
    expect(searchAll(f.sqlite, 'quote', 10)).toEqual([
      {
        type: 'deadline',
        id: due,
        title: 'Send quote',
        subtitle: 'Due 2026-02-01 · Website relaunch · Acme Robotics',
        clientId: acme,
        gigId: site,
      },
    ]);
    expect(searchAll(f.sqlite, 'roadmap', 10)).toEqual([
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
    const acme = f.client('Acme');
    const cafe = f.client('Café Müller');
    const plain = f.client('Cafe Mueller Zoe');
    expect(f.found('acm')).toEqual([`client:${acme}`]);
    expect(f.found('ACME')).toEqual([`client:${acme}`]);
    expect(f.found('cafe').sort()).toEqual([`client:${cafe}`, `client:${plain}`].sort());
    expect(f.found('café müll')).toEqual([`client:${cafe}`]);
    expect(f.found('zoë')).toEqual([`client:${plain}`]);
    expect(f.found('cme')).toEqual([]);
  });

  it('ANDs the words, so more words narrow the results', () => {
    const acme = f.client('Acme');
    const site = f.gig(acme, 'Website redesign');
    f.gig(f.client('Globex'), 'Website audit');
    expect(f.found('website')).toHaveLength(2);
    expect(f.found('website acme')).toEqual([`gig:${site}`]);
  });

  it('ranks a title hit above a body hit', () => {
    const bodyHit = f.client('Northwind', { notes: 'Introduced by the people at Pixel Forge' });
    const titleHit = f.client('Pixel Forge Studio Berlin Ltd');
    const short = f.client('Pixel');
    expect(f.found('pixel forge')).toEqual([`client:${titleHit}`, `client:${bodyHit}`]);
    expect(f.found('pixel')).toEqual([`client:${short}`, `client:${titleHit}`, `client:${bodyHit}`]);
  });

  it('puts title hits first even when body hits alone would fill the page', () => {
    const byTitle = f.deadline('Invoice for March');
    for (let i = 0; i < 6; i += 1) f.client(`Client ${i}`, { notes: 'invoice invoice invoice' });
    expect(f.found('invoice', 3)[0]).toBe(`deadline:${byTitle}`);
    expect(f.found('invoice', 10)).toHaveLength(7);
  });

  it('orders title hits by kind, clients first, then by bm25', () => {
    const acme = f.client('Acme Foods', { notes: 'Long-standing client with a very long body text about food' });
    const proposal = f.deadline('Sign proposal for Acme Foods');
    const person = f.contact(f.client('Globex'), 'Acme Fan');
    expect(f.found('acme foods')).toEqual([`client:${acme}`, `deadline:${proposal}`]);
    expect(f.found('acme')).toEqual([`client:${acme}`, `contact:${person}`, `deadline:${proposal}`]);
  });

  it('scores a bounded number of matches, clients first, then newest first within a kind', () => {
    const best = f.deadline('Studio');
    const newer = f.deadline('Studio lease contract renewal');
    const studio = f.client('Studio Nord');
    expect(f.found('studio', 2)).toEqual([`client:${studio}`, `deadline:${best}`]);
    const bounded = searchAll(f.sqlite, 'studio', 2, { candidates: 2 }).map((r) => `${r.type}:${r.id}`);
    expect(bounded).toEqual([`client:${studio}`, `deadline:${newer}`]);
  });

  it('limits the number of results', () => {
    for (let i = 0; i < 12; i += 1) f.client(`Studio ${i}`);
    expect(f.found('studio', 5)).toHaveLength(5);
    expect(f.found('studio', 0)).toEqual([]);
  });

  it('says when a client is archived', () => {
    const old = f.client('Oldco', { archived_at: T0 });
    const person = f.contact(old, 'Bob');
    expect(searchAll(f.sqlite, 'oldco', 10).map((r) => r.subtitle)).toEqual([
      'Company · Archived',
      'Contact · Oldco (archived)',
    ]);
    expect(f.found('bob')).toEqual([`contact:${person}`]);
  });

  it('never throws on FTS5 syntax, odd unicode or huge input', () => {
    const near = f.client('NEAR Studio');
    f.client('Ærø Design 東京');
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
    for (const input of inputs) expect(() => searchAll(f.sqlite, input, 20), input.slice(0, 20)).not.toThrow();
    expect(f.found('near')).toEqual([`client:${near}`]);
    expect(f.found('"studio')).toEqual([`client:${near}`]);
    expect(f.found('ærø')).toHaveLength(1);
    expect(f.found('ÆRØ')).toHaveLength(1);
    expect(f.found('東京')).toHaveLength(1);
    expect(f.sqlite.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 2 });
  });

  it('uses the FTS index and primary keys only, never a scan of a table', () => {
    const plan = (
      f.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${searchSql('score')}`)
        .all({ match: '"acme"*', limit: 50, candidates: 2000 }) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    // M: the MATCH is answered by the index; 192: it also delivers rowids in descending order (no sort).
    expect(plan).toContain('SCAN search_index VIRTUAL TABLE INDEX 192:M2');
    const scans = plan.filter((detail) => detail.startsWith('SCAN '));
    expect(
      scans.filter((detail) => !['SCAN search_index', 'SCAN candidates', 'SCAN h'].some((ok) => detail.startsWith(ok))),
    ).toEqual([]);
    const lookups = plan.filter((detail) => detail.startsWith('SEARCH '));
    expect(lookups.length).toBeGreaterThanOrEqual(6);
    for (const lookup of lookups) expect(lookup).toMatch(/USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  });
});
