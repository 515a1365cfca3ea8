// Types for electron-native.mjs, so TypeScript tests and the app can use it checked.
export function electronNativeBindingPath(
  root: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string;
export function electronPlatformPath(platform: string): string;

export interface FsLike {
  existsSync(file: string): boolean;
  readFileSync(file: string, encoding: 'utf8'): string;
}
export type ElectronBinaryStatus =
  { installed: true; binary: string } | { installed: false; binary: null; reason: string };
export function electronBinaryStatus(input: {
  electronDir: string;
  env?: Record<string, string | undefined>;
  fs: FsLike;
}): ElectronBinaryStatus;
export function missingElectronMessage(reason: string): string;
export function hasModuleAbi(binary: Uint8Array, abi: string | number): boolean;
export const BETTER_SQLITE3_SOURCES: readonly string[];
export function buildEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
export function electronLaunchEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
export function prebuildInstallArgs(input: { electronVersion: string; platform: string; arch: string }): string[];
export const ELECTRON_HEADERS_URL: string;
export function nodeGypArgs(input: { electronVersion: string; arch: string }): string[];
export function nodeGypCandidates(input: {
  root: string;
  npmExecPath: string | undefined;
  execPath: string;
  platform: string;
}): string[];
