#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure — typecheck, lint, unit tests
// (vitest, real SQLite), then the renderer build and the Playwright projects (web + electron).
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit tests', ['run', 'test:unit']],
  ['end-to-end tests', ['run', 'test:e2e']],
];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const [label, args] of steps) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
// Nothing is printed after the last runner: its summary is the last thing CI shows.
