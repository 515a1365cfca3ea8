/**
 * Where Gigline keeps the user's data when not told otherwise. Mirrors Electron's
 * app.getPath('userData') for an app named "Gigline", so `npm run web` and the desktop app share a database.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Gigline';

export function defaultAppDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
}

export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  return path.join(defaultAppDataDir(platform, env, home), APP_DIR_NAME);
}
