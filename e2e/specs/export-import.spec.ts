/**
 * Export and import from the UI, at a fixed time (Thu 15 Jan 2026, 09:00 in Berlin): a clients CSV from
 * Settings and from the filtered list (RFC 4180 quoting, UTF-8 with a BOM for Excel); the calendar as ICS
 * (one VEVENT per item with a stable UID and VALARMs); a clients CSV with its columns in another order
 * and a bad row (mapping → preview names the row → nothing written → corrected file → report → visible);
 * a JSON export merged back (duplicates skipped, a deleted client returns); a commit the core refuses
 * after the preview (the client vanished) writes nothing and names the row; a calendar invite imported
 * as an interview of the suggested gig with its organiser as a contact.
 */
import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { ClientsPage } from '../pages/clients-page';
import { CommandPalette } from '../pages/command-palette';
import { TransferPage } from '../pages/transfer-page';
import { openApp, resetApp, rpc } from '../support/app';
import { berlin, fixTime, quietReminders, TEST_ZONE } from '../support/test-time';

test.use({ timezoneId: TEST_ZONE, locale: 'en-US' });
// This machine is shared and slow; the first render after a reset can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const NOW = berlin(15, 9);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function clientCount(request: APIRequestContext, search?: string): Promise<number> {
  const list = await rpc<{ total: number }>(request, 'clients.list', {
    archived: 'all',
    ...(search ? { search } : {}),
  });
  return list.total;
}

async function openTransfer(page: Parameters<typeof openApp>[0]): Promise<TransferPage> {
  await openApp(page, '/settings');
  const transfer = new TransferPage(page);
  await transfer.section.scrollIntoViewIfNeeded();
  return transfer;
}

test.beforeEach(async ({ page, request }) => {
  // Each test walks a whole wizard on a shared, slow machine: more than the default 30 s is normal here.
  test.setTimeout(90_000);
  await resetApp(request);
  await fixTime(page, request, NOW);
});

test('a clients CSV from Settings and from the filtered list: quoted, UTF-8, with a header row', async ({
  page,
  request,
}) => {
  await quietReminders(request);
  await rpc(request, 'clients.create', { name: 'Zoë Atelier', email: 'zoe@atelier.example', tags: ['design'] });
  await rpc(request, 'clients.create', { name: 'Acme, "The Best" Ltd', location: 'Berlin' });
  await rpc(request, 'clients.create', { name: 'Borealis Labs', tags: ['design'] });

  const transfer = await openTransfer(page);
  const file = await transfer.exportCsv('Clients');
  expect(file.name).toBe('gigline-clients-2026-01-15.csv');
  await expect(transfer.toast('Exported 3 clients to gigline-clients-2026-01-15.csv')).toBeVisible();
  // A UTF-8 byte-order mark first, so Excel reads "Zoë" as UTF-8; then RFC 4180 lines ending in CRLF.
  expect(file.bytes.subarray(0, 3).equals(BOM)).toBe(true);
  const lines = file.text.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^ID,Name,Kind,Email,/);
  const acme = lines.find((line) => line.includes('The Best'));
  expect(acme).toContain(',"Acme, ""The Best"" Ltd",');
  expect(lines.find((line) => line.includes('Zoë Atelier'))).toContain('zoe@atelier.example');
  expect(lines.filter((line) => line.trim() !== '')).toHaveLength(4);

  // The list's own button exports what its filters show: the tag filter applies.
  await openApp(page, '/clients');
  const clients = new ClientsPage(page);
  await clients.tagFilter.selectOption('design');
  await clients.expectNames(['Borealis Labs', 'Zoë Atelier']);
  const filtered = await transfer.save(page.getByRole('button', { name: 'Export CSV' }));
  const names = filtered.text
    .slice(1)
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[1]);
  expect(names).toEqual(['Borealis Labs', 'Zoë Atelier']);
  await expect(transfer.toast('Exported 2 clients to gigline-clients-2026-01-15.csv')).toBeVisible();
});

test('the calendar as ICS: one VEVENT per interview and deadline, stable UIDs, reminders as VALARMs', async ({
  page,
  request,
}) => {
  const client = await rpc<{ id: number }>(request, 'clients.create', { name: 'Northwind Analytics' });
  const gig = await rpc<{ id: number }>(request, 'gigs.create', {
    title: 'Data pipeline rebuild',
    clientId: client.id,
  });
  const first = await rpc<{ id: number }>(request, 'interviews.create', {
    gigId: gig.id,
    startsAt: berlin(20, 10),
    timeZone: TEST_ZONE,
  });
  const second = await rpc<{ id: number }>(request, 'interviews.create', {
    gigId: gig.id,
    startsAt: berlin(22, 14),
    timeZone: TEST_ZONE,
  });
  const deadline = await rpc<{ id: number }>(request, 'deadlines.create', {
    gigId: gig.id,
    title: 'Send the proposal',
    dueAt: berlin(23, 17),
  });

  const transfer = await openTransfer(page);
  const calendar = await transfer.save(transfer.section.getByRole('button', { name: 'Export calendar (.ics)' }));
  expect(calendar.name).toBe('gigline-calendar-2026-01-15.ics');
  await expect(transfer.toast('Exported 3 events to gigline-calendar-2026-01-15.ics')).toBeVisible();
  const text = calendar.text;
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(3);
  for (const uid of [`interview-${first.id}@`, `interview-${second.id}@`, `deadline-${deadline.id}@`]) {
    expect(text).toMatch(new RegExp(`^UID:${uid}`, 'm'));
  }
  expect(text).toMatch(/^SUMMARY:Due: Send the proposal/m);
  expect(text).toMatch(/^BEGIN:VALARM$/m);
  expect(text).toMatch(/^TRIGGER[:;].*-P/m);

  // Interviews only: the deadline is left out.
  await transfer.section.getByRole('checkbox', { name: 'Deadlines' }).uncheck();
  const interviews = await transfer.save(transfer.section.getByRole('button', { name: 'Export calendar (.ics)' }));
  expect(interviews.text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(2);
  expect(interviews.text).not.toContain(`deadline-${deadline.id}@`);
});

const header = 'E-mail,Phone,Company,City';
const rows = (secondEmail: string) =>
  [
    header,
    'hello@zoe-atelier.example,+44 20 7946 0011,"Zoë Atelier, ""Studio""",London',
    `${secondEmail},,Nordlicht GmbH,Berlin`,
    'team@harbor.example,,Harbor Labs,Boston',
  ].join('\r\n');

test('a clients CSV with its columns in another order and a bad row: nothing is written until it is fixed', async ({
  page,
  request,
}) => {
  await quietReminders(request);
  await rpc(request, 'clients.create', { name: 'Existing Co' });
  const transfer = await openTransfer(page);

  await transfer.openImport();
  await transfer.chooseFile('clients.csv', rows('not-an-email'));
  await expect(transfer.wizard.getByRole('radio', { name: 'Clients' })).toBeChecked();
  await transfer.continueTo('Match the columns');
  // The core matched the headers to the fields, whatever their order.
  await expect(transfer.columnFor('Name (required)')).toHaveValue('2');
  await expect(transfer.columnFor('Email')).toHaveValue('0');
  await expect(transfer.columnFor('Phone')).toHaveValue('1');
  await expect(transfer.columnFor('Location')).toHaveValue('3');
  await expect(transfer.columnFor('Website')).toHaveValue('');
  // Taking the name away is explained and blocks the preview; putting it back clears that.
  await transfer.columnFor('Name (required)').selectOption({ label: 'Not imported' });
  await expect(transfer.wizard.getByText('Choose the column that holds name')).toBeVisible();
  await expect(transfer.wizardButton('Preview import')).toBeDisabled();
  await transfer.columnFor('Name (required)').selectOption({ label: 'Company' });

  await transfer.preview();
  await expect(transfer.totals).toHaveText('3 rows · 1 with a problem');
  const bad = transfer.issue('Row 3');
  await expect(bad).toContainText('Nordlicht GmbH');
  await expect(bad).toContainText('E-mail: Enter a valid email address');
  await expect(transfer.wizardButton('Import')).toBeDisabled();
  expect(await clientCount(request)).toBe(1);

  await transfer.wizardButton('Choose the corrected file').click();
  await expect(transfer.stepHeading).toHaveText('Choose a file');
  await transfer.chooseFile('clients.csv', rows('ops@nordlicht.example'));
  await transfer.continueTo('Match the columns');
  await expect(transfer.columnFor('Name (required)')).toHaveValue('2');
  await transfer.preview();
  await expect(transfer.totals).toHaveText('3 new');
  await expect(transfer.wizard.getByRole('listitem').filter({ hasText: 'Row 2' })).toContainText(
    'Zoë Atelier, "Studio"',
  );
  await transfer.wizardButton('Import 3 records').click();
  await expect(transfer.stepHeading).toHaveText('Done');
  await expect(transfer.wizard).toContainText('Import finished. 3 added.');
  await expect(transfer.summaryRow('Clients')).toContainText('3');
  expect(await clientCount(request)).toBe(4);

  await transfer.wizard.getByRole('link', { name: 'Open clients' }).click();
  const clients = new ClientsPage(page);
  await expect(clients.heading).toBeVisible();
  await clients.expectNames(['Existing Co', 'Harbor Labs', 'Nordlicht GmbH', 'Zoë Atelier, "Studio"']);
});

test('a JSON export merged back shows its duplicates, and brings back a client deleted since', async ({
  page,
  request,
}) => {
  await quietReminders(request);
  await rpc(request, 'clients.create', { name: 'Acme Studio', email: 'hi@acme.example' });
  const borealis = await rpc<{ id: number }>(request, 'clients.create', { name: 'Borealis Labs' });
  const transfer = await openTransfer(page);
  const exported = await transfer.save(transfer.section.getByRole('button', { name: 'Export everything (JSON)' }));
  expect(exported.name).toBe('gigline-export-2026-01-15.json');
  await expect(transfer.toast(/^Exported \d+ records to gigline-export-2026-01-15\.json$/)).toBeVisible();
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'gigline' });
  await rpc(request, 'clients.delete', { id: borealis.id });

  // The palette's "Import…" opens the wizard.
  const palette = new CommandPalette(page);
  await palette.openWithKeyboard();
  await palette.search('import');
  await palette.choose('Import…');
  await expect(transfer.wizard).toBeVisible();

  await transfer.chooseFile(exported.name, exported.bytes, 'application/json');
  await transfer.continueTo('Check the file');
  await expect(transfer.wizard).toContainText('Merged with the data you have');
  await transfer.preview();
  await expect(transfer.totals).toHaveText(/^1 new · \d+ duplicates skipped$/);
  await expect(transfer.summaryRow('Clients')).toHaveText(/Clients\s*1\s*0\s*1/);
  await expect(
    transfer.wizard.getByRole('listitem').filter({ hasText: 'Acme Studio' }).filter({ hasText: 'Duplicate' }),
  ).toBeVisible();
  await transfer.wizardButton('Import 1 record').click();
  await expect(transfer.wizard).toContainText('Import finished. 1 added');
  expect(await clientCount(request)).toBe(2);
  expect(await clientCount(request, 'Borealis')).toBe(1);

  // The same file again: everything is there, so there is nothing to import.
  await transfer.wizardButton('Import another file').click();
  await transfer.chooseFile(exported.name, exported.bytes, 'application/json');
  await transfer.continueTo('Check the file');
  await transfer.preview();
  await expect(transfer.totals).toHaveText(/^\d+ duplicates skipped$/);
  await expect(transfer.wizardButton('Import')).toBeDisabled();
  await expect(transfer.wizard).toContainText('Nothing new to import');
});

test('a commit the core refuses after the preview writes nothing and names the row', async ({ page, request }) => {
  await quietReminders(request);
  const acme = await rpc<{ id: number }>(request, 'clients.create', { name: 'Acme Studio' });
  const transfer = await openTransfer(page);
  await transfer.openImport();
  await transfer.chooseFile('gigs.csv', 'Title,Client\r\nBrand refresh,Acme Studio\r\n');
  await expect(transfer.wizard.getByRole('radio', { name: 'Gigs' })).toBeChecked();
  await transfer.continueTo('Match the columns');
  await transfer.wizard.getByRole('checkbox', { name: /^Create clients that do not exist yet/ }).uncheck();
  await transfer.preview();
  await expect(transfer.totals).toHaveText('1 new');

  // Between the preview and the import, the client goes (another window, say).
  await rpc(request, 'clients.delete', { id: acme.id });
  await transfer.wizardButton('Import 1 record').click();
  const failure = transfer.wizard.getByRole('alert').filter({ hasText: 'Nothing was imported.' });
  await expect(failure).toBeVisible();
  await expect(transfer.issue('Row 2')).toContainText('There is no client called "Acme Studio"');
  const gigs = await rpc<{ total: number }>(request, 'gigs.list', { archived: 'all' });
  expect(gigs.total).toBe(0);
});

test('a calendar invite becomes an interview of the suggested gig, its organiser a contact', async ({
  page,
  request,
}) => {
  await quietReminders(request);
  const client = await rpc<{ id: number }>(request, 'clients.create', { name: 'Northwind Analytics' });
  await rpc(request, 'gigs.create', { title: 'Data pipeline rebuild', clientId: client.id });
  const invite = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Example Mail//EN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    'UID:4f1c-invite@mail.example',
    'DTSTAMP:20260110T120000Z',
    'DTSTART:20260121T100000Z',
    'DTEND:20260121T104500Z',
    'SUMMARY:Interview with Northwind Analytics',
    'ORGANIZER;CN=Jana Berg:mailto:jana@northwind.example',
    'LOCATION:https://meet.example/abc',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  const transfer = await openTransfer(page);
  await transfer.openImport();
  await transfer.chooseFile('invite.ics', invite, 'text/calendar');
  await transfer.continueTo('Choose the gig and the events');
  await expect(transfer.wizardButton('Preview import')).toBeDisabled();
  await expect(transfer.wizard).toContainText('Choose the gig these interviews belong to.');
  await transfer.wizard.getByRole('radio', { name: /^Data pipeline rebuild · Northwind Analytics/ }).check();
  await expect(transfer.wizard.getByRole('checkbox', { name: /^Interview with Northwind Analytics/ })).toBeChecked();
  await expect(transfer.wizard.getByRole('checkbox', { name: /^Add the organiser as a contact/ })).toBeChecked();
  await transfer.preview();
  await expect(transfer.summaryRow('Interviews')).toHaveText(/Interviews\s*1\s*0\s*0/);
  await expect(transfer.summaryRow('Contacts')).toHaveText(/Contacts\s*1\s*0\s*0/);
  await transfer.wizardButton('Import 2 records').click();
  await expect(transfer.wizard).toContainText('Import finished. 2 added');

  const interviews = await rpc<{ items: { startsAt: number; gigTitle: string }[] }>(request, 'interviews.list', {});
  expect(interviews.items.map((i) => [i.startsAt, i.gigTitle])).toEqual([
    [Date.UTC(2026, 0, 21, 10), 'Data pipeline rebuild'],
  ]);
  const detail = await rpc<{ contacts: { name: string; email: string | null }[] }>(request, 'clients.get', {
    id: client.id,
  });
  expect(detail.contacts).toEqual([expect.objectContaining({ name: 'Jana Berg', email: 'jana@northwind.example' })]);
});
