/**
 * Deterministic demo and benchmark data: the same seed and `now` give the same database, row for row.
 * Rows go straight into SQLite through prepared statements, one transaction per table, and the search
 * index is brought up to date at the end (the triggers only queue documents while rows pour in).
 * `big` is the dataset of issue 3 and reliability.md C.7; `small` is for demos and screenshots.
 */
import type Database from 'better-sqlite3';
import { syncSearchIndex } from '../../electron/core/repositories/search-index';
import { seedDeadlines, seedGigs, seedInterviews, seedNotes } from './generate-work';
import { createRandom, type Random } from './random';
import { companyName, DAY, personName, phone, sentence, slug } from './text';
import { CITIES, ROLES, TAGS } from './words';

export const SEED_SIZES = {
  small: { clients: 30, gigs: 60, interviews: 80, deadlines: 120, notes: 40 },
  big: { clients: 10_000, gigs: 50_000, interviews: 100_000, deadlines: 200_000, notes: 40_000 },
} as const;
export type SeedSize = keyof typeof SEED_SIZES;

export const DEFAULT_SEED = 20_260_115;

export interface SeedOptions {
  size: SeedSize;
  /** PRNG seed; the same seed and `now` give the same rows. */
  seed?: number;
  /** Reference instant (epoch ms): dates spread around it (about two years back and forth). */
  now: number;
}

export interface SeededClient {
  id: number;
  name: string;
  timeZone: string;
  agency: boolean;
  contacts: { id: number; firstName: string }[];
  gigIds: number[];
}

export interface SeededGig {
  id: number;
  client: SeededClient;
  title: string;
  /** In an open stage past Applied: its interviews are recent or upcoming. */
  interviewing: boolean;
  /** Has reached interviews at all (not a bare lead or application). */
  interviewed: boolean;
  lost: boolean;
  rounds: number;
}

export interface SeedContext {
  sqlite: Database.Database;
  random: Random;
  now: number;
  clients: SeededClient[];
  gigs: SeededGig[];
  tagIds: number[];
}

export interface SeedResult {
  counts: Record<string, number>;
  /** Milliseconds per phase: one per table group, then the search index. */
  phasesMs: Record<string, number>;
}

const COUNTED_TABLES = [
  'clients',
  'contacts',
  'tags',
  'client_tags',
  'gigs',
  'gig_tags',
  'interviews',
  'interview_contacts',
  'interview_prep_items',
  'deadlines',
  'timeline_events',
] as const;

export function seedDatabase(sqlite: Database.Database, options: SeedOptions): SeedResult {
  const sizes = SEED_SIZES[options.size];
  const context: SeedContext = {
    sqlite,
    random: createRandom(options.seed ?? DEFAULT_SEED),
    now: options.now,
    clients: [],
    gigs: [],
    tagIds: [],
  };
  const before = countRows(sqlite);
  const phasesMs: Record<string, number> = {};
  const phase = (name: string, run: () => void) => {
    const started = performance.now();
    run();
    phasesMs[name] = performance.now() - started;
  };
  withBulkPragmas(sqlite, () => {
    phase('clients', () => {
      seedTags(context);
      seedClients(context, sizes.clients);
    });
    phase('gigs', () => seedGigs(context, sizes.gigs));
    phase('interviews', () => seedInterviews(context, sizes.interviews));
    phase('deadlines', () => seedDeadlines(context, sizes.deadlines));
    phase('notes', () => seedNotes(context, sizes.notes));
    phase('search index', () => syncSearchIndex(sqlite));
  });
  const after = countRows(sqlite);
  const counts = Object.fromEntries(COUNTED_TABLES.map((table) => [table, (after[table] ?? 0) - (before[table] ?? 0)]));
  return { counts, phasesMs };
}

/**
 * Bulk-load settings for this connection, restored afterwards. temp_store = MEMORY matters most: every
 * insert into a table with triggers opens a statement journal, a temp file by default, which made inserts
 * six times slower. A larger page cache keeps the growing search index in memory while it is built.
 */
function withBulkPragmas(sqlite: Database.Database, run: () => void): void {
  const tempStore = Number(sqlite.pragma('temp_store', { simple: true }));
  const cacheSize = Number(sqlite.pragma('cache_size', { simple: true }));
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('cache_size = -262144');
  try {
    run();
  } finally {
    sqlite.pragma(`temp_store = ${tempStore}`);
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}

function countRows(sqlite: Database.Database): Record<string, number> {
  return Object.fromEntries(
    COUNTED_TABLES.map((table) => [table, Number(sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get())]),
  );
}

function seedTags(context: SeedContext): void {
  const { sqlite, now } = context;
  const insert = sqlite.prepare('INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)');
  const find = sqlite.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE').pluck();
  sqlite.transaction(() => {
    for (const name of TAGS) {
      insert.run(name, now - 800 * DAY);
      context.tagIds.push(Number(find.get(name)));
    }
  })();
}

function seedClients(context: SeedContext, count: number): void {
  const { sqlite, random, now } = context;
  const insertClient = sqlite.prepare(`INSERT INTO clients
    (name, kind, email, phone, website, linkedin, location, time_zone, notes, archived_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertContact = sqlite.prepare(`INSERT INTO contacts
    (client_id, name, role, email, phone, linkedin, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTag = sqlite.prepare('INSERT INTO client_tags (client_id, tag_id) VALUES (?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const agency = random.chance(0.04);
      const individual = !agency && random.chance(0.2);
      const [first, last] = personName(random);
      const name = individual ? `${first} ${last}` : companyName(random, agency);
      const domain = `${slug(name)}.example`;
      const [city, timeZone] = random.pick(CITIES);
      const createdAt = now - random.int(30, 1100) * DAY;
      const updatedAt = createdAt + Math.floor(random.next() * (now - createdAt));
      const result = insertClient.run(
        name,
        individual ? 'individual' : 'company',
        individual ? `${slug(first)}.${slug(last)}@mail.example` : `hello@${domain}`,
        random.chance(0.6) ? phone(random) : null,
        individual ? null : `https://${domain}`,
        random.chance(0.3) ? `https://www.linkedin.com/company/${slug(name)}` : null,
        city,
        random.chance(0.7) ? timeZone : null,
        random.chance(0.5) ? sentence(random) : '',
        random.chance(0.08) ? now - random.int(1, 365) * DAY : null,
        createdAt,
        updatedAt,
      );
      const client: SeededClient = {
        id: Number(result.lastInsertRowid),
        name,
        timeZone,
        agency,
        contacts: [],
        gigIds: [],
      };
      const contactCount = individual
        ? 0
        : random.weighted([
            [0, 5],
            [1, 25],
            [2, 45],
            [3, 25],
          ] as const);
      for (let c = 0; c < contactCount; c += 1) {
        const [firstName, lastName] = personName(random);
        const contact = insertContact.run(
          client.id,
          `${firstName} ${lastName}`,
          random.pick(ROLES),
          `${slug(firstName)}@${domain}`,
          random.chance(0.4) ? phone(random) : null,
          random.chance(0.3) ? `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}` : null,
          random.chance(0.3) ? sentence(random) : '',
          createdAt,
          createdAt,
        );
        client.contacts.push({ id: Number(contact.lastInsertRowid), firstName });
      }
      const tagCount = random.weighted([
        [0, 40],
        [1, 35],
        [2, 20],
        [3, 5],
      ] as const);
      for (const tagId of random.sample(context.tagIds, tagCount)) insertTag.run(client.id, tagId);
      context.clients.push(client);
    }
  })();
}
