/**
 * The recovery screen, against a bridge of this spec's own: a healthy database with two clients and a
 * backup, then the database overwritten with random bytes while Gigline is stopped. On the next start
 * the page shows the recovery screen (the damaged file kept under its new name, nothing deleted), the
 * locate field explains a bad path, starting empty can be cancelled, and restoring the newest backup
 * brings the clients back and opens the agenda. Then the database goes missing while Gigline is stopped,
 * and locating a copy elsewhere (the backup file, by its full path) brings it back.
 */
import { expect, test, type Page } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ClientsPage } from '../pages/clients-page';
import { ConfirmDialogPage } from '../pages/confirm-dialog';
import { openPage } from '../support/app';
import { BRIDGE_TOKEN } from '../support/bridge-env';
import { startBridge, type BridgeProcess } from '../support/bridge-process';

test.describe.configure({ mode: 'serial' });

let dataDir = '';
let databasePath = '';
let port = 0;
let bridge: BridgeProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function rpcAt<T>(origin: string, name: string, input: object = {}): Promise<T> {
  const response = await fetch(`${origin}/rpc/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${BRIDGE_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!body.ok) throw new Error(`${name} failed: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
}

/** What is in the data folder besides the backups (the database, the kept damaged file, the marker). */
function dataFiles(): string[] {
  return fs.readdirSync(dataDir).filter((name) => name !== 'backups');
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Gigline’s database is damaged' });
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-recovery-e2e-'));
  port = await freePort();
  const healthy = await startBridge(port, dataDir);
  try {
    await rpcAt(healthy.origin, 'clients.create', { name: 'Acme Studio' });
    await rpcAt(healthy.origin, 'clients.create', { name: 'Borealis Labs' });
    await rpcAt(healthy.origin, 'backups.create');
    databasePath = (await rpcAt<{ databasePath: string }>(healthy.origin, 'app.getInfo')).databasePath;
  } finally {
    await healthy.stop();
  }
  fs.writeFileSync(databasePath, crypto.randomBytes(96 * 1024));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
  bridge = await startBridge(port, dataDir);
});

test.afterAll(async () => {
  await bridge?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a damaged database opens the recovery screen, which explains and deletes nothing', async ({ page }) => {
  if (!bridge) throw new Error('The bridge did not start');
  await openPage(page, '/clients', bridge.origin);
  await expect(heading(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  const kept = dataFiles().find((name) => name.startsWith('gigline.sqlite.corrupt-'));
  expect(kept, `the damaged file is kept beside the database: ${dataFiles().join(', ')}`).toBeTruthy();
  await expect(page.getByText(path.join(dataDir, kept ?? ''), { exact: true })).toBeVisible();
  await expect(page.getByText(databasePath, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Restore the backup from / })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('2 clients · 0 gigs · 0 interviews · 0 deadlines');

  await page.getByRole('button', { name: 'Locate a database file…' }).click();
  const field = page.getByLabel('Full path of the database file');
  await field.fill('gigline.sqlite');
  await page.getByRole('button', { name: 'Use this file' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Give the full path of the database file');
  await field.fill(path.join(dataDir, 'not-here.sqlite'));
  await page.getByRole('button', { name: 'Use this file' }).click();
  await expect(field).toHaveAccessibleDescription(/^There is no file at that path/);

  await page.getByRole('button', { name: 'Start with an empty database' }).click();
  const confirm = new ConfirmDialogPage(page, 'Start with an empty database?');
  await expect(confirm.dialog).toContainText(`The damaged file stays preserved as ${kept}`);
  await confirm.cancel();
  await expect(confirm.dialog).toBeHidden();
  await expect(heading(page)).toBeVisible();

  // Nothing was written: the damaged file is still the only database file here.
  expect(dataFiles().filter((name) => name.startsWith('gigline.sqlite'))).toEqual([kept]);
});

test('restoring the newest backup brings the data back and opens the agenda', async ({ page }) => {
  if (!bridge) throw new Error('The bridge did not start');
  await openPage(page, '/clients', bridge.origin);
  await expect(heading(page)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: /^Restore the backup from / }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText(
    /Restored the backup from .+\. Your data is back\./,
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients', exact: true }).click();
  await new ClientsPage(page).expectNames(['Acme Studio', 'Borealis Labs']);

  const files = dataFiles();
  expect(files).toContain('gigline.sqlite');
  expect(
    files.some((name) => name.startsWith('gigline.sqlite.corrupt-')),
    files.join(', '),
  ).toBe(true);
});

test.describe('a missing database', () => {
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    await bridge?.stop();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
    bridge = await startBridge(port, dataDir);
  });

  test('is explained, and locating a copy by its full path brings the data back', async ({ page }) => {
    if (!bridge) throw new Error('The bridge did not start');
    await openPage(page, '/clients', bridge.origin);
    await expect(page.getByRole('heading', { level: 1, name: 'Gigline’s database is missing' })).toBeVisible({
      timeout: 20_000,
    });
    const backupsDir = path.join(dataDir, 'backups');
    const copy = fs.readdirSync(backupsDir).find((name) => /^gigline-manual-.*\.sqlite$/.test(name));
    expect(copy, 'the manual backup made before the damage').toBeTruthy();

    await page.getByRole('button', { name: 'Locate a database file…' }).click();
    await page.getByLabel('Full path of the database file').fill(path.join(backupsDir, copy ?? ''));
    await page.getByRole('button', { name: 'Use this file' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('list', { name: 'Notifications' })).toContainText(`Gigline now uses a copy of ${copy}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients', exact: true }).click();
    await new ClientsPage(page).expectNames(['Acme Studio', 'Borealis Labs']);
    // The located file was copied in, not moved.
    expect(fs.existsSync(path.join(backupsDir, copy ?? ''))).toBe(true);
  });
});
