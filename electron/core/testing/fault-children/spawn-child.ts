/**
 * Runs a fault child (write-burst.ts, migrate.ts) as a real process the test can SIGKILL. The child is
 * bundled once per test process with the esbuild that tsx ships (tsx's own on-the-fly compilation costs
 * about a second per start, which a hundred crash trials would pay a hundred times); the bundle lives in
 * node_modules/.cache so its imports of better-sqlite3 and drizzle-orm resolve as the app's do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ChildName = 'write-burst' | 'migrate';

interface Esbuild {
  buildSync(options: Record<string, unknown>): unknown;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..', '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'gigline-faults');
const built = new Map<ChildName, string>();

function esbuild(): Esbuild {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return fromTsx('esbuild') as Esbuild;
}

export function childEntry(name: ChildName): string {
  const existing = built.get(name);
  if (existing) return existing;
  fs.mkdirSync(cacheDir, { recursive: true });
  const outfile = path.join(cacheDir, `${name}-${process.pid}.mjs`);
  esbuild().buildSync({
    entryPoints: [path.join(here, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
    logLevel: 'warning',
  });
  built.set(name, outfile);
  return outfile;
}

export function removeBuiltChildren(): void {
  for (const file of built.values()) fs.rmSync(file, { force: true });
  built.clear();
}

export interface RunningChild {
  process: ChildProcess;
  /** Lines the child wrote to stdout so far (complete lines only). */
  lines: string[];
  /** Resolves when the child has printed `line`. */
  printed(line: string): Promise<void>;
  /** Resolves once the process has exited and its output is fully read. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function startChild(name: ChildName, args: string[]): RunningChild {
  const child = spawn(process.execPath, [childEntry(name), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting = new Map<string, () => void>();
  let partial = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      waiting.get(line)?.();
      waiting.delete(line);
    }
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const resolveWaiting of waiting.values()) resolveWaiting();
      resolve({ code, signal, stderr });
    });
  });
  return {
    process: child,
    lines,
    printed: (line) =>
      lines.includes(line) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(line, resolve)),
    closed,
  };
}
