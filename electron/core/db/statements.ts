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

/** Parses a JSON column produced by json_object/json_group_array (null stays null). */
export function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
