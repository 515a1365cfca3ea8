/**
 * Broken input never writes: truncated or invalid JSON, wrong CSV columns, invalid dates, a 50 MB file,
 * binary garbage and empty files all come back as VALIDATION with a message a person can act on, and the
 * database is untouched (row counts and SQLite's change counter are the same before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportInput } from '../../contract';
import { writeFingerprint } from '../testing/db-inspect';
import { failure, makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let exported: string;
let gigId: number;

beforeAll(async () => {
  t = await startTempCore();
  const client = await makeClient(t, 'Acme', { email: 'a@acme.example' });
  gigId = (await makeGig(t, client.id, 'Site')).id;
  await t.call('interviews.create', { gigId, startsAt: Date.UTC(2026, 1, 1, 10), timeZone: 'Europe/Berlin' });
  exported = (await t.call('export.json', {})).content;
});
afterAll(() => t.cleanup());

/** Both steps refuse the input with VALIDATION and nothing changes; returns the commit's error. */
async function refused(input: ImportInput, message: RegExp) {
  const before = writeFingerprint(t.core.context.sqlite);
  const preview = await t.core.dispatch('import.preview', input);
  const commit = await failure(t, 'import.commit', input);
  expect(commit.code).toBe('VALIDATION');
  expect(commit.message).toMatch(message);
  if (!preview.ok) expect(preview.error.message).toMatch(message);
  else expect(preview.data).toMatchObject({ canCommit: false });
  expect(writeFingerprint(t.core.context.sqlite)).toBe(before);
  return commit;
}

const kinds = ['json', 'clients-csv', 'gigs-csv', 'ics'] as const;

describe('any kind of import', () => {
  it.each(kinds)('%s: an empty file, or one with only a byte-order mark and blanks', async (kind) => {
    await refused({ kind, content: '' }, /The file is empty/);
    await refused({ kind, content: '\uFEFF  \r\n\t' }, /The file is empty/);
  });

  it('a 50 MB file is refused before it is parsed, whatever its kind', async () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    // Under 20 million characters but over 20 MB of UTF-8 (3 bytes a character).
    const wide = '€'.repeat(8 * 1024 * 1024);
    for (const kind of kinds) {
      const error = await refused({ kind, content: huge }, /larger than 20 MB/);
      expect(error.issues).toEqual([{ path: 'content', message: expect.stringMatching(/20 MB/) as string }]);
      await refused({ kind, content: wide }, /This file is 24\.0 MB; Gigline imports files up to 20\.0 MB/);
    }
  });

  it.each(kinds)('%s: binary garbage (random bytes, a PNG, an Excel workbook) is not taken for text', async (kind) => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 64 * 1024 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    const decoded = new TextDecoder().decode(bytes);
    await refused({ kind, content: decoded }, /binary data|not readable text/);
    const png = new TextDecoder().decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    await refused({ kind, content: png }, /image/);
    await refused({ kind, content: 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml' }, /Excel workbook/);
  });
});

describe('JSON', () => {
  it('a truncated file: says it ends too early, with the line and column', async () => {
    const cut = Math.floor(exported.length * 0.6);
    const text = exported.slice(0, cut);
    const lines = text.split('\n');
    const error = await refused({ kind: 'json', content: text }, /ends too early/);
    expect(error.message).toContain(`line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`);
  });

  it('a broken character in the middle: names what and where', async () => {
    const at = exported.indexOf('"clients": [');
    const broken = `${exported.slice(0, at)}}${exported.slice(at + 1)}`;
    const line = exported.slice(0, at).split('\n').length;
    await refused({ kind: 'json', content: broken }, new RegExp(`unexpected "}clients.*line ${line}, column 1`));
  });

  it('JSON that is not a Gigline export, and rows of the wrong shape', async () => {
    await refused({ kind: 'json', content: '{"clients": []}' }, /not a Gigline export/);
    await refused({ kind: 'json', content: '[1, 2, 3]' }, /not a Gigline export/);
    const doc = JSON.parse(exported) as { data: Record<string, unknown[]> };
    doc.data.clients = ['Acme', { id: 'seven', name: null }];
    const error = await refused({ kind: 'json', content: JSON.stringify(doc) }, /have problems/);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'clients.1', message: 'Each row must be an object' },
        { path: 'clients.2.id', message: 'id must be a whole number' },
        { path: 'clients.2.name', message: 'name cannot be empty' },
      ]),
    );
  });
});

describe('CSV', () => {
  it('wrong columns: names the missing required column and the columns the file has', async () => {
    const error = await refused({ kind: 'clients-csv', content: 'Foo,Bar\r\n1,2\r\n' }, /No column for "Name"/);
    expect(error.message).toContain("The file's columns are: Foo, Bar");
    expect(error.issues?.[0]?.path).toBe('options.mapping.name');
    await refused({ kind: 'gigs-csv', content: 'Title,Rate\r\nSite,100\r\n' }, /No column for "Client"/);
    await refused(
      { kind: 'clients-csv', content: 'Name\r\nAcme\r\n', options: { mapping: { name: 4 } } },
      /points at column 5/,
    );
  });

  it('a header without rows, and a quote that is never closed', async () => {
    await refused({ kind: 'clients-csv', content: 'Name,Email\r\n' }, /no data rows/);
    const error = await refused(
      { kind: 'clients-csv', content: 'Name,Email\r\n"Acme,a@x.example\r\nBeta,b@x.example\r\n' },
      /quoted cell/,
    );
    expect(error.issues?.[0]?.path).toBe('rows.2');
  });

  it('invalid dates are errors of their rows', async () => {
    const error = await refused(
      { kind: 'gigs-csv', content: 'Title,Client,Start,End\r\nA,Acme,2026-13-01,\r\nB,Acme,2026-01-01,31.02.2026\r\n' },
      /2 row\(s\) have problems/,
    );
    expect(error.issues?.map((i) => i.path)).toEqual(['rows.2.startDate', 'rows.3.endDate']);
  });
});

describe('ICS', () => {
  it('text that is not a calendar, and a calendar without events', async () => {
    await refused(
      { kind: 'ics', content: 'hello, this is a note' },
      /not a readable calendar file|not a calendar file/,
    );
    await refused({ kind: 'ics', content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' }, /no events/);
  });

  it('an impossible start date is an error of its event', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART:20260230T100000Z',
      'SUMMARY:Call',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const error = await refused(
      { kind: 'ics', content: ics, options: { gigId } },
      /2026-02-30T10:00:00Z" is not a real date/,
    );
    expect(error.issues?.[0]?.path).toBe('events.1.DTSTART');
  });
});

describe('one import at a time', () => {
  it('a second commit while one runs is BUSY and writes nothing itself', async () => {
    const target = await startTempCore();
    try {
      const input = { kind: 'json', content: exported } as const;
      const [first, second] = await Promise.all([
        target.core.dispatch('import.commit', input),
        target.core.dispatch('import.commit', input),
      ]);
      expect(first.ok).toBe(true);
      expect(second).toMatchObject({ ok: false, error: { code: 'BUSY' } });
      expect(Number(target.core.context.sqlite.prepare('SELECT count(*) FROM clients').pluck().get())).toBe(1);
    } finally {
      target.cleanup();
    }
  });
});
