/**
 * Test helper: a core on a fresh temp data directory with the real migrations and a frozen clock the
 * test moves explicitly. `cleanup()` closes the database and removes the directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../contract';
import { startCore, type Core, type CoreOptions } from '../app-core';
import { createAdjustableClock, type AdjustableClock } from '../context';
import { createMemoryLogger, type MemoryLogger } from './memory-log';

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'drizzle',
  'migrations',
);

/** 2026-01-15T09:00:00Z — a fixed, unremarkable instant every test starts at. */
export const TEST_START = Date.UTC(2026, 0, 15, 9, 0, 0);

export function makeTempDir(prefix = 'gigline-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempCore {
  core: Core;
  /** The temp directory; the data directory is `dataDir` inside it. */
  dir: string;
  dataDir: string;
  databasePath: string;
  clock: AdjustableClock;
  log: MemoryLogger;
  options: CoreOptions;
  /** Calls a procedure and returns its data; throws with the error code and message when it fails. */
  call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  /** Moves the frozen clock forward. */
  advance(ms: number): void;
  /** Closes and starts the core again on the same data directory. */
  reopen(overrides?: Partial<CoreOptions>): Promise<void>;
  cleanup(): void;
}

export async function startTempCore(overrides: Partial<CoreOptions> = {}): Promise<TempCore> {
  const dir = makeTempDir();
  const clock = createAdjustableClock(TEST_START, 'UTC');
  clock.set(TEST_START, { freeze: true });
  const log = createMemoryLogger();
  const options: CoreOptions = {
    dataDir: path.join(dir, 'data'),
    migrationsFolder: MIGRATIONS_FOLDER,
    log,
    version: '0.0.0-test',
    clock,
    ...overrides,
  };
  let core: Core;
  try {
    core = await startCore(options);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const temp: TempCore = {
    core,
    dir,
    dataDir: options.dataDir,
    databasePath: core.context.info.databasePath,
    clock,
    log,
    options,
    async call(name, input) {
      const result = await temp.core.dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.data as never;
    },
    advance(ms) {
      clock.set(clock.now() + ms, { freeze: true });
    },
    async reopen(more = {}) {
      temp.core.close();
      temp.options = { ...temp.options, ...more };
      temp.core = await startCore(temp.options);
    },
    cleanup() {
      temp.core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return temp;
}
