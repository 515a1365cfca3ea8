/**
 * Two projects: `web` drives the built renderer in Debian's Chromium against the loopback bridge and
 * real SQLite; `electron` launches the real app and skips with a printed reason when the binary is absent.
 */
import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { BRIDGE_BASE_PORT, BRIDGE_PORT, BRIDGE_TOKEN, E2E_WORKERS } from './e2e/support/bridge-env';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // Spec files are shared out to two workers, each with its own bridge and database (see bridge-env.ts);
  // tests inside a file run in order. GIGLINE_E2E_WORKERS=1 runs everything on one bridge.
  workers: E2E_WORKERS,
  retries: 0,
  forbidOnly: true,
  // A safety net for a hung test, not a speed goal: two workers on a busy 2-core machine can take a
  // simple test past 30 s.
  timeout: 60_000,
  // A first render after a reset or a bridge start can take over 5 s on a busy 2-core machine; passing
  // assertions return as soon as they hold, so only a failure waits the whole 15 s.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'web',
      testDir: 'e2e/specs',
      use: {
        baseURL: `http://127.0.0.1:${BRIDGE_PORT}`,
        viewport: { width: 1280, height: 800 },
        // A failed test keeps its trace (DOM snapshots of every step, the network, the console), without the
        // trace's screencast: encoding video frames for every test nearly doubled the run on a busy 2-core
        // machine (27 tests: 5.1-6.3 min with it, 3.0-3.4 min without). The failure screenshot below stays.
        trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
        screenshot: 'only-on-failure',
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
  webServer: Array.from({ length: E2E_WORKERS }, (_, index) => ({
    // Bundles the bridge and runs the bundle: much faster to start than tsx (see the script).
    command: 'node scripts/e2e-bridge.mjs',
    url: `http://127.0.0.1:${BRIDGE_BASE_PORT + index}/__health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      GIGLINE_PORT: String(BRIDGE_BASE_PORT + index),
      GIGLINE_DATA_DIR: path.join(os.tmpdir(), `gigline-e2e-${process.pid}-${index}`),
      GIGLINE_TOKEN: BRIDGE_TOKEN,
      GIGLINE_TEST_ROUTES: '1',
      BROWSER: 'none',
    },
  })),
});
