#!/usr/bin/env node
// `npm test`: every check, stopping at the first failure — typecheck and lint side by side (each is
// single-threaded; together they use both cores of a small CI machine), then unit tests (vitest, real
// SQLite), then the renderer build and the Playwright projects (web + electron).
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const shell = process.platform === 'win32';

/** Runs `npm run <script>`; output is streamed, or buffered and printed whole when `buffered`. */
function run(script, { buffered = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell });
    let output = '';
    if (buffered) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code, signal) => resolve({ script, code, signal, output }));
  });
}

function failed(label, result) {
  console.error(`\n${label} failed (exit ${result.code ?? result.signal}).`);
  process.exit(result.code ?? 1);
}

const started = Date.now();
const checks = [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
];
const results = await Promise.all(checks.map(([, script]) => run(script, { buffered: true })));
for (const [index, [label]] of checks.entries()) {
  console.log(`\n=== ${label} ===`);
  process.stdout.write(results[index].output);
}
for (const [index, [label]] of checks.entries()) if (results[index].code !== 0) failed(label, results[index]);
console.log(`(typecheck and lint took ${Math.round((Date.now() - started) / 1000)} s)`);

for (const [label, script] of [
  ['unit tests', 'test:unit'],
  ['end-to-end tests', 'test:e2e'],
]) {
  console.log(`\n=== ${label} ===`);
  const result = await run(script);
  if (result.code !== 0) failed(label, result);
}
// Nothing is printed after the last runner: its summary is the last thing CI shows.
