import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../core/paths';
import { resolveAppPaths, resolveUserDataDir } from './app-paths';

describe('app paths', () => {
  const appRoot = path.resolve('/work/gigline');
  const userData = path.resolve('/home/ada/.config/Gigline');

  it('reads migrations from the checkout in development and from resources when packaged', () => {
    const dev = resolveAppPaths({ appRoot, isPackaged: false, resourcesPath: '/ignored', userData });
    expect(dev.migrationsFolder).toBe(path.join(appRoot, 'drizzle', 'migrations'));
    const packaged = resolveAppPaths({
      appRoot: '/opt/Gigline/resources/app.asar',
      isPackaged: true,
      resourcesPath: '/opt/Gigline/resources',
      userData,
    });
    expect(packaged.migrationsFolder).toBe(path.join('/opt/Gigline/resources', 'drizzle', 'migrations'));
    expect(packaged.rendererDir).toBe(path.join('/opt/Gigline/resources/app.asar', 'out', 'renderer'));
  });

  it('finds the tray icon in build/ in development and beside the migrations when packaged', () => {
    const dev = resolveAppPaths({ appRoot: process.cwd(), isPackaged: false, resourcesPath: '/ignored', userData });
    expect(dev.trayIcon).toBe(path.join(process.cwd(), 'build', 'tray-icon.png'));
    expect(fs.existsSync(dev.trayIcon)).toBe(true);
    const packaged = resolveAppPaths({
      appRoot: '/opt/Gigline/resources/app.asar',
      isPackaged: true,
      resourcesPath: '/opt/Gigline/resources',
      userData,
    });
    expect(packaged.trayIcon).toBe(path.join('/opt/Gigline/resources', 'tray-icon.png'));
    // electron-builder copies it there: the packaged path and the packaging config must agree.
    const builder = fs.readFileSync(path.join(process.cwd(), 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/- from: build\/tray-icon\.png\n\s+to: tray-icon\.png/);
  });

  it('logs to userData/logs/main.log', () => {
    const paths = resolveAppPaths({ appRoot, isPackaged: false, resourcesPath: '', userData });
    expect(paths.logFile).toBe(path.join(userData, 'logs', 'main.log'));
  });

  it('pins userData to <appData>/Gigline, the folder `npm run web` uses', () => {
    const home = path.resolve('/home/ada');
    const env = {};
    const appData = path.join(home, '.config');
    expect(resolveUserDataDir(appData, undefined)).toBe(defaultDataDir('linux', env, home));
    expect(resolveUserDataDir(appData, '')).toBe(path.join(appData, 'Gigline'));
    expect(resolveUserDataDir(appData, '/tmp/e2e-data')).toBe(path.resolve('/tmp/e2e-data'));
  });
});
