import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedures, type ClientDetail, type ProcedureInput } from '../../contract';
import { rowCounts } from '../testing/db-inspect';
import { startTempCore, TEST_START, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

const create = (input: ProcedureInput<'clients.create'>) => t.call('clients.create', input);
const list = (input: ProcedureInput<'clients.list'> = {}) => t.call('clients.list', input);
const names = async (input: ProcedureInput<'clients.list'> = {}) => (await list(input)).items.map((c) => c.name);
const sql = () => t.core.context.sqlite;

describe('clients.create', () => {
  it('writes the client, its contacts and its tags, and returns a detail matching the contract', async () => {
    const detail = await create({
      name: '  Acme Corp ',
      kind: 'company',
      email: 'hello@acme.io',
      website: 'acme.io',
      phone: '',
      timeZone: 'Europe/Berlin',
      tags: ['Fintech', 'fintech', ' FINTECH ', 'Web'],
      contacts: [
        { name: 'Zoe Quinn', role: 'CTO', email: 'zoe@quinn.dev' },
        { name: 'adam Smith', email: '' },
      ],
    });
    expect(procedures['clients.create'].output.parse(detail)).toEqual(detail);
    expect(detail).toMatchObject({
      name: 'Acme Corp',
      email: 'hello@acme.io',
      website: 'https://acme.io',
      phone: null,
      timeZone: 'Europe/Berlin',
      tags: ['Fintech', 'Web'],
      archivedAt: null,
      createdAt: TEST_START,
      updatedAt: TEST_START,
    });
    expect(detail.contacts.map((c) => [c.name, c.email, c.clientId])).toEqual([
      ['adam Smith', null, detail.id],
      ['Zoe Quinn', 'zoe@quinn.dev', detail.id],
    ]);
    expect(await t.call('clients.get', { id: detail.id })).toEqual(detail);
  });

  it('writes nothing when one contact fails inside the transaction', async () => {
    sql().exec(`CREATE TRIGGER fail_contact BEFORE INSERT ON contacts WHEN NEW.name = 'Explode'
      BEGIN SELECT RAISE(ABORT, 'contact refused'); END`);
    const before = rowCounts(sql());
    const result = await t.core.dispatch('clients.create', {
      name: 'Half Written',
      tags: ['NewTag'],
      contacts: [{ name: 'Fine' }, { name: 'Explode' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(rowCounts(sql())).toEqual(before);
    expect(sql().inTransaction).toBe(false);
  });

  it('reuses an existing tag whatever its case', async () => {
    await create({ name: 'A', tags: ['Design'] });
    const b = await create({ name: 'B', tags: ['DESIGN'] });
    expect(b.tags).toEqual(['Design']);
    const tags = await t.call('tags.list', {});
    expect(procedures['tags.list'].output.parse(tags)).toEqual(tags);
    expect(tags).toEqual([{ id: expect.any(Number) as number, name: 'Design', color: null, usage: 2 }]);
  });
});

describe('clients.update and clients.setArchived', () => {
  it('changes only the given fields and moves updatedAt', async () => {
    const created = await create({ name: 'Acme', email: 'a@acme.io', location: 'Berlin', tags: ['X'] });
    t.advance(60_000);
    const updated = await t.call('clients.update', { id: created.id, name: 'Acme GmbH', email: '' });
    expect(procedures['clients.update'].output.parse(updated)).toEqual(updated);
    expect(updated).toMatchObject({
      name: 'Acme GmbH',
      email: null,
      location: 'Berlin',
      tags: ['X'],
      createdAt: TEST_START,
      updatedAt: TEST_START + 60_000,
    });
  });

  it('replaces tags, deduplicating case-insensitively and pruning tags nobody uses', async () => {
    const a = await create({ name: 'A', tags: ['Old', 'Shared'] });
    await create({ name: 'B', tags: ['Shared'] });
    const updated = await t.call('clients.update', { id: a.id, tags: ['new', 'NEW', 'shared'] });
    expect(updated.tags).toEqual(['new', 'Shared']);
    expect((await t.call('tags.list', {})).map((tag) => [tag.name, tag.usage])).toEqual([
      ['new', 1],
      ['Shared', 2],
    ]);
    await t.call('clients.update', { id: a.id, tags: [] });
    expect((await t.call('tags.list', {})).map((tag) => tag.name)).toEqual(['Shared']);
  });

  it('archives and restores a client', async () => {
    const c = await create({ name: 'Acme' });
    t.advance(1000);
    const archived = await t.call('clients.setArchived', { id: c.id, archived: true });
    expect(archived.archivedAt).toBe(TEST_START + 1000);
    expect(procedures['clients.setArchived'].output.parse(archived)).toEqual(archived);
    const restored = await t.call('clients.setArchived', { id: c.id, archived: false });
    expect(restored.archivedAt).toBeNull();
  });
});

describe('clients.list', () => {
  async function seed(): Promise<Record<string, ClientDetail>> {
    const acme = await create({
      name: 'Acme Corp',
      email: 'hello@acme.io',
      location: 'Berlin',
      tags: ['Fintech'],
      contacts: [{ name: 'Zoe Quinn', email: 'zoe@quinn.dev' }],
    });
    t.advance(1000);
    const juice = await create({ name: '100% Pure_Juice', location: `O'Brien's Pub "Dublin"` });
    t.advance(1000);
    const globex = await create({ name: 'Globex', email: 'info@globex.com', tags: ['Retail'] });
    t.advance(1000);
    const percent = await create({ name: 'Percent Corp', location: 'Paris' });
    return { acme, juice, globex, percent };
  }

  it.each([
    ['acme', ['Acme Corp'], 'name, any case'],
    ['  ACME ', ['Acme Corp'], 'trimmed'],
    ['globex.com', ['Globex'], 'client email'],
    ['berlin', ['Acme Corp'], 'location'],
    ['zoe q', ['Acme Corp'], 'contact name'],
    ['quinn.dev', ['Acme Corp'], 'contact email'],
    ['retail', ['Globex'], 'tag'],
    ['%', ['100% Pure_Juice'], '% is literal'],
    ['_', ['100% Pure_Juice'], '_ is literal'],
    [`o'brien`, ['100% Pure_Juice'], 'single quote is literal'],
    ['"dublin"', ['100% Pure_Juice'], 'double quotes are literal'],
    ['corp', ['Acme Corp', 'Percent Corp'], 'several matches'],
    ['no such thing', [], 'no match'],
    [`'); DROP TABLE clients;--`, [], 'SQL text is just text'],
  ])('search %j finds %j (%s)', async (search, expected) => {
    await seed();
    const result = await list({ search });
    expect(result.items.map((c) => c.name)).toEqual(expected);
    expect(result.total).toBe(expected.length);
    expect(procedures['clients.list'].output.parse(result)).toEqual(result);
  });

  it('sorts by name ignoring case, by created and by updated, in both directions', async () => {
    await create({ name: 'beta' });
    t.advance(1000);
    await create({ name: 'Alpha' });
    t.advance(1000);
    const gamma = await create({ name: 'Gamma' });
    t.advance(1000);
    await t.call('clients.update', { id: gamma.id, notes: 'touched' });
    t.advance(1000);
    const beta = (await list({ search: 'beta' })).items[0];
    await t.call('clients.update', { id: beta?.id ?? 0, notes: 'touched later' });

    expect(await names()).toEqual(['Alpha', 'beta', 'Gamma']);
    expect(await names({ sort: 'name', direction: 'desc' })).toEqual(['Gamma', 'beta', 'Alpha']);
    expect(await names({ sort: 'created' })).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(await names({ sort: 'created', direction: 'asc' })).toEqual(['beta', 'Alpha', 'Gamma']);
    expect(await names({ sort: 'updated' })).toEqual(['beta', 'Gamma', 'Alpha']);
  });

  it('filters by archive state and by tag (any case)', async () => {
    const { acme, globex } = await seed();
    await t.call('clients.setArchived', { id: globex.id, archived: true });
    expect(await names()).toEqual(['100% Pure_Juice', 'Acme Corp', 'Percent Corp']);
    expect(await names({ archived: 'archived' })).toEqual(['Globex']);
    expect(await names({ archived: 'all' })).toHaveLength(4);
    expect(await names({ tag: 'FINTECH' })).toEqual([acme.name]);
    expect(await names({ tag: 'retail' })).toEqual([]);
    expect(await names({ tag: 'retail', archived: 'all' })).toEqual(['Globex']);
  });

  it('pages with limit and offset and reports the total of the whole filtered list', async () => {
    for (let i = 1; i <= 7; i++) await create({ name: `Client ${i}` });
    const page2 = await list({ limit: 3, offset: 3 });
    expect(page2.items.map((c) => c.name)).toEqual(['Client 4', 'Client 5', 'Client 6']);
    expect(page2.total).toBe(7);
    const last = await list({ limit: 3, offset: 6 });
    expect(last.items.map((c) => c.name)).toEqual(['Client 7']);
    expect((await list({ limit: 3, offset: 100 })).items).toEqual([]);
    expect((await list({ search: 'client 1', limit: 1 })).total).toBe(1);
  });

  it('shows contact counts and tags on each row', async () => {
    await seed();
    const acme = (await list({ search: 'acme' })).items[0];
    expect(acme).toMatchObject({ contactCount: 1, tags: ['Fintech'] });
  });
});

describe('clients.delete', () => {
  it('deletes the client with its contacts and tag links, and prunes its tags', async () => {
    const c = await create({ name: 'Gone', tags: ['OnlyMine'], contacts: [{ name: 'A' }, { name: 'B' }] });
    const kept = await create({ name: 'Kept', contacts: [{ name: 'C' }] });
    const deleted = await t.call('clients.delete', { id: c.id });
    expect(procedures['clients.delete'].output.parse(deleted)).toEqual({ id: c.id });
    const counts = rowCounts(sql());
    expect(counts).toMatchObject({ clients: 1, contacts: 1, client_tags: 0, tags: 0 });
    expect(await t.core.dispatch('clients.get', { id: c.id })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await t.call('clients.get', { id: kept.id })).contacts).toHaveLength(1);
  });

  it('refuses with CONFLICT when the client has a gig, deleting nothing', async () => {
    const c = await create({ name: 'Busy', tags: ['T'], contacts: [{ name: 'A' }] });
    sql()
      .prepare(
        `INSERT INTO gigs (client_id, title, stage_id, stage_entered_at, created_at, updated_at)
         VALUES (?, 'Website', (SELECT min(id) FROM stages), 0, 0, 0)`,
      )
      .run(c.id);
    const before = rowCounts(sql());
    const result = await t.core.dispatch('clients.delete', { id: c.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message).toMatch(/1 gig/);
    expect(rowCounts(sql())).toEqual(before);
  });
});

describe('contacts', () => {
  it('creates, updates and deletes a contact of a client', async () => {
    const c = await create({ name: 'Acme' });
    t.advance(1000);
    const contact = await t.call('contacts.create', {
      clientId: c.id,
      name: 'Ann Lee',
      role: 'Recruiter',
      phone: '+1 555 010 2030',
      linkedin: 'linkedin.com/in/ann',
    });
    expect(procedures['contacts.create'].output.parse(contact)).toEqual(contact);
    expect(contact).toMatchObject({
      clientId: c.id,
      name: 'Ann Lee',
      role: 'Recruiter',
      email: null,
      linkedin: 'https://linkedin.com/in/ann',
      createdAt: TEST_START + 1000,
    });
    expect((await list()).items[0]?.contactCount).toBe(1);

    t.advance(1000);
    const updated = await t.call('contacts.update', { id: contact.id, role: 'Head of Talent', email: 'ann@acme.io' });
    expect(procedures['contacts.update'].output.parse(updated)).toEqual(updated);
    expect(updated).toMatchObject({
      name: 'Ann Lee',
      role: 'Head of Talent',
      email: 'ann@acme.io',
      createdAt: TEST_START + 1000,
      updatedAt: TEST_START + 2000,
    });
    expect((await t.call('clients.get', { id: c.id })).contacts).toEqual([updated]);

    const deleted = await t.call('contacts.delete', { id: contact.id });
    expect(procedures['contacts.delete'].output.parse(deleted)).toEqual({ id: contact.id });
    expect((await t.call('clients.get', { id: c.id })).contacts).toEqual([]);
    expect(await t.core.dispatch('contacts.delete', { id: contact.id })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('events', () => {
  it('emits data.changed after each write and not after reads', async () => {
    const seen: string[] = [];
    const unsubscribe = t.core.events.subscribe((event) => {
      if (event.name === 'data.changed') seen.push(`${event.name}:${event.payload.entities.join()}`);
    });
    const c = await create({ name: 'Acme' });
    await list();
    await t.call('contacts.create', { clientId: c.id, name: 'Ann' });
    unsubscribe();
    expect(seen).toEqual(['data.changed:clients', 'data.changed:clients,contacts']);
  });
});
