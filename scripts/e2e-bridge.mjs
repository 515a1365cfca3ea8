#!/usr/bin/env node
// The Playwright web server: bundles the bridge (electron/bridge/cli.ts) with Vite, then runs the bundle.
// Under tsx every start loads ~250 TypeScript modules through its loader hooks (5-12 s on a busy 2-core
// machine, 2-5 s for the bundle), and the restart specs start the bridge again several times a run
// (e2e/support/bridge-process.ts runs the same bundle). It is rebuilt at every run, so it never runs stale
// code, into out/e2e-bridge-<port>/ (two levels below the root, where cli.ts looks for drizzle/ and
// package.json), one folder per port so runs of other helpers on other ports keep their own file.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.GIGLINE_PORT ?? '5199';
const outDir = path.join(root, 'out', `e2e-bridge-${port}`);

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    // Node dependencies stay external (better-sqlite3 loads its native module from node_modules).
    ssr: path.join(root, 'electron/bridge/cli.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'cli.js' } },
  },
});
await import(pathToFileURL(path.join(outDir, 'cli.js')).href);
