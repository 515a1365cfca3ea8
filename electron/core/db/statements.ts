/**
 * Prepared-statement cache for hot queries. Repositories that serve a screen per keystroke (agenda,
 * board, search) prepare their SQL once per connection instead of rebuilding it on every call.
 */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(sqlite: Database.Database, source: string): Database.Statement {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let prepared = cache.get(source);
  if (!prepared) {
    prepared = sqlite.prepare(source);
    cache.set(source, prepared);
  }
  return prepared;
}

const preparedQueries = new WeakMap<object, Map<string, unknown>>();

/**
 * A drizzle query built and prepared once per database, its inputs as `sql.placeholder`s: building a
 * select costs about as much as running a one-row lookup, and the client detail runs several per open.
 */
export function preparedOnce<T>(db: object, key: string, build: () => T): T {
  let cache = preparedQueries.get(db);
  if (!cache) {
    cache = new Map();
    preparedQueries.set(db, cache);
  }
  let prepared = cache.get(key) as T | undefined;
  if (prepared === undefined) {
    prepared = build();
    cache.set(key, prepared);
  }
  return prepared;
}

/** Parses a JSON column produced by json_object/json_group_array (null stays null). */
export function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
