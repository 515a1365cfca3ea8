/**
 * better-sqlite3 is a native module: the copy in node_modules is built for Node (tests and the web bridge
 * need it), while Electron needs one built for its own ABI. `npm start` (scripts/start.mjs) puts an
 * Electron-ABI copy in .native/ and the app loads it through better-sqlite3's `nativeBinding` option.
 * Packaged builds are rebuilt in place by electron-builder (npmRebuild), so they need no override.
 * Keep the folder name in step with scripts/electron-native.mjs (a test checks both agree).
 */
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_DIR_NAME = '.native';
export const BINDING_FILE_NAME = 'better_sqlite3.node';

export function electronBindingPath(appRoot: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(appRoot, NATIVE_DIR_NAME, `electron-${electronVersion}-${platform}-${arch}`, BINDING_FILE_NAME);
}

export interface NativeBindingInput {
  appRoot: string;
  isPackaged: boolean;
  electronVersion: string | undefined;
  platform?: string;
  arch?: string;
  exists?: (file: string) => boolean;
}

/** The Electron-ABI binding to load in development, or undefined to let better-sqlite3 find its own. */
export function resolveNativeBinding(input: NativeBindingInput): string | undefined {
  if (input.isPackaged || !input.electronVersion) return undefined;
  const file = electronBindingPath(
    input.appRoot,
    input.electronVersion,
    input.platform ?? process.platform,
    input.arch ?? process.arch,
  );
  return (input.exists ?? fs.existsSync)(file) ? file : undefined;
}
