/**
 * The command palette and global keys: find a client and a gig by the first letters of a word and open
 * them, run a "new" action, close with Esc (focus goes back), the `?` overlay and `g` then a letter.
 */
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { ClientsPage } from '../pages/clients-page';
import { CommandPalette, ShortcutHelp } from '../pages/command-palette';
import { openApp, resetApp, rpc } from '../support/app';

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

async function seed(request: Parameters<typeof rpc>[0]) {
  const acme = await rpc<{ id: number }>(request, 'clients.create', { name: 'Acme Robotics' });
  await rpc(request, 'clients.create', { name: 'Northwind Analytics' });
  const gig = await rpc<{ id: number }>(request, 'gigs.create', {
    title: 'Firmware for the welding arm',
    clientId: acme.id,
  });
  return { acmeId: acme.id, gigId: gig.id };
}

test('finds a client and a gig by prefix and opens each', async ({ page, request }) => {
  const { acmeId, gigId } = await seed(request);
  await openApp(page, '/settings');
  const palette = new CommandPalette(page);

  await palette.openWithKeyboard();
  await palette.search('acm');
  await expect(palette.group('Clients').getByRole('option')).toHaveCount(1);
  await expect(palette.option('Acme Robotics')).toBeVisible();
  await expect(palette.option('Northwind Analytics')).toHaveCount(0);
  await palette.choose('Acme Robotics');
  await expect(page).toHaveURL(new RegExp(`#/clients/${acmeId}$`));
  await expect(new ClientsPage(page).detailHeading('Acme Robotics')).toBeVisible();

  await palette.openWithKeyboard();
  await palette.search('weld');
  await expect(palette.group('Gigs').getByRole('option')).toHaveCount(1);
  await expect(palette.option('Firmware for the welding arm')).toContainText('Acme Robotics');
  await palette.choose('Firmware for the welding arm');
  await expect(page).toHaveURL(new RegExp(`#/gigs/${gigId}$`));
});

test('says when nothing matches, and Esc closes with focus back on the Search button', async ({ page, request }) => {
  await seed(request);
  await openApp(page, '/clients');
  const palette = new CommandPalette(page);
  await palette.sidebarButton.click();
  await expect(palette.dialog).toBeVisible();
  await expect(palette.input).toBeFocused();
  await palette.search('zzzqx');
  await expect(palette.dialog.getByText('Nothing matches “zzzqx”')).toBeVisible();

  await palette.input.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(palette.sidebarButton).toBeFocused();
});

test('the New client action opens the client form', async ({ page }) => {
  await openApp(page, '/settings');
  const palette = new CommandPalette(page);
  await palette.openWithKeyboard();
  await palette.search('new cl');
  await expect(palette.group('Actions').getByRole('option')).toHaveText(['New client']);
  await palette.choose('New client');

  const clients = new ClientsPage(page);
  await expect(clients.form.dialog).toBeVisible();
  await expect(page).toHaveURL(/#\/clients$/);
  await clients.form.fill({ name: 'Made from the palette' });
  await clients.form.save();
  await expect(clients.detailHeading('Made from the palette')).toBeVisible();
});

test('screens are one palette entry away', async ({ page }) => {
  await openApp(page, '/clients');
  const palette = new CommandPalette(page);
  await palette.openWithKeyboard();
  await palette.search('sett');
  await palette.choose('Settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('? lists the shortcuts and g then c goes to Clients; neither fires while typing', async ({ page, request }) => {
  await seed(request);
  await openApp(page, '/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const help = new ShortcutHelp(page);

  await page.keyboard.press('?');
  await expect(help.dialog).toBeVisible();
  await expect(help.group('Everywhere')).toContainText('Search everything');
  await expect(help.group('Go to')).toContainText('Clients');
  await expect(help.group('Clients')).toContainText('New client');
  await page.keyboard.press('Escape');
  await expect(help.dialog).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page).toHaveURL(/#\/clients$/);
  await expect(new AppShell(page).link('Clients')).toHaveAttribute('aria-current', 'page');

  const search = new ClientsPage(page).search;
  await search.click();
  await page.keyboard.type('g?');
  await expect(search).toHaveValue('g?');
  await expect(help.dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/clients$/);
});
