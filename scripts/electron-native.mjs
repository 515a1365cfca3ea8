// Pure helpers for scripts/start.mjs: where the Electron binary and the Electron-ABI better-sqlite3
// live, whether they are usable, and how to build the binding without touching node_modules (tests keep
// the Node build there). No side effects on import; start.mjs does the spawning and copying.
import path from 'node:path';

/** Where the app (electron/main/native-binding.ts) loads the Electron-ABI binding from in development. */
export function electronNativeBindingPath(root, electronVersion, platform, arch) {
  return path.join(root, '.native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

/** The executable inside node_modules/electron/dist, as electron/install.js writes it to path.txt. */
export function electronPlatformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Whether the Electron binary is installed, decided without require('electron') (which would start a
 * download). `fs` needs existsSync and readFileSync(file, 'utf8').
 */
export function electronBinaryStatus({ electronDir, env = {}, fs }) {
  const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null);
  const pathTxt = read(path.join(electronDir, 'path.txt'));
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, pathTxt || 'electron');
    return fs.existsSync(binary)
      ? { installed: true, binary }
      : { installed: false, binary: null, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${binary}` };
  }
  if (!pathTxt) return { installed: false, binary: null, reason: 'node_modules/electron/path.txt is missing' };
  const binary = path.join(electronDir, 'dist', pathTxt);
  if (!fs.existsSync(binary)) return { installed: false, binary: null, reason: `${binary} is missing` };
  const wanted = read(path.join(electronDir, 'package.json'));
  const distVersion = read(path.join(electronDir, 'dist', 'version'));
  const version = wanted ? JSON.parse(wanted).version : null;
  if (version && distVersion && distVersion.replace(/^v/, '') !== version) {
    return { installed: false, binary: null, reason: `dist holds Electron ${distVersion}, package wants ${version}` };
  }
  return { installed: true, binary };
}

export function missingElectronMessage(reason) {
  return [
    'Gigline’s desktop app needs the Electron binary, which is downloaded from GitHub',
    '(github.com/electron/electron/releases) the first time you run "npm start".',
    `It is not available: ${reason}.`,
    'This machine may be offline, or unable to reach github.com.',
    '',
    'You can use Gigline in your browser right now, on the same data:',
    '  npm run web',
    '',
    'To try the desktop app again later: npm start',
  ].join('\n');
}

/** The native module registers itself as node_register_module_v<ABI>; a wrong-ABI build fails at load. */
export function hasModuleAbi(binary, abi) {
  return Buffer.from(binary).includes(Buffer.from(`node_register_module_v${abi}`));
}

/** What start.mjs copies out of node_modules/better-sqlite3 to build in a scratch folder. */
export const BETTER_SQLITE3_SOURCES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

// npm passes its config to scripts as npm_config_*; node-gyp and prebuild-install read these. A global
// `nodedir=/usr` (seen on Debian) silently compiles against Node's headers: a binding Electron cannot load.
const ABI_ENV =
  /^npm_config_(nodedir|target|target_arch|target_platform|arch|platform|runtime|disturl|dist_url|build_from_source)$/i;

export function buildEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !ABI_ENV.test(key)));
}

/** Environment for launching Electron: ELECTRON_RUN_AS_NODE would turn the app into a plain Node process. */
export function electronLaunchEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'ELECTRON_RUN_AS_NODE'));
}

export function prebuildInstallArgs({ electronVersion, platform, arch }) {
  return ['--runtime', 'electron', '--target', electronVersion, '--platform', platform, '--arch', arch];
}

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export function nodeGypArgs({ electronVersion, arch }) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
  ];
}

/**
 * node-gyp's entry script: the project's own copy, else the one npm ships with (beside npm-cli.js, or in
 * the global npm install next to node). Null when none exists; start.mjs then falls back to `npm exec`.
 */
export function nodeGypCandidates({ root, npmExecPath, execPath, platform }) {
  const script = path.join('node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const candidates = [path.join(root, script)];
  if (npmExecPath) candidates.push(path.join(path.dirname(npmExecPath), '..', script));
  const nodeDir = path.dirname(execPath);
  candidates.push(
    platform === 'win32'
      ? path.join(nodeDir, 'node_modules', 'npm', script)
      : path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', script),
  );
  return candidates;
}
