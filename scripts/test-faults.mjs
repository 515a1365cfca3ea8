#!/usr/bin/env node
// `npm run test:faults`: the crash tests at full strength — 100 seeded kill -9 trials during a write burst
// (reliability.md R1) and 25 during a migration (R4). `npm test` runs the same file with 10 and 5.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'electron/core/db/crash.test.ts'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, GIGLINE_FAULT_TRIALS: process.env.GIGLINE_FAULT_TRIALS ?? '100' },
});
process.exit(result.status ?? 1);
