/**
 * The real desktop app: launches Electron on the built bundles with a throwaway userData folder, checks the
 * window's security settings from the main process and from the page, and makes a client round trip over real
 * IPC into SQLite, and lets a reminder fire as a notification. Skips, saying why, when the Electron binary (or its better-sqlite3 build) is not installed —
 * detected without require('electron'), which would start a download.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { electronBinaryStatus, electronNativeBindingPath } from '../../scripts/electron-native.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const electronVersion = (
  JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string }
).version;
const status = electronBinaryStatus({ electronDir, env: process.env, fs });
const binding = electronNativeBindingPath(root, electronVersion, process.platform, process.arch);

function skipReason(): string | null {
  if (!status.installed) {
    return `Electron binary not installed (cannot be downloaded on this machine): ${status.reason}. Run "npm start" once where github.com is reachable.`;
  }
  if (!fs.existsSync(binding)) {
    return `better-sqlite3 for Electron is not built (${path.relative(root, binding)} missing). Run "npm start" once to build it.`;
  }
  if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js'))) return 'The app is not built: run "npm run build".';
  return null;
}

/** Set by electron/main/desktop-reminders.ts in development builds run with GIGLINE_TEST_NOTIFICATIONS=1. */
const TEST_NOTIFICATIONS_KEY = '__giglineTestNotifications';

const reason = skipReason();
// The list reporter does not show skip reasons; say it where people look.
if (reason) process.stdout.write(`[electron] skipped: ${reason}\n`);

test.describe('Gigline desktop app', () => {
  test.skip(reason !== null, reason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-electron-e2e-'));
    const env = Object.fromEntries(
      Object.entries({ ...process.env, GIGLINE_USER_DATA_DIR: userData, GIGLINE_TEST_NOTIFICATIONS: '1' }).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    );
    app = await electron.launch({ executablePath: status.binary ?? undefined, args: [root], cwd: root, env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  test('uses the throwaway data folder and loads the page from app://gigline', async () => {
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);
    expect(page.url()).toBe('app://gigline/index.html');
  });

  test('the window runs with the secure webPreferences', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown>;
      };
      if (typeof contents?.getLastWebPreferences !== 'function') return null;
      return contents.getLastWebPreferences();
    });
    expect(prefs, 'webContents.getLastWebPreferences() is available').not.toBeNull();
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: path.join(root, 'out', 'preload', 'index.cjs'),
    });
  });

  test('the page sees window.desktop with only invoke and onEvent, and no Node', async () => {
    const surface = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return {
        desktop: Object.keys(scope.desktop ?? {}).sort(),
        require: typeof scope.require,
        process: typeof scope.process,
        buffer: typeof scope.Buffer,
        ipcRenderer: typeof scope.ipcRenderer,
      };
    });
    expect(surface).toEqual({
      desktop: ['invoke', 'onEvent'],
      require: 'undefined',
      process: 'undefined',
      buffer: 'undefined',
      ipcRenderer: 'undefined',
    });
  });

  test('window.open is denied and navigation away is blocked', async () => {
    expect(await page.evaluate(() => window.open('app://gigline/index.html') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd';
    });
    await expect.poll(() => page.url()).toBe('app://gigline/index.html');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('creates and lists a client over real IPC', async () => {
    const result = await page.evaluate(async () => {
      type Desktop = { invoke(name: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> };
      const desktop = (window as unknown as { desktop: Desktop }).desktop;
      const created = await desktop.invoke('clients.create', { name: 'Electron Test Co' });
      const listed = await desktop.invoke('clients.list', {});
      return { created, listed };
    });
    expect(result.created).toMatchObject({ ok: true, data: { name: 'Electron Test Co' } });
    expect(result.listed).toMatchObject({ ok: true, data: { items: [{ name: 'Electron Test Co' }] } });
    expect(fs.existsSync(path.join(userData, 'gigline.sqlite'))).toBe(true);
  });

  test('a deadline due in a few seconds becomes exactly one notification', async () => {
    const supported = await app.evaluate(({ Notification }) => Notification.isSupported());
    if (!supported)
      process.stdout.write('[electron] reminder notification not checked: Notification.isSupported() is false here\n');
    test.skip(!supported, 'this system has no notification service');
    const title = 'Electron reminder check';
    const created = await page.evaluate(async (deadlineTitle) => {
      type Desktop = { invoke(name: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> };
      const desktop = (window as unknown as { desktop: Desktop }).desktop;
      await desktop.invoke('settings.update', { reminders: { deadlineMorningOf: false } });
      // One reminder a minute before a deadline 63 s away: it fires in about three seconds.
      return desktop.invoke('deadlines.create', {
        title: deadlineTitle,
        dueAt: Date.now() + 63_000,
        reminderOffsets: [1],
      });
    }, title);
    expect(created).toMatchObject({ ok: true });

    const shown = () =>
      app.evaluate((_electron, key) => {
        const list = (globalThis as Record<string, unknown>)[key];
        return Array.isArray(list) ? (list as Array<{ title?: string }>) : [];
      }, TEST_NOTIFICATIONS_KEY);
    await expect
      .poll(async () => (await shown()).filter((n) => n.title?.includes(title)).length, { timeout: 30_000 })
      .toBe(1);
    const inbox = await page.evaluate(async () => {
      type Desktop = { invoke(name: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> };
      return (window as unknown as { desktop: Desktop }).desktop.invoke('reminders.inbox', {});
    });
    expect(inbox).toMatchObject({ ok: true, data: { items: [{ state: 'delivered' }] } });
    expect((await shown()).filter((n) => n.title?.includes(title))).toHaveLength(1);
  });
});
