/**
 * Two projects: `web` drives the built renderer in Debian's Chromium against the loopback bridge and
 * real SQLite; `electron` launches the real app and skips with a printed reason when the binary is absent.
 */
import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { BRIDGE_PORT, BRIDGE_TOKEN } from './e2e/support/bridge-env';

const dataDir = path.join(os.tmpdir(), `gigline-e2e-${process.pid}`);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
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
        trace: 'retain-on-failure',
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
  webServer: {
    // Bundles the bridge and runs the bundle: much faster to start than tsx (see the script).
    command: 'node scripts/e2e-bridge.mjs',
    url: `http://127.0.0.1:${BRIDGE_PORT}/__health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      GIGLINE_PORT: String(BRIDGE_PORT),
      GIGLINE_DATA_DIR: dataDir,
      GIGLINE_TOKEN: BRIDGE_TOKEN,
      GIGLINE_TEST_ROUTES: '1',
      BROWSER: 'none',
    },
  },
});
