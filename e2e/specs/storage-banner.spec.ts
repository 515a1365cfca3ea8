/**
 * The can't-save banner. A full disk cannot be made on demand here (and the core's STORAGE_FULL and
 * READONLY mapping is tested against real SQLite in the core), so the page's request is answered with
 * the core's envelope for exactly one procedure; everything else reaches the real bridge. The banner
 * appears above the screen, stays through reads, clears after the next successful write, and "Try again"
 * re-checks with a write that changes nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { ClientsPage } from '../pages/clients-page';
import { openApp, resetApp, rpc } from '../support/app';

const FULL = 'Gigline can’t save: the disk is full.';

async function failWith(page: Page, procedure: string, code: 'STORAGE_FULL' | 'READONLY') {
  await page.route(`**/rpc/${procedure}`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code, message: 'Nothing was saved.' } }),
    }),
  );
}

/** Saves a new client while the bridge is made to refuse it; the form stays open with the error, then closes. */
async function tryToAddClient(page: Page, clients: ClientsPage, name: string) {
  await clients.newClientButton.click();
  await clients.form.fill({ name });
  await clients.form.save();
  await expect(banner(page)).toBeVisible();
  await expect(clients.form.dialog).toBeVisible();
  await clients.form.cancel();
}

function banner(page: Page) {
  return page.getByRole('main').getByRole('alert').filter({ hasText: 'Gigline can’t save' });
}

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

test('a full disk shows the banner until the next save works', async ({ page, request }) => {
  await openApp(page, '/clients');
  const clients = new ClientsPage(page);
  await expect(clients.firstClientHeading).toBeVisible();
  await expect(banner(page)).toHaveCount(0);

  await failWith(page, 'clients.create', 'STORAGE_FULL');
  await tryToAddClient(page, clients, 'Acme Studio');
  await expect(banner(page)).toContainText(FULL);
  await expect(banner(page)).toContainText('nothing was half-saved, and saving resumes by itself');

  // Reads do not prove saving works: the banner stays, on every screen.
  const shell = new AppShell(page);
  await shell.goTo('Agenda');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await expect(banner(page)).toContainText(FULL);

  await shell.goTo('Clients');
  await page.unroute('**/rpc/clients.create');
  await clients.createClient({ name: 'Acme Studio' });
  await expect(banner(page)).toHaveCount(0);
  expect((await rpc<{ total: number }>(request, 'clients.list')).total).toBe(1);
});

test('"Try again" re-checks with a write that changes nothing and says when it still fails', async ({ page }) => {
  await openApp(page, '/clients');
  const clients = new ClientsPage(page);
  await expect(clients.firstClientHeading).toBeVisible();
  await failWith(page, 'clients.create', 'READONLY');
  await tryToAddClient(page, clients, 'Acme Studio');
  await expect(banner(page)).toContainText('Gigline can’t save: the database file is read-only.');

  await failWith(page, 'settings.update', 'READONLY');
  await banner(page).getByRole('button', { name: 'Try again' }).click();
  await expect(banner(page)).toContainText('Still not possible — checked just now.');

  await page.unroute('**/rpc/settings.update');
  await banner(page).getByRole('button', { name: 'Try again' }).click();
  await expect(banner(page)).toHaveCount(0);
});
