import { describe, expect, it } from 'vitest';
import { IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES, type ImportPreview } from '../../../../electron/contract';
import {
  buildImportInput,
  chosenEvents,
  commitBlocker,
  detectFileKind,
  entityLabel,
  fileSizeProblem,
  formatTotals,
  groupIssues,
  guessCsvList,
  importKindOf,
  initialSetup,
  issuesFromPaths,
  mappingProblems,
  rowPlace,
  sameHeaders,
} from './import-model';
import { columnSamples } from './csv-samples';

function preview(patch: Partial<ImportPreview> = {}): ImportPreview {
  return {
    kind: 'clients-csv',
    canCommit: true,
    totalRows: 3,
    totals: { created: 3, updated: 0, skipped: 0 },
    summary: [{ entity: 'clients', created: 3, updated: 0, skipped: 0 }],
    rows: [],
    errors: [],
    errorCount: 0,
    warnings: [],
    csv: null,
    json: null,
    ics: null,
    ...patch,
  };
}

describe('the kind of a file', () => {
  it('comes from the extension, whatever its case', () => {
    expect(detectFileKind('export.JSON', '')).toBe('json');
    expect(detectFileKind('clients.csv', '{')).toBe('csv');
    expect(detectFileKind('invite.ics', '')).toBe('ics');
    expect(detectFileKind('list.tsv', '')).toBe('csv');
  });

  it('falls back to how the text starts, and gives up on anything else', () => {
    expect(detectFileKind('download', '\uFEFF  {"format":"gigline"}')).toBe('json');
    expect(detectFileKind('invite', 'BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe('ics');
    expect(detectFileKind('photo.png', '\u0089PNG')).toBeNull();
    expect(detectFileKind('notes', 'Name,Email')).toBeNull();
  });

  it('guesses gigs from gig-only columns and clients otherwise', () => {
    expect(guessCsvList('Title,Client,Stage,Agreed rate\r\nA,B,Lead,100')).toBe('gigs');
    expect(guessCsvList('"Project name";"Company"')).toBe('gigs');
    expect(guessCsvList('\uFEFFID,Name,Kind,Email,Phone')).toBe('clients');
    expect(guessCsvList('Company,E-mail')).toBe('clients');
    expect(importKindOf('csv', 'gigs')).toBe('gigs-csv');
    expect(importKindOf('csv', 'clients')).toBe('clients-csv');
    expect(importKindOf('ics', 'gigs')).toBe('ics');
  });

  it('is refused over the contract’s size limit with its words', () => {
    expect(fileSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_IMPORT_BYTES + 1)).toBe(IMPORT_TOO_LARGE_MESSAGE);
  });
});

describe('the column mapping', () => {
  const fields = [
    { key: 'name', label: 'Name', required: true },
    { key: 'email', label: 'Email', required: false },
    { key: 'phone', label: 'Phone', required: false },
  ];
  const headers = ['E-mail', 'Company', 'Phone'];

  it('needs a column for each required field', () => {
    expect(mappingProblems(fields, headers, { name: null, email: 0, phone: null })).toEqual({
      name: 'Choose the column that holds name',
    });
    expect(mappingProblems(fields, headers, { name: 1, email: 0, phone: 2 })).toEqual({});
  });

  it('uses a column for one field only, and says which field has it', () => {
    expect(mappingProblems(fields, headers, { name: 1, email: 1, phone: null })).toEqual({
      email: '“Company” is already used for Name',
    });
  });

  it('is reused for a corrected file only when its columns are the same', () => {
    expect(sameHeaders(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameHeaders(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameHeaders(['a'], ['a', 'b'])).toBe(false);
    expect(sameHeaders(undefined, ['a'])).toBe(false);
  });

  it('shows an example per column from the first rows that have one', () => {
    const text = '\uFEFFName,Email,Notes\r\n"Acme, ""Ltd""",,\r\nZoë,zoe@example.com,' + 'x'.repeat(60);
    const samples = columnSamples(text, ',', 3);
    expect(samples[0]).toBe('Acme, "Ltd"');
    expect(samples[1]).toBe('zoe@example.com');
    expect(samples[2]).toHaveLength(40);
    expect(samples[2]?.endsWith('…')).toBe(true);
  });
});

describe('the input sent to preview and commit', () => {
  const setup = initialSetup('EUR');

  it('sends the mapping and duplicates choice for clients, plus the gig options for gigs', () => {
    const mapped = { ...setup, mapping: { name: 1, email: 0 }, csvDuplicates: 'update' as const };
    expect(buildImportInput('clients-csv', 'x', mapped)).toEqual({
      kind: 'clients-csv',
      content: 'x',
      options: { mapping: { name: 1, email: 0 }, duplicates: 'update' },
    });
    expect(buildImportInput('gigs-csv', 'x', { ...setup, defaultCurrency: '', createMissingClients: false })).toEqual({
      kind: 'gigs-csv',
      content: 'x',
      options: { duplicates: 'skip', createMissingClients: false, defaultCurrency: null },
    });
  });

  it('sends the gig, the organiser choice and only the events left in for a calendar file', () => {
    const ics = { ...setup, gig: { id: 7, name: 'Audit' }, excludedEvents: [2] };
    expect(buildImportInput('ics', 'x', ics, 3)).toEqual({
      kind: 'ics',
      content: 'x',
      options: { gigId: 7, events: [1, 3], organizerAsContact: true },
    });
    expect(buildImportInput('ics', 'x', setup, 3)).toEqual({
      kind: 'ics',
      content: 'x',
      options: { organizerAsContact: true },
    });
    expect(chosenEvents(3, [])).toBeUndefined();
  });

  it('sends the duplicates choice for JSON', () => {
    expect(buildImportInput('json', 'x', { ...setup, jsonDuplicates: 'merge' })).toEqual({
      kind: 'json',
      content: 'x',
      options: { duplicates: 'merge' },
    });
  });
});

describe('how a preview reads', () => {
  it('counts new, updated and skipped records', () => {
    expect(formatTotals(preview({ totals: { created: 12, updated: 3, skipped: 2 } }))).toBe(
      '12 new · 3 updates · 2 duplicates skipped',
    );
    expect(formatTotals(preview({ totals: { created: 0, updated: 1, skipped: 1 } }))).toBe(
      '1 update · 1 duplicate skipped',
    );
    expect(formatTotals(preview({ totals: { created: 0, updated: 0, skipped: 0 } }))).toBe('Nothing to import');
  });

  it('counts the file’s rows and those with problems while any remain', () => {
    const errors = [
      { row: 3, entity: 'client', field: 'email', message: 'E-mail: bad' },
      { row: 3, entity: 'client', field: 'phone', message: 'Phone: bad' },
      { row: 7, entity: 'client', field: 'email', message: 'E-mail: bad' },
    ];
    expect(formatTotals(preview({ totalRows: 40, errors, errorCount: 3 }))).toBe('40 rows · 2 with problems');
    expect(formatTotals(preview({ totalRows: 1, errors: errors.slice(0, 1), errorCount: 1 }))).toBe(
      '1 row · 1 with a problem',
    );
  });

  it('names places the way a person finds them', () => {
    expect(rowPlace('clients-csv', 'client', 12)).toBe('Row 12');
    expect(rowPlace('ics', 'interview', 2)).toBe('Event 2');
    expect(rowPlace('json', 'timeline_events', 7)).toBe('Timeline entries #7');
    expect(rowPlace('json', 'clients', null)).toBeNull();
    expect(entityLabel('clients', 1)).toBe('Client');
    expect(entityLabel('some_new_table')).toBe('Some new table');
  });

  it('groups problems by row with the row’s label, problems with the whole file first', () => {
    const groups = groupIssues(
      'clients-csv',
      [
        { row: 3, entity: 'client', field: 'email', message: 'E-mail: bad' },
        { row: null, entity: null, field: null, message: 'The file has a header row but no data rows.' },
        { row: 3, entity: 'client', field: 'phone', message: 'Phone: bad' },
      ],
      [{ row: 3, entity: 'client', label: 'Nordlicht GmbH', status: 'error', matchId: null, messages: [] }],
    );
    expect(groups).toEqual([
      { key: 'general', place: null, label: null, messages: ['The file has a header row but no data rows.'] },
      { key: 'client:3', place: 'Row 3', label: 'Nordlicht GmbH', messages: ['E-mail: bad', 'Phone: bad'] },
    ]);
  });

  it('reads a refused commit’s issue paths back into rows and fields', () => {
    expect(
      issuesFromPaths('clients-csv', [
        { path: 'rows.12.email', message: 'E-mail: bad' },
        { path: 'content', message: 'The file is empty.' },
      ]),
    ).toEqual([
      { row: 12, entity: 'client', field: 'email', message: 'E-mail: bad' },
      { row: null, entity: null, field: null, message: 'The file is empty.' },
    ]);
    expect(issuesFromPaths('json', [{ path: 'interviews.7.time_zone', message: 'x' }])[0]).toEqual({
      row: 7,
      entity: 'interviews',
      field: 'time_zone',
      message: 'x',
    });
    expect(issuesFromPaths('ics', [{ path: 'options.gigId', message: 'Choose a gig' }])[0]?.field).toBe(
      'options.gigId',
    );
  });
});

describe('when Import can be pressed', () => {
  const setup = initialSetup('EUR');

  it('not while any row has a problem', () => {
    const blocked = preview({ canCommit: false, errorCount: 2, errors: [] });
    expect(commitBlocker('clients-csv', blocked, setup)).toMatch(/^Fix the 2 problems/);
  });

  it('not for a calendar file without its gig', () => {
    expect(commitBlocker('ics', preview({ kind: 'ics' }), setup)).toBe('Choose the gig these interviews belong to.');
    expect(commitBlocker('ics', preview({ kind: 'ics' }), { ...setup, gig: { id: 1, name: 'A' } })).toBeNull();
  });

  it('not when everything is already there', () => {
    const nothing = preview({ totals: { created: 0, updated: 0, skipped: 4 } });
    expect(commitBlocker('json', nothing, setup)).toMatch(/^Nothing new to import/);
    expect(commitBlocker('clients-csv', preview(), setup)).toBeNull();
  });
});
