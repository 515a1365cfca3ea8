/**
 * CSV export and import on real SQLite files: the clients and gigs round trip, RFC 4180 quoting with the
 * formula guard read back by papaparse, the column-mapping suggestion, duplicates, and the gig rules
 * (money in people's formats, stages and clients by name).
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';
import { recordCounts, seedRich } from '../testing/transfer-fixtures';

const cores: TempCore[] = [];
async function fresh(): Promise<TempCore> {
  const t = await startTempCore();
  cores.push(t);
  return t;
}
afterAll(() => {
  for (const t of cores) t.cleanup();
});

const CLIENTS = `SELECT c.name, c.kind, c.email, c.phone, c.website, c.linkedin, c.location, c.time_zone, c.notes,
  c.archived_at IS NOT NULL AS archived,
  (SELECT group_concat(name, ',') FROM (SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.client_id = c.id ORDER BY t.name)) AS tags
  FROM clients c ORDER BY c.name, c.email`;
const GIGS = `SELECT g.title, c.name AS client, a.name AS agency, s.name AS stage, g.source, g.source_detail, g.currency, g.rate_unit,
  g.proposed_rate_minor, g.agreed_rate_minor, g.budget_minor, g.estimated_hours, g.start_date, g.end_date, g.requirements, g.notes,
  g.archived_at IS NOT NULL AS archived,
  (SELECT group_concat(name, ',') FROM (SELECT t.name FROM gig_tags gt JOIN tags t ON t.id = gt.tag_id WHERE gt.gig_id = g.id ORDER BY t.name)) AS tags
  FROM gigs g JOIN clients c ON c.id = g.client_id JOIN stages s ON s.id = g.stage_id LEFT JOIN clients a ON a.id = g.agency_client_id
  ORDER BY c.name, g.title, g.created_at`;

describe('CSV round trip', () => {
  let source: TempCore;
  beforeAll(async () => {
    source = await fresh();
    await seedRich(source);
  });

  it('exports clients and gigs that import into an empty database as the same names, emails, rates and stages', async () => {
    const clients = await source.call('export.csv', { list: 'clients' });
    const gigs = await source.call('export.csv', { list: 'gigs' });
    expect(clients).toMatchObject({
      fileName: 'gigline-clients-2026-01-15.csv',
      mimeType: 'text/csv;charset=utf-8',
      count: 30,
    });
    const target = await fresh();
    const preview = await target.call('import.preview', { kind: 'clients-csv', content: clients.content });
    expect(preview.csv?.mapping).toMatchObject({
      name: 1,
      kind: 2,
      email: 3,
      phone: 4,
      timeZone: 8,
      tags: 9,
      contactName: 10,
      archived: 16,
      notes: 19,
    });
    await target.call('import.commit', { kind: 'clients-csv', content: clients.content });
    const gigResult = await target.call('import.commit', { kind: 'gigs-csv', content: gigs.content });
    expect(gigResult.summary.find((s) => s.entity === 'clients')?.created).toBe(0);
    const rows = (t: TempCore, sql: string) => t.core.context.sqlite.prepare(sql).all();
    expect(rows(target, CLIENTS)).toEqual(rows(source, CLIENTS));
    expect(rows(target, GIGS)).toEqual(rows(source, GIGS));
  });

  it('exports interviews and deadlines with local times in their zone next to UTC', async () => {
    const interviews = Papa.parse<string[]>(
      (await source.call('export.csv', { list: 'interviews' })).content.slice(1),
    ).data;
    const [header, first] = interviews;
    expect(header?.slice(0, 4)).toEqual(['ID', 'Starts (local)', 'Time zone', 'Starts (UTC)']);
    const row = source.core.context.sqlite
      .prepare('SELECT starts_at, time_zone FROM interviews WHERE id = ?')
      .get(Number(first?.[0])) as {
      starts_at: number;
      time_zone: string;
    };
    expect(first?.[2]).toBe(row.time_zone);
    expect(first?.[3]).toBe(new Date(row.starts_at).toISOString().replace('.000Z', 'Z'));
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: row.time_zone,
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(row.starts_at);
    expect(first?.[1]).toBe(local);
    const deadlines = (await source.call('export.csv', { list: 'deadlines', filters: { status: 'open' } })).content;
    expect(deadlines).toContain('"Send =SUM(A1) invoice, ""final""",2026-01-20,yes,');
  });
});

describe('CSV quoting', () => {
  const names = [
    'Comma, Inc.',
    'Quote "Q" LLC',
    'Two\nLines Ltd',
    'Ünïcödé 日本 😀',
    '=HYPERLINK("http://x.example")',
    '@handle studio',
    '-minus agency',
    '+plus co',
  ];

  it('quotes per RFC 4180, guards formulas, starts with a BOM, and papaparse reads the cells back', async () => {
    const t = await fresh();
    for (const name of names) await t.call('clients.create', { name, notes: `${name}\r\nnote` });
    const { content } = await t.call('export.csv', { list: 'clients' });
    expect(content.startsWith('\uFEFFID,Name,')).toBe(true);
    expect(content).toContain('"Quote ""Q"" LLC"');
    expect(content).toContain('"\'=HYPERLINK(""http://x.example"")"');
    expect(content).toContain('"\'@handle studio"');
    expect(content.split('\r\n').length).toBeGreaterThan(names.length);
    const parsed = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const shown = parsed.data.slice(1).map((row) => row[1]);
    const guarded = (n: string) => (/^[=+\-@]/.test(n) ? `'${n}` : n);
    expect(shown.sort()).toEqual(names.map(guarded).sort());

    const target = await fresh();
    await target.call('import.commit', { kind: 'clients-csv', content });
    const back = target.core.context.sqlite.prepare('SELECT name, notes FROM clients').all() as {
      name: string;
      notes: string;
    }[];
    expect(back.map((c) => c.name).sort()).toEqual([...names].sort());
    expect(back.find((c) => c.name === 'Two\nLines Ltd')?.notes).toBe('Two\nLines Ltd\r\nnote');
  });
});

describe('CSV import of clients', () => {
  const file = [
    'Company;E-mail;Phone number;Web site;City;Contact person;Job title;Labels;Comments',
    'Acme GmbH;info@acme.example;+49 30 1234567;acme.example;Berlin;Jane Roe;CTO;design, b2b;Met at a fair',
    'Beta Co;;;;;;;;',
    'ACME GMBH;other@acme.example;;;;;;;',
  ].join('\r\n');

  it('suggests a mapping from header names, detects ; and previews per row without writing', async () => {
    const t = await fresh();
    const preview = await t.call('import.preview', { kind: 'clients-csv', content: file });
    expect(preview.csv).toMatchObject({
      delimiter: ';',
      mapping: {
        name: 0,
        email: 1,
        phone: 2,
        website: 3,
        location: 4,
        contactName: 5,
        contactRole: 6,
        tags: 7,
        notes: 8,
        kind: null,
      },
    });
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'duplicate'],
    ]);
    expect(preview.rows[2]?.messages[0]).toMatch(/row 2/);
    expect(preview.totals).toEqual({ created: 3, updated: 0, skipped: 1 });
    expect(recordCounts(t.core.context.sqlite).clients).toBe(0);
    await t.call('import.commit', { kind: 'clients-csv', content: file });
    const acme = await t.call('clients.get', { id: 1 });
    expect(acme).toMatchObject({
      name: 'Acme GmbH',
      website: 'https://acme.example',
      tags: ['b2b', 'design'],
      notes: 'Met at a fair',
    });
    expect(acme.contacts).toMatchObject([{ name: 'Jane Roe', role: 'CTO' }]);
  });

  it('uses the mapping sent back, and matches existing clients by email, then name (skip or update)', async () => {
    const t = await fresh();
    const existing = await t.call('clients.create', { name: 'Old Name', email: 'INFO@acme.example' });
    const mapping = { name: 0, email: 1, location: 4, notes: null };
    const skip = await t.call('import.preview', { kind: 'clients-csv', content: file, options: { mapping } });
    expect(skip.rows[0]).toMatchObject({ status: 'duplicate', matchId: existing.id });
    await t.call('import.commit', { kind: 'clients-csv', content: file, options: { mapping, duplicates: 'update' } });
    const updated = await t.call('clients.get', { id: existing.id });
    expect(updated).toMatchObject({ name: 'Acme GmbH', location: 'Berlin', notes: '' });
  });

  it('reports invalid cells per row with the column name, and writes nothing', async () => {
    const t = await fresh();
    const bad =
      'Name,Email,Time zone,Kind\r\nGood,good@x.example,Europe/Berlin,company\r\nBad,not-an-email,Mars/Base,robot\r\n';
    const preview = await t.call('import.preview', { kind: 'clients-csv', content: bad });
    expect(preview.canCommit).toBe(false);
    expect(preview.errors).toEqual([
      { row: 3, entity: 'client', field: 'kind', message: 'Kind: "robot" is not company or individual' },
      {
        row: 3,
        entity: 'client',
        field: 'email',
        message: 'Email: Enter a valid email address, like name@example.com',
      },
      {
        row: 3,
        entity: 'client',
        field: 'timeZone',
        message: 'Time zone: Choose a valid time zone, like Europe/Berlin',
      },
    ]);
    const error = await failure(t, 'import.commit', { kind: 'clients-csv', content: bad });
    expect(error.issues?.[1]).toEqual({
      path: 'rows.3.email',
      message: expect.stringContaining('valid email') as string,
    });
    expect(recordCounts(t.core.context.sqlite).clients).toBe(0);
  });
});

describe('CSV import of gigs', () => {
  const file = [
    'Project,Client,Status,Rate,Currency,Per,Start,Tags',
    'Site,Acme,negotiating,"€1,200.50",,day,2026-02-01,web',
    'App,Acme,Someday,"1200,50 EUR",,,31.03.2026,',
    'Audit,Beta,Lead,85/h,USD,,,',
    'Logo,Beta,,1.200 €,,fixed,,',
  ].join('\r\n');

  it('reads money in several formats, stages by name, and creates missing clients', async () => {
    const t = await fresh();
    const preview = await t.call('import.preview', { kind: 'gigs-csv', content: file });
    expect(preview.canCommit).toBe(true);
    expect(preview.rows[1]?.messages).toContain('Unknown stage "Someday": goes to the first open stage');
    expect(preview.summary.find((s) => s.entity === 'clients')?.created).toBe(2);
    await t.call('import.commit', { kind: 'gigs-csv', content: file });
    const gigs = t.core.context.sqlite
      .prepare(
        `SELECT g.title, c.name AS client, s.name AS stage, g.currency, g.rate_unit AS unit, g.proposed_rate_minor AS rate, g.start_date AS start
        FROM gigs g JOIN clients c ON c.id = g.client_id JOIN stages s ON s.id = g.stage_id ORDER BY g.id`,
      )
      .all();
    expect(gigs).toEqual([
      {
        title: 'Site',
        client: 'Acme',
        stage: 'Negotiating',
        currency: 'EUR',
        unit: 'day',
        rate: 120050,
        start: '2026-02-01',
      },
      { title: 'App', client: 'Acme', stage: 'Lead', currency: 'EUR', unit: null, rate: 120050, start: '2026-03-31' },
      { title: 'Audit', client: 'Beta', stage: 'Lead', currency: 'USD', unit: 'hour', rate: 8500, start: null },
      { title: 'Logo', client: 'Beta', stage: 'Lead', currency: 'EUR', unit: 'fixed', rate: 120000, start: null },
    ]);
    const again = await t.call('import.commit', { kind: 'gigs-csv', content: file });
    expect(again).toMatchObject({ created: 0, skipped: 4 });
  });

  it('refuses unknown stages and clients when asked to, and rows with bad dates or amounts, writing nothing', async () => {
    const t = await fresh();
    const strict = { unknownStage: 'error', createMissingClients: false } as const;
    const preview = await t.call('import.preview', { kind: 'gigs-csv', content: file, options: strict });
    expect(preview.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'client'],
      [3, 'client'],
      [3, 'stage'],
      [4, 'client'],
      [5, 'client'],
    ]);
    const broken = 'Title,Client,Start,Rate\r\nX,Acme,2026-02-30,€12\r\nY,Acme,2026-01-01,twelve\r\nZ,Acme,,120\r\n';
    const errors = (await t.call('import.preview', { kind: 'gigs-csv', content: broken })).errors;
    expect(errors).toEqual([
      {
        row: 2,
        entity: 'gig',
        field: 'startDate',
        message: 'Start: "2026-02-30" is not a date (write it like 2026-03-31)',
      },
      {
        row: 3,
        entity: 'gig',
        field: 'proposedRate',
        message: expect.stringContaining('"twelve" is not an amount') as string,
      },
      { row: 4, entity: 'gig', field: 'currency', message: expect.stringContaining('no currency') as string },
    ]);
    expect((await t.core.dispatch('import.commit', { kind: 'gigs-csv', content: broken })).ok).toBe(false);
    const withDefault = await t.call('import.preview', {
      kind: 'gigs-csv',
      content: broken.split('\r\n').slice(0, 1).concat('Z,Acme,,120').join('\r\n'),
      options: { defaultCurrency: 'chf' },
    });
    expect(withDefault.canCommit).toBe(true);
    expect(recordCounts(t.core.context.sqlite)).toMatchObject({ clients: 0, gigs: 0 });
  });
});
