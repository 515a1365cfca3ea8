import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BETTER_SQLITE3_SOURCES,
  buildEnv,
  electronBinaryStatus,
  electronLaunchEnv,
  electronNativeBindingPath,
  electronPlatformPath,
  hasModuleAbi,
  missingElectronMessage,
  nodeGypArgs,
  nodeGypCandidates,
  prebuildInstallArgs,
} from './electron-native.mjs';

const require = createRequire(import.meta.url);
const temps: string[] = [];

function fakeElectronPackage(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-electron-pkg-'));
  temps.push(dir);
  for (const [name, content] of Object.entries({ 'package.json': '{"version":"45.5.0"}', ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Electron binary detection (no require("electron"))', () => {
  it('reports the binary missing when path.txt is absent', () => {
    const status = electronBinaryStatus({ electronDir: fakeElectronPackage({}), fs });
    expect(status).toEqual({ installed: false, binary: null, reason: 'node_modules/electron/path.txt is missing' });
  });

  it('reports it missing when path.txt names a file that is not in dist', () => {
    const status = electronBinaryStatus({ electronDir: fakeElectronPackage({ 'path.txt': 'electron' }), fs });
    expect(status.installed).toBe(false);
  });

  it('finds an installed binary of the right version', () => {
    const dir = fakeElectronPackage({ 'path.txt': 'electron', 'dist/electron': '#!', 'dist/version': 'v45.5.0' });
    expect(electronBinaryStatus({ electronDir: dir, fs })).toEqual({
      installed: true,
      binary: path.join(dir, 'dist', 'electron'),
    });
  });

  it('treats a dist of another version as missing (install.js would replace it)', () => {
    const dir = fakeElectronPackage({ 'path.txt': 'electron', 'dist/electron': '#!', 'dist/version': '44.0.0' });
    expect(electronBinaryStatus({ electronDir: dir, fs })).toMatchObject({ installed: false });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', () => {
    const dist = fakeElectronPackage({ electron: '#!' });
    const electronDir = fakeElectronPackage({});
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(electronBinaryStatus({ electronDir, env, fs })).toEqual({
      installed: true,
      binary: path.join(dist, 'electron'),
    });
    expect(electronBinaryStatus({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/nope' }, fs }).installed).toBe(
      false,
    );
  });

  it('sees the real node_modules/electron of this checkout consistently with its files', () => {
    const electronDir = path.dirname(require.resolve('electron/package.json'));
    const hasBinary = fs.existsSync(path.join(electronDir, 'path.txt'));
    expect(electronBinaryStatus({ electronDir, fs }).installed).toBe(
      hasBinary &&
        fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8'))),
    );
  });

  it('names the executable install.js writes to path.txt', () => {
    expect(electronPlatformPath('linux')).toBe('electron');
    expect(electronPlatformPath('win32')).toBe('electron.exe');
    expect(electronPlatformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });

  it('explains the missing binary and offers npm run web', () => {
    const message = missingElectronMessage('node_modules/electron/path.txt is missing');
    expect(message).toMatch(/GitHub/);
    expect(message).toContain('npm run web');
    expect(message).toContain('path.txt is missing');
  });
});

describe('Electron-ABI better-sqlite3', () => {
  it('lives in .native/electron-<version>-<platform>-<arch>', () => {
    expect(electronNativeBindingPath('/p', '45.5.0', 'linux', 'x64')).toBe(
      path.join('/p', '.native', 'electron-45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('recognises the ABI a binding was built for (the Node build in node_modules is not Electron’s)', () => {
    const dir = path.dirname(require.resolve('better-sqlite3/package.json'));
    const nodeBuild = fs.readFileSync(path.join(dir, 'build', 'Release', 'better_sqlite3.node'));
    expect(hasModuleAbi(nodeBuild, process.versions.modules)).toBe(true);
    const electronAbi = fs
      .readFileSync(path.join(path.dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8')
      .trim();
    expect(electronAbi).not.toBe(process.versions.modules);
    expect(hasModuleAbi(nodeBuild, electronAbi)).toBe(false);
  });

  it('copies only sources that exist, and never the Node build folder', () => {
    const dir = path.dirname(require.resolve('better-sqlite3/package.json'));
    for (const entry of BETTER_SQLITE3_SOURCES) expect(fs.existsSync(path.join(dir, entry)), entry).toBe(true);
    expect(BETTER_SQLITE3_SOURCES).not.toContain('build');
  });

  it('drops npm config that would compile against Node headers, keeps proxies and PATH', () => {
    const env = buildEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_https_proxy: 'http://proxy:8080',
      npm_config_cache: '/root/.npm',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      npm_config_https_proxy: 'http://proxy:8080',
      npm_config_cache: '/root/.npm',
    });
  });

  it('asks prebuild-install and node-gyp for Electron explicitly', () => {
    const target = { electronVersion: '45.5.0', platform: 'linux', arch: 'x64' };
    expect(prebuildInstallArgs(target)).toEqual([
      '--runtime',
      'electron',
      '--target',
      '45.5.0',
      '--platform',
      'linux',
      '--arch',
      'x64',
    ]);
    expect(nodeGypArgs(target)).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=45.5.0',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
    ]);
  });

  it('looks for node-gyp in the project first, then beside npm', () => {
    const candidates = nodeGypCandidates({
      root: '/p',
      npmExecPath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
      execPath: '/usr/bin/node',
      platform: 'linux',
    });
    expect(candidates[0]).toBe(path.join('/p', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
    expect(candidates).toContain(path.join('/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'));
  });

  it('launches Electron without ELECTRON_RUN_AS_NODE', () => {
    expect(electronLaunchEnv({ ELECTRON_RUN_AS_NODE: '1', HOME: '/h' })).toEqual({ HOME: '/h' });
  });
});
