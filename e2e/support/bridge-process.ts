/**
 * Starts an extra bridge process of the spec's own (another port, its own data folder), so a test can
 * stop and restart "the app" and check that data survived on disk.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { BRIDGE_PORT, BRIDGE_TOKEN } from './bridge-env';

const root = path.resolve(import.meta.dirname, '..', '..');
/** The bridge bundled by scripts/e2e-bridge.mjs when this run's web server started; tsx if there is none. */
const bundle = path.join(root, 'out', `e2e-bridge-${BRIDGE_PORT}`, 'cli.js');

export interface BridgeProcess {
  origin: string;
  stop: () => Promise<void>;
}

async function waitForHealth(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The bridge exited early (${child.exitCode}): ${output()}`);
    try {
      const response = await fetch(`${origin}/__health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The bridge did not answer on ${origin} within 20 s: ${output()}`);
}

export async function startBridge(port: number, dataDir: string): Promise<BridgeProcess> {
  const args = fs.existsSync(bundle) ? [bundle] : ['--import', 'tsx', 'electron/bridge/cli.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      GIGLINE_PORT: String(port),
      GIGLINE_DATA_DIR: dataDir,
      GIGLINE_TOKEN: BRIDGE_TOKEN,
      GIGLINE_TEST_ROUTES: '1',
      BROWSER: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
