/**
 * Backups in Settings: "Back up now" lists the backup with what it holds; restoring it after changes brings
 * the old data back on every screen and Undo brings the changes back; cancelling the confirmation writes
 * nothing; a damaged backup is refused inside the dialog; a much smaller backup is flagged; long lists
 * start with the newest ten; the palette's "Back up now" makes one.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import { AppShell } from '../pages/app-shell';
import { BackupsPage } from '../pages/backups-page';
import { ClientsPage } from '../pages/clients-page';
import { CommandPalette } from '../pages/command-palette';
import { openApp, resetApp, rpc } from '../support/app';

interface Client {
  id: number;
  name: string;
}
interface Backup {
  file: string;
  path: string;
}

async function clientNames(request: APIRequestContext): Promise<string[]> {
  const { items } = await rpc<{ items: Client[] }>(request, 'clients.list', { archived: 'all' });
  return items.map((client) => client.name).sort();
}

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

test('back up, change data, restore the backup and see the old data, then undo the restore', async ({
  page,
  request,
}) => {
  const acme = await rpc<Client>(request, 'clients.create', { name: 'Acme Studio' });
  await rpc(request, 'clients.create', { name: 'Borealis Labs' });
  await rpc(request, 'gigs.create', { title: 'Brand refresh', clientId: acme.id });

  await openApp(page, '/settings');
  const backups = new BackupsPage(page);
  await backups.waitForList();
  await expect(backups.section).toContainText('No backups yet');
  await backups.backUp();
  await expect(backups.rows.first()).toContainText('Manual');
  await expect(backups.rows.first()).toContainText('2 clients · 1 gig · 0 interviews · 0 deadlines');

  await rpc(request, 'clients.update', { id: acme.id, name: 'Acme Renamed' });
  await rpc(request, 'clients.create', { name: 'Cobalt Works' });

  await backups.startRestore(0);
  await expect(backups.restoreDialog.dialog).toContainText('with 2 clients, 1 gig, 0 interviews and 0 deadlines');
  await backups.restoreDialog.confirm('Restore backup');
  await expect(backups.restoreDialog.dialog).toBeHidden();
  const restored = backups.toast(/^Restored the backup from /);
  await expect(restored).toBeVisible();
  // The state just replaced was backed up first, and is listed newest.
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.first()).toContainText('Before a restore');
  await expect(backups.rows.first()).toContainText('3 clients · 1 gig');

  const shell = new AppShell(page);
  await shell.goTo('Clients');
  const clients = new ClientsPage(page);
  await clients.expectNames(['Acme Studio', 'Borealis Labs']);

  await restored.getByRole('button', { name: 'Undo' }).click();
  await expect(backups.toast('Undone: your data is back as it was before the restore')).toBeVisible();
  await clients.expectNames(['Acme Renamed', 'Borealis Labs', 'Cobalt Works']);
  expect(await clientNames(request)).toEqual(['Acme Renamed', 'Borealis Labs', 'Cobalt Works']);
});

test('cancelling the restore confirmation changes nothing', async ({ page, request }) => {
  const client = await rpc<Client>(request, 'clients.create', { name: 'Acme Studio' });
  await rpc(request, 'backups.create');
  await rpc(request, 'clients.update', { id: client.id, name: 'Acme Renamed' });

  await openApp(page, '/settings');
  const backups = new BackupsPage(page);
  await backups.waitForList();
  await expect(backups.rows).toHaveCount(1);
  await backups.startRestore(0);
  await backups.restoreDialog.cancel();
  await expect(backups.restoreDialog.dialog).toBeHidden();

  await expect(backups.count()).toHaveText('1 backup');
  expect(await rpc<Backup[]>(request, 'backups.list')).toHaveLength(1);
  expect(await clientNames(request)).toEqual(['Acme Renamed']);
});

test('a damaged backup is refused inside the dialog and the data stays as it was', async ({ page, request }) => {
  await rpc(request, 'clients.create', { name: 'Acme Studio' });
  const backup = await rpc<Backup>(request, 'backups.create');
  await rpc(request, 'clients.create', { name: 'Borealis Labs' });
  // The bridge runs on this machine: damage the backup file behind Gigline's back.
  fs.writeFileSync(backup.path, Buffer.alloc(64 * 1024, 0x5a));

  await openApp(page, '/settings');
  const backups = new BackupsPage(page);
  await backups.waitForList();
  await backups.startRestore(0);
  await backups.restoreDialog.confirm('Restore backup');
  await expect(backups.restoreDialog.alert).toContainText('This backup is damaged, so it cannot be restored.');
  await expect(backups.restoreDialog.alert).toContainText('Your data was not changed.');
  await backups.restoreDialog.cancel();
  expect(await clientNames(request)).toEqual(['Acme Studio', 'Borealis Labs']);
  expect(await rpc<Backup[]>(request, 'backups.list')).toHaveLength(1);
});

test('a much smaller backup is flagged, and long lists start with the newest ten', async ({ page, request }) => {
  const ids: number[] = [];
  for (const name of ['Acme Studio', 'Borealis Labs', 'Cobalt Works', 'Delta Digital']) {
    ids.push((await rpc<Client>(request, 'clients.create', { name })).id);
  }
  for (let i = 0; i < 10; i++) await rpc(request, 'backups.create');
  for (const id of ids.slice(1)) await rpc(request, 'clients.delete', { id });
  await rpc(request, 'backups.create');

  await openApp(page, '/settings');
  const backups = new BackupsPage(page);
  await backups.waitForList();
  await expect(backups.rows).toHaveCount(10);
  await expect(backups.rows.first()).toContainText('1 client · 0 gigs');
  await expect(backups.rows.first()).toContainText(
    'Much smaller than the backup before it — kept, and older backups are not rotated away',
  );
  await expect(backups.rows.nth(1)).not.toContainText('Much smaller');

  await backups.section.getByRole('button', { name: 'Show all 11 backups' }).click();
  await expect(backups.rows).toHaveCount(11);
  await backups.section.getByRole('button', { name: 'Show only the newest 10' }).click();
  await expect(backups.rows).toHaveCount(10);
});

test('the backups folder is shown with Copy path in the browser, and the palette backs up', async ({
  page,
  request,
}) => {
  const folder = await rpc<{ path: string }>(request, 'backups.getFolder');
  await openApp(page, '/agenda');
  const palette = new CommandPalette(page);
  await palette.openWithKeyboard();
  await palette.search('back up');
  await palette.choose('Back up now');

  const backups = new BackupsPage(page);
  await backups.waitForList();
  await expect(backups.toast(/^Backed up: 0 clients/)).toBeVisible();
  await expect(backups.rows).toHaveCount(1);
  await expect(backups.section.getByRole('definition').first()).toHaveText(folder.path);
  await expect(backups.section.getByRole('button', { name: 'Copy path' })).toBeVisible();
  await expect(backups.section.getByRole('button', { name: 'Open folder' })).toHaveCount(0);
  expect(await rpc<Backup[]>(request, 'backups.list')).toHaveLength(1);
});
