/**
 * Where the shell finds its own files and the user's data. Everything the app ships is resolved from
 * app.getAppPath() (the project folder in dev, resources/app.asar when packaged); migrations live outside
 * the asar in packaged builds because drizzle's migrator reads them with plain fs, and so does the tray
 * icon (build/ is electron-builder's resource folder, not part of the app; see electron-builder.yml).
 */
import path from 'node:path';
import { APP_DIR_NAME } from '../core/paths';

export interface AppPathsInput {
  appRoot: string;
  isPackaged: boolean;
  resourcesPath: string;
  userData: string;
}

export interface AppPaths {
  rendererDir: string;
  preloadFile: string;
  migrationsFolder: string;
  trayIcon: string;
  logDir: string;
  logFile: string;
}

export function resolveAppPaths(input: AppPathsInput): AppPaths {
  const logDir = path.join(input.userData, 'logs');
  return {
    rendererDir: path.join(input.appRoot, 'out', 'renderer'),
    preloadFile: path.join(input.appRoot, 'out', 'preload', 'index.cjs'),
    migrationsFolder: input.isPackaged
      ? path.join(input.resourcesPath, 'drizzle', 'migrations')
      : path.join(input.appRoot, 'drizzle', 'migrations'),
    trayIcon: input.isPackaged
      ? path.join(input.resourcesPath, 'tray-icon.png')
      : path.join(input.appRoot, 'build', 'tray-icon.png'),
    logDir,
    logFile: path.join(logDir, 'main.log'),
  };
}

/**
 * The userData folder: `<appData>/Gigline` (the same folder core/paths.ts gives `npm run web`), or the
 * folder named by GIGLINE_USER_DATA_DIR, which the Electron e2e test uses to run on a throwaway database.
 */
export function resolveUserDataDir(appData: string, override: string | undefined): string {
  return override ? path.resolve(override) : path.join(appData, APP_DIR_NAME);
}
