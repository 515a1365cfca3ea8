/**
 * Where Gigline keeps the user's data when not told otherwise. Mirrors Electron's
 * app.getPath('userData') for an app named "Gigline", so `npm run web` and the desktop app share a database.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Gigline';

/** Path rules of the target platform (not the host's), so the answer is right for any `platform` given. */
const pathOf = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

export function defaultAppDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  const p = pathOf(platform);
  if (platform === 'win32') return env.APPDATA ?? p.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && p.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : p.join(home, '.config');
}

export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  return pathOf(platform).join(defaultAppDataDir(platform, env, home), APP_DIR_NAME);
}
