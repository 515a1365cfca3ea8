/**
 * `npm run web` and the e2e web server: starts the core on the user's data directory (or
 * GIGLINE_DATA_DIR) and serves it on 127.0.0.1:GIGLINE_PORT behind a per-run token.
 *
 * Environment: GIGLINE_PORT (default 5199), GIGLINE_DATA_DIR, BROWSER=none (do not open a browser),
 * GIGLINE_TEST_ROUTES=1 (tests only: reset and clock routes, an adjustable clock),
 * GIGLINE_TOKEN (tests only: a fixed token instead of a random one), GIGLINE_RENDERER_DIR,
 * GIGLINE_DAILY_BACKUPS=0|1 (default on, off with the test routes so tests see only the backups they make).
 *
 * A database that cannot be opened (damaged, missing, from a newer Gigline, unreadable) starts the
 * bridge in recovery mode: the page explains it and offers the backups. The reminder engine and the
 * daily backups run only while a database is open, and restart after a restore.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupDirOf, startCore, startReminderScheduler, type Core } from '../core/app-core';
import { createAdjustableClock } from '../core/context';
import { startDataServices } from '../core/host-services';
import { markerPathOf } from '../core/lifecycle/startup-state';
import { createLogger } from '../core/log';
import { startCalendarFeed } from '../core/transfer/calendar-feed';
import { defaultDataDir } from '../core/paths';
import { createToken } from './auth';
import { createBridgeServer, type TestRoutes } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.GIGLINE_PORT ?? 5199);
const dataDir = path.resolve(process.env.GIGLINE_DATA_DIR ?? defaultDataDir());
const rendererDir = path.resolve(process.env.GIGLINE_RENDERER_DIR ?? path.join(root, 'out', 'renderer'));
const migrationsFolder = path.join(root, 'drizzle', 'migrations');
const testMode = process.env.GIGLINE_TEST_ROUTES === '1';
const token = (testMode && process.env.GIGLINE_TOKEN) || createToken();
const log = createLogger({ level: testMode ? 'warn' : 'info' });
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const dailyBackups = process.env.GIGLINE_DAILY_BACKUPS ? process.env.GIGLINE_DAILY_BACKUPS === '1' : !testMode;

function openBrowser(url: string) {
  if (process.env.BROWSER === 'none') return;
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`GIGLINE_PORT must be a port number, got "${process.env.GIGLINE_PORT}"`);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}). Run "npm run build" first, or use "npm run web".`);
  }
  const clock = createAdjustableClock();
  const coreOptions = { dataDir, migrationsFolder, log, version, clock, recoveryMode: true };
  // Web delivery: the scheduler's events reach the browser over SSE as toasts and browser notifications.
  // No OS resume signal reaches a plain Node process, so waits are capped at 10 minutes: after a sleep a
  // reminder is at most that late (the desktop app wakes on powerMonitor 'resume' instead).
  const schedulerOptions = { maxWaitMs: 10 * 60_000 };
  const startServices = (running: Core) =>
    startDataServices(running, {
      startReminders: () => startReminderScheduler(running, schedulerOptions),
      dailyBackups,
    });
  let core: Core = await startCore(coreOptions);
  let services = startServices(core);
  // The subscribable .ics file (off until the user turns it on): one debounce timer, rewritten after changes.
  const startFeed = (running: Core) =>
    startCalendarFeed({ context: running.context, subscribe: running.events.subscribe });
  let feed = startFeed(core);

  const testRoutes: TestRoutes | undefined = testMode
    ? {
        clock,
        async reset() {
          services.stop();
          feed.stop();
          core.close();
          const databasePath = core.context.info.databasePath;
          for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
          fs.rmSync(markerPathOf(databasePath), { force: true });
          fs.rmSync(backupDirOf(dataDir), { recursive: true, force: true });
          core = await startCore(coreOptions);
          services = startServices(core);
          feed = startFeed(core);
        },
        wake() {
          services.current()?.reminders.wake('clock changed');
        },
      }
    : undefined;

  const server = createBridgeServer({
    getCore: () => core,
    port,
    token,
    rendererDir,
    log,
    ...(testRoutes ? { testRoutes } : {}),
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      process.stderr.write(
        `Port ${port} is already in use. Set GIGLINE_PORT to another port, e.g. GIGLINE_PORT=5200 npm run web\n`,
      );
    } else {
      process.stderr.write(`Could not start the web bridge: ${error.message}\n`);
    }
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${port}/?token=${token}`;
    if (core.mode() === 'recovery') {
      process.stdout.write('Gigline could not open its database and started in recovery mode; the page explains.\n');
    }
    process.stdout.write(`Gigline is running in your browser. Data: ${dataDir}\nOpen this address:\n${url}\n`);
    openBrowser(url);
  });

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    services.stop();
    feed.stop();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Gigline web could not start: ${message}\n`);
  process.exit(1);
});
