import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// The .mjs helper of scripts/start.mjs must build the binding exactly where the app looks for it.
import { electronNativeBindingPath } from '../../scripts/electron-native.mjs';
import { electronBindingPath, resolveNativeBinding } from './native-binding';

describe('native binding for Electron', () => {
  const root = path.resolve('/project');

  it('is looked up in .native/electron-<version>-<platform>-<arch>', () => {
    expect(electronBindingPath(root, '45.5.0', 'linux', 'x64')).toBe(
      path.join(root, '.native', 'electron-45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('is the same path scripts/start.mjs builds into', () => {
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['darwin', 'arm64'],
      ['win32', 'x64'],
    ] as const) {
      expect(electronNativeBindingPath(root, '45.5.0', platform, arch)).toBe(
        electronBindingPath(root, '45.5.0', platform, arch),
      );
    }
  });

  it('is used in development when the file exists', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-native-'));
    const file = electronBindingPath(dir, '45.5.0', process.platform, process.arch);
    const input = { appRoot: dir, isPackaged: false, electronVersion: '45.5.0' };
    expect(resolveNativeBinding(input)).toBeUndefined();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'binary');
    expect(resolveNativeBinding(input)).toBe(file);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is never overridden in packaged builds (electron-builder rebuilds in place) or outside Electron', () => {
    const exists = () => true;
    expect(
      resolveNativeBinding({ appRoot: root, isPackaged: true, electronVersion: '45.5.0', exists }),
    ).toBeUndefined();
    expect(
      resolveNativeBinding({ appRoot: root, isPackaged: false, electronVersion: undefined, exists }),
    ).toBeUndefined();
  });
});
