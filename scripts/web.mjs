#!/usr/bin/env node
// `npm run web`: builds the renderer (and the app bundles, in about two seconds), then serves Gigline
// to a browser over the loopback bridge. See electron/bridge/cli.ts for the environment variables.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const build = spawnSync(npx, ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('Building Gigline failed; see the messages above.');
  process.exit(build.status ?? 1);
}
const bridge = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'electron/bridge/cli.ts')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(bridge.status ?? 0);
