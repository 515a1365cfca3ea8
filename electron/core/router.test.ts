import Database from 'better-sqlite3';
import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorCode, procedureNames, procedures, type ProcedureName } from '../contract';
import { handlers } from './handlers';
import { createDispatcher, type Handlers } from './router';
import { rowCounts } from './testing/db-inspect';
import { missingIdInputs } from './testing/procedure-examples';
import { startTempCore, type TempCore } from './testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

/** A dispatcher over the real context whose handlers are the real ones except those given. */
function dispatcherWith(overrides: Partial<Handlers>) {
  return createDispatcher({ ...handlers, ...overrides }, t.core.context);
}

describe('dispatch: names and validation', () => {
  it.each(['clients.nope', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    'returns UNKNOWN_PROCEDURE for %j',
    async (name) => {
      const result = await t.core.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    },
  );

  it('truncates an absurdly long unknown name in the message', async () => {
    const result = await t.core.dispatch('x'.repeat(10_000), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
  });

  it('returns VALIDATION with the dotted path of a nested field and a human message', async () => {
    const result = await t.core.dispatch('clients.create', {
      name: 'Acme',
      contacts: [{ name: 'Ann' }, { name: 'Bob', email: 'not-an-email' }],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Enter a valid email address, like name@example.com',
        issues: [{ path: 'contacts.1.email', message: 'Enter a valid email address, like name@example.com' }],
      },
    });
  });

  it('summarises several failing fields and names unknown keys', async () => {
    const result = await t.core.dispatch('clients.create', { name: '   ', website: 'ftp://x', bogus: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe('3 fields need attention.');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Name is required' },
        { path: 'website', message: 'Enter a web address, like https://example.com' },
        { path: '', message: 'Unknown field(s): bogus' },
      ]),
    );
  });

  it.each([null, [], 'clients', 42, true])('rejects a non-object input %j as a whole', async (input) => {
    const result = await t.core.dispatch('clients.get', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: '' }] } });
  });

  it('treats a missing input as {} (procedures without fields accept it)', async () => {
    const result = await t.core.dispatch('app.ping', undefined);
    expect(result).toEqual({ ok: true, data: { pong: true, at: t.clock.now() } });
  });
});

/** True when the input requires an id (optional ids are list filters, where "none match" is the answer). */
function takesAnId(name: ProcedureName): boolean {
  const schema = procedures[name].input as unknown as { shape?: Record<string, z.ZodType> };
  return Object.entries(schema.shape ?? {}).some(
    ([key, field]) => (key === 'id' || key.endsWith('Id')) && !field.safeParse(undefined).success,
  );
}

describe('dispatch: NOT_FOUND', () => {
  it('has a missing-id case for every procedure whose input names an id', () => {
    const uncovered = procedureNames.filter((name) => takesAnId(name) && !(name in missingIdInputs));
    expect(uncovered, 'add a case to missingIdInputs in electron/core/testing/procedure-examples.ts').toEqual([]);
  });

  it.each(Object.entries(missingIdInputs))(
    '%s with an unknown id returns NOT_FOUND and writes nothing',
    async (name, input) => {
      const before = rowCounts(t.core.context.sqlite);
      const result = await t.core.dispatch(name, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      if (!result.ok) expect(result.error.message).toMatch(/not found|no longer exists/i);
      expect(rowCounts(t.core.context.sqlite)).toEqual(before);
    },
  );
});

describe('dispatch: unexpected errors', () => {
  it('turns a thrown Error into INTERNAL without leaking its message or stack, and logs it', async () => {
    const dispatch = dispatcherWith({
      'app.ping': () => {
        throw new Error('secret detail from deep inside');
      },
    });
    const result = await dispatch('app.ping', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('secret detail');
    expect(result.error.message).not.toMatch(/\bat .+:\d+/);
    const logged = t.log.entries.find((entry) => entry.level === 'error');
    expect(logged?.detail).toMatchObject({ procedure: 'app.ping', message: 'secret detail from deep inside' });
    expect(String(logged?.detail?.stack)).toContain('router.test.ts');
  });

  it('turns a thrown non-Error and a rejected promise into INTERNAL', async () => {
    const dispatch = dispatcherWith({
      'app.ping': () => {
        throw 'a bare string'; // eslint-disable-line @typescript-eslint/only-throw-error
      },
      'app.getInfo': () => Promise.reject(new TypeError('async failure')),
    });
    expect(await dispatch('app.ping', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await dispatch('app.getInfo', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('maps a UNIQUE constraint failure to CONFLICT', async () => {
    const insert = t.core.context.sqlite.prepare("INSERT INTO tags (name, created_at) VALUES ('dup', 0)");
    const dispatch = dispatcherWith({
      'app.ping': () => {
        insert.run();
        insert.run();
        return { pong: true, at: 0 };
      },
    });
    const result = await dispatch('app.ping', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message).not.toContain('UNIQUE');
  });

  it('maps a foreign key failure to NOT_FOUND', async () => {
    const dispatch = dispatcherWith({
      'app.ping': () => {
        t.core.context.sqlite
          .prepare("INSERT INTO contacts (client_id, name, created_at, updated_at) VALUES (424242, 'x', 0, 0)")
          .run();
        return { pong: true, at: 0 };
      },
    });
    expect(await dispatch('app.ping', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('dispatch: storage faults (reliability R10–R12)', () => {
  it('R10: a full disk gives STORAGE_FULL, rolls the whole write back, and later writes succeed', async () => {
    const sqlite = t.core.context.sqlite;
    await t.call('clients.create', { name: 'Before' });
    const bigContact = { name: 'Big', notes: 'n'.repeat(20_000) };
    const input = { name: 'Too big', notes: 'x'.repeat(20_000), contacts: [bigContact, bigContact, bigContact] };
    const pages = Number(sqlite.pragma('page_count', { simple: true }));
    sqlite.pragma(`max_page_count = ${pages + 4}`);
    const before = rowCounts(sqlite);

    const result = await t.core.dispatch('clients.create', input);

    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } });
    expect(sqlite.inTransaction).toBe(false);
    expect(rowCounts(sqlite)).toEqual(before);
    expect(await t.core.dispatch('clients.list', {})).toMatchObject({ ok: true, data: { total: 1 } });

    sqlite.pragma('max_page_count = 1073741823');
    const retried = await t.core.dispatch('clients.create', input);
    expect(retried).toMatchObject({ ok: true, data: { name: 'Too big' } });
    expect(rowCounts(sqlite).contacts).toBe(3);
  });

  it('R11: a write blocked by another connection gives BUSY after the busy timeout, writing nothing', async () => {
    await t.reopen({ busyTimeoutMs: 100 });
    const other = new Database(t.databasePath);
    try {
      other.exec('BEGIN IMMEDIATE');
      const before = rowCounts(t.core.context.sqlite);
      const result = await t.core.dispatch('clients.create', { name: 'Blocked', contacts: [{ name: 'Ann' }] });
      expect(result).toMatchObject({ ok: false, error: { code: 'BUSY' } });
      expect(t.core.context.sqlite.inTransaction).toBe(false);
      other.exec('ROLLBACK');
      expect(rowCounts(t.core.context.sqlite)).toEqual(before);
    } finally {
      other.close();
    }
    expect(await t.core.dispatch('clients.create', { name: 'After' })).toMatchObject({ ok: true });
  });

  it('R12: a write on a read-only connection gives READONLY and the core keeps answering', async () => {
    t.core.context.sqlite.pragma('query_only = ON');
    const result = await t.core.dispatch('clients.create', { name: 'Nope' });
    expect(result).toMatchObject({ ok: false, error: { code: 'READONLY' } });
    expect(await t.core.dispatch('clients.list', {})).toMatchObject({ ok: true, data: { total: 0 } });
  });
});

describe('dispatch: every result is a Result', () => {
  it.each(procedureNames)('%s answers {} with ok or a known error code', async (name) => {
    const result = await t.core.dispatch(name, {});
    if (!result.ok) {
      expect(isErrorCode(result.error.code)).toBe(true);
      expect(result.error.code).not.toBe('INTERNAL');
    }
  });
});
