#!/usr/bin/env node
// `npm start`: runs the desktop app from this checkout.
//  1. makes sure the Electron binary is installed (downloads it once through electron/install.js);
//  2. makes sure .native/ holds a better-sqlite3 built for Electron's ABI (prebuilt download, else a
//     compile against Electron's headers) — node_modules/better-sqlite3 keeps its Node build for tests;
//  3. builds the bundles (electron-vite build) and launches Electron, forwarding its exit code.
// Arguments after `npm start --` are passed to Electron.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BETTER_SQLITE3_SOURCES,
  buildEnv,
  electronBinaryStatus,
  electronLaunchEnv,
  electronNativeBindingPath,
  hasModuleAbi,
  missingElectronMessage,
  nodeGypArgs,
  nodeGypCandidates,
  prebuildInstallArgs,
} from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const electronDir = path.dirname(requireFromRoot.resolve('electron/package.json'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const sqliteDir = path.dirname(requireFromRoot.resolve('better-sqlite3/package.json'));

class StartError extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

function ensureElectronBinary() {
  let status = electronBinaryStatus({ electronDir, env: process.env, fs });
  if (status.installed) return status.binary;
  console.log(`Downloading Electron ${electronVersion} (one time)…`);
  run(process.execPath, [path.join(electronDir, 'install.js')]);
  status = electronBinaryStatus({ electronDir, env: process.env, fs });
  if (!status.installed) throw new StartError(missingElectronMessage(status.reason));
  return status.binary;
}

function readAbi() {
  const file = path.join(electronDir, 'abi_version');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null;
}

function isUsable(file, abi) {
  return fs.existsSync(file) && (abi === null || hasModuleAbi(fs.readFileSync(file), abi));
}

function nodeGypCommand() {
  const candidates = nodeGypCandidates({
    root,
    npmExecPath: process.env.npm_execpath,
    execPath: process.execPath,
    platform: process.platform,
  });
  const script = candidates.find((candidate) => fs.existsSync(candidate));
  if (script) return [process.execPath, [script]];
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return [npm, ['exec', '--yes', '--', 'node-gyp']];
}

function buildBinding(work, abi) {
  const env = buildEnv(process.env);
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  const target = { electronVersion, platform: process.platform, arch: process.arch };
  const prebuild = createRequire(path.join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
  console.log(`Fetching better-sqlite3 prebuilt for Electron ${electronVersion}…`);
  if (run(process.execPath, [prebuild, ...prebuildInstallArgs(target)], { cwd: work, env }) && isUsable(built, abi)) {
    return built;
  }
  console.log(`No usable prebuilt; compiling better-sqlite3 against Electron ${electronVersion}'s headers…`);
  const [command, prefix] = nodeGypCommand();
  if (!run(command, [...prefix, ...nodeGypArgs(target)], { cwd: work, env, shell: process.platform === 'win32' })) {
    throw new StartError(
      'Could not build better-sqlite3 for Electron (see the messages above). It needs a network connection ' +
        'to fetch Electron headers, and a C++ toolchain. Meanwhile, "npm run web" runs Gigline in your browser.',
    );
  }
  if (!isUsable(built, abi)) {
    throw new StartError(
      `better-sqlite3 was compiled, but not for Electron's ABI ${abi} (is a global npm "nodedir" set?). ` +
        'Nothing was installed.',
    );
  }
  return built;
}

function ensureNativeBinding() {
  const abi = readAbi();
  const target = electronNativeBindingPath(root, electronVersion, process.platform, process.arch);
  if (isUsable(target, abi)) return;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-better-sqlite3-'));
  try {
    for (const entry of BETTER_SQLITE3_SOURCES) {
      fs.cpSync(path.join(sqliteDir, entry), path.join(work, entry), { recursive: true });
    }
    const built = buildBinding(work, abi);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    console.log(`Electron's better-sqlite3 is ready: ${path.relative(root, target)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function buildBundles() {
  const bin = path.join(path.dirname(requireFromRoot.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  if (!run(process.execPath, [bin, 'build'])) throw new StartError('Building Gigline failed; see the messages above.');
}

function launch(binary) {
  const child = spawn(binary, [root, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: electronLaunchEnv(process.env),
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not launch Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  const binary = ensureElectronBinary();
  ensureNativeBinding();
  buildBundles();
  launch(binary);
} catch (error) {
  console.error(`\n${error instanceof StartError ? error.message : (error?.stack ?? String(error))}`);
  process.exit(1);
}
