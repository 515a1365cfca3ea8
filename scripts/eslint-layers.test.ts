/**
 * Proves the layer rules in eslint.config.js fire: each snippet is linted as if it lived in a layer's
 * folder, with only no-restricted-imports switched on (type information is not needed for it, and
 * building the whole program would make this test slow).
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: path.join(root, 'eslint.config.js'),
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
});

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect(result?.messages.filter((m) => m.ruleId !== 'no-restricted-imports')).toEqual([]);
  return (result?.messages ?? []).map((m) => m.message);
}

const forbidden: [string, string][] = [
  ['electron/contract/x.ts', "import { AppError } from '../core/errors';"],
  ['electron/contract/x.ts', "import fs from 'node:fs';"],
  ['electron/contract/x.ts', "import { useState } from 'react';"],
  ['electron/contract/x.ts', "export * from '../core/log';"],
  ['electron/core/x.ts', "import { app } from 'electron';"],
  ['electron/core/x.ts', "import type { BrowserWindow } from 'electron';"],
  ['electron/core/x.ts', "import { app } from 'electron/main';"],
  ['electron/core/x.ts', "import { createWindow } from '../main/window';"],
  ['electron/core/x.ts', "import '../preload/index';"],
  ['electron/core/x.ts', "import { createBridgeServer } from '../bridge/server';"],
  ['electron/core/db/x.ts', "import { createBridgeServer } from '../../bridge/server';"],
  ['electron/core/x.ts', "import { App } from '../../renderer/src/app/app';"],
  ['electron/bridge/x.ts', "import { shell } from 'electron';"],
  ['renderer/src/x.tsx', "import { ipcRenderer } from 'electron';"],
  ['renderer/src/x.tsx', "import fs from 'node:fs';"],
  ['renderer/src/x.tsx', "import path from 'path';"],
  ['renderer/src/x.tsx', "import { readFile } from 'fs/promises';"],
  ['renderer/src/x.tsx', "import Database from 'better-sqlite3';"],
  ['renderer/src/x.tsx', "import { sql } from 'drizzle-orm';"],
  ['renderer/src/features/x/y.tsx', "import { eq } from 'drizzle-orm/sqlite-core';"],
  ['renderer/src/x.tsx', "import { startCore } from '../../electron/core/app-core';"],
  ['renderer/src/features/x/y.tsx', "import type { Core } from '../../../../electron/core/app-core';"],
  ['renderer/src/x.tsx', "import '../../electron/main/index';"],
  ['renderer/src/x.tsx', "import '../../electron/bridge/server';"],
  ['renderer/src/x.tsx', "import '../../electron/preload/index';"],
  ['electron/main/window.ts', "import { ipcMain } from 'electron';"],
  ['electron/main/window.ts', "import { app, ipcMain } from 'electron/main';"],
  ['electron/preload/index.ts', "import { ipcMain } from 'electron';"],
  ['scripts/x.ts', "import { ipcMain } from 'electron';"],
];

const allowed: [string, string][] = [
  ['electron/contract/x.ts', "import { z } from 'zod';"],
  ['electron/contract/x.ts', "import { id } from './fields';"],
  ['electron/core/x.ts', "import Database from 'better-sqlite3';"],
  ['electron/core/db/x.ts', "import { procedures } from '../../contract';"],
  ['electron/core/x.ts', "import { schema } from '../../drizzle/schema';"],
  ['electron/bridge/x.ts', "import { startCore } from '../core/app-core';"],
  ['electron/main/window.ts', "import { BrowserWindow } from 'electron';"],
  ['electron/main/ipc/x.ts', "import { ipcMain } from 'electron';"],
  ['electron/preload/index.ts', "import { contextBridge, ipcRenderer } from 'electron';"],
  ['renderer/src/x.tsx', "import { procedures } from '../../electron/contract';"],
  ['renderer/src/x.tsx', "import { useState } from 'react';"],
  ['renderer/src/x.tsx', "import { api } from './api/client';"],
];

describe('layer rules (ARCHITECTURE.md rule 5)', () => {
  it.each(forbidden)('%s: %s is an error', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each(allowed)('%s: %s is fine', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
