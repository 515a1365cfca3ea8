/**
 * Property test over the whole procedure map (reliability.md S5/R13): whatever JSON arrives, dispatch
 * resolves to a Result with a known code (never INTERNAL, never a throw), a successful result matches
 * the contract's output schema, and a failed call leaves every table exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode, procedureNames, procedures, type ProcedureName } from '../contract';
import { contentDump, tableNames } from './testing/db-inspect';
import { missingIdInputs } from './testing/procedure-examples';
import { startTempCore, type TempCore } from './testing/temp-core';

/** Runs per procedure; GIGLINE_FUZZ_RUNS=2000 for a deeper local search. */
const RUNS_PER_PROCEDURE = Number(process.env.GIGLINE_FUZZ_RUNS ?? 100);
const ONE_MB = 'x'.repeat(1024 * 1024);
const SQL_TEXT = `'); DROP TABLE clients;--`;

let t: TempCore;
let fingerprint: () => unknown[];

beforeAll(async () => {
  t = await startTempCore();
  const acme = await t.call('clients.create', { name: 'Acme', tags: ['Web'], contacts: [{ name: 'Ann' }] });
  await t.call('clients.create', { name: 'Globex' });
  await t.call('contacts.create', { clientId: acme.id, name: 'Bob' });
  const sqlite = t.core.context.sqlite;
  const counts = tableNames(sqlite).map((name) => `(SELECT count(*) FROM "${name}")`);
  const statement = sqlite.prepare(`SELECT ${[...counts, 'total_changes()'].join(', ')}`).raw();
  fingerprint = () => statement.get() as unknown[];
});
afterAll(() => t.cleanup());

/** The full content dump is costly; it can only differ from the cached one when the fingerprint moved. */
let cached: { at: string; dump: Record<string, string[]> } | null = null;
function contentAt(print: unknown[]): Record<string, string[]> {
  const at = JSON.stringify(print);
  if (cached?.at !== at) cached = { at, dump: contentDump(t.core.context.sqlite) };
  return cached.dump;
}

const targeted = fc.constantFrom<unknown>(
  '',
  '   ',
  ONE_MB,
  1e20,
  -1,
  0,
  1,
  2,
  1.5,
  Number.MAX_SAFE_INTEGER + 2,
  'NaN',
  'Infinity',
  '2025-02-30',
  '2026-01-31',
  '25:61',
  SQL_TEXT,
  'Europe/Berlin',
  'Not/AZone',
  'hello@example.com',
  'https://example.com',
  'company',
  'asc',
  null,
  true,
  false,
  [],
  [1, 'a', null],
  {},
  { unknownKey: 1 },
  { __proto__: { polluted: true } },
);
const anyValue = fc.oneof(targeted, fc.jsonValue({ maxDepth: 2 }));

function fromEntries(keys: string[], values: unknown[]): Record<string, unknown> {
  // Object.fromEntries defines own properties, so "__proto__" stays a key as it does after JSON.parse.
  return Object.fromEntries(keys.map((key, i) => [key, values[i]]));
}

function inputArbitrary(name: ProcedureName): fc.Arbitrary<unknown> {
  const shape = (procedures[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = [...Object.keys(shape), 'unknownKey', '__proto__', 'constructor'];
  const someKeys = fc
    .uniqueArray(fc.constantFrom(...keys), { maxLength: 4 })
    .chain((picked) => fc.tuple(...picked.map(() => anyValue)).map((values) => fromEntries(picked, values)));
  const arbitraries = [
    { arbitrary: someKeys as fc.Arbitrary<unknown>, weight: 5 },
    { arbitrary: anyValue, weight: 1 },
  ];
  const base = missingIdInputs[name];
  if (base) {
    // A valid input with one field replaced: reaches past validation into the handler's own checks.
    const mutated = fc
      .tuple(fc.constantFrom(...keys), anyValue)
      .map(([key, value]) => ({ ...base, ...fromEntries([key], [value]) }));
    arbitraries.push({ arbitrary: mutated, weight: 4 });
  }
  return fc.oneof(...arbitraries);
}

/**
 * What a transport delivers: the JSON text parsed back (own "__proto__" keys, no undefined, no -0).
 * The 1 MB string travels as a marker because serialising it costs ~15 ms a run.
 */
const BIG = '\u0000big';
function overTheWire(value: unknown): unknown {
  const text = JSON.stringify(value, (_key, v: unknown) => (v === ONE_MB ? BIG : v));
  return text === undefined ? undefined : JSON.parse(text, (_key, v: unknown) => (v === BIG ? ONE_MB : v));
}

describe('dispatch under arbitrary input', () => {
  it.each(procedureNames)('%s', async (name) => {
    await fc.assert(
      fc.asyncProperty(inputArbitrary(name), async (raw) => {
        const input = overTheWire(raw);
        const before = fingerprint();
        const contentBefore = contentAt(before);
        const result = await t.core.dispatch(name, input);
        if (result.ok) {
          expect(procedures[name].output.safeParse(result.data).success).toBe(true);
          return;
        }
        expect(isErrorCode(result.error.code)).toBe(true);
        expect(result.error.code).not.toBe('INTERNAL');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(t.core.context.sqlite.inTransaction).toBe(false);
        const after = fingerprint();
        // Invalid input never reaches the database. A domain error may have run statements that its
        // transaction then rolled back (total_changes moves), but the content must be as before.
        if (result.error.code === 'VALIDATION') expect(after).toEqual(before);
        else if (JSON.stringify(after) !== JSON.stringify(before))
          expect(contentDump(t.core.context.sqlite)).toEqual(contentBefore);
      }),
      { numRuns: RUNS_PER_PROCEDURE },
    );
  });
});

describe('SQL metacharacters in valid input', () => {
  it('are stored literally and read back identical', async () => {
    const name = `Robert'); DROP TABLE clients;-- 100% _x_ "q" \\ ; (literal-7f3a)`;
    const created = await t.call('clients.create', {
      name,
      notes: SQL_TEXT,
      tags: [`O'Reilly`],
      contacts: [{ name: `%_'"` }],
    });
    const read = await t.call('clients.get', { id: created.id });
    expect(read.name).toBe(name);
    expect(read.notes).toBe(SQL_TEXT);
    expect(read.tags).toEqual([`O'Reilly`]);
    expect(read.contacts.map((c) => c.name)).toEqual([`%_'"`]);
    const found = await t.call('clients.list', { search: name, archived: 'all' });
    expect(found.items.map((c) => c.id)).toEqual([created.id]);
    expect(tableNames(t.core.context.sqlite)).toContain('clients');
  });
});
