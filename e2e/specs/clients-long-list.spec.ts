/** A long client list loads page by page as you scroll and keeps only the visible rows in the page. */
import { expect, test } from '@playwright/test';
import { ClientsPage } from '../pages/clients-page';
import { openApp, resetApp, rpc } from '../support/app';

const COUNT = 260;

test('scrolls through hundreds of clients with a short DOM', async ({ page, request }) => {
  test.setTimeout(90_000);
  await resetApp(request);
  const names = Array.from({ length: COUNT }, (_, i) => `Client ${String(i + 1).padStart(3, '0')}`);
  for (let i = 0; i < names.length; i += 20) {
    await Promise.all(names.slice(i, i + 20).map((name) => rpc(request, 'clients.create', { name })));
  }
  await openApp(page);
  const clients = new ClientsPage(page);
  await expect(page.getByText(`${COUNT} clients`)).toBeVisible();
  await expect(clients.options.first()).toHaveAttribute('aria-setsize', String(COUNT));

  const last = clients.option(names.at(-1) ?? '');
  await expect(async () => {
    await clients.list.press('End');
    await expect(last).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(last).toHaveAttribute('aria-posinset', String(COUNT));
  expect(await clients.options.count()).toBeLessThan(60);

  await clients.list.press('Enter');
  await expect(clients.detailHeading(names.at(-1) ?? '')).toBeVisible();
});
