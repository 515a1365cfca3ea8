import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppPaths } from './app-paths';
import { FakeBrowserWindow, fakeElectron } from './testing/fake-electron';
import { createMainWindow, secureWebPreferences, windowBackground } from './window';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

const appRoot = path.resolve('/opt/gigline/resources/app.asar');
const { preloadFile } = resolveAppPaths({ appRoot, isPackaged: true, resourcesPath: '/opt/r', userData: '/u' });

function created(devTools: boolean) {
  const window = createMainWindow({ preloadFile, devTools }) as unknown as FakeBrowserWindow;
  return { window, prefs: window.options.webPreferences as Record<string, unknown> };
}

describe('main window (S1)', () => {
  it('spells out every security-relevant webPreference', () => {
    const { prefs } = created(false);
    expect(prefs).toEqual({
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads an absolute preload inside the app: out/preload/index.cjs', () => {
    const { prefs } = created(false);
    const preload = prefs.preload as string;
    expect(path.isAbsolute(preload)).toBe(true);
    expect(preload).toBe(path.join(appRoot, 'out', 'preload', 'index.cjs'));
    expect(path.relative(appRoot, preload).startsWith('..')).toBe(false);
  });

  it('offers DevTools only when asked (development builds)', () => {
    expect(created(true).prefs.devTools).toBe(true);
    expect(secureWebPreferences(preloadFile, false).devTools).toBe(false);
  });

  it('stays hidden until ready-to-show, with a title, a sane size and a theme background', () => {
    fakeElectron.nativeTheme.shouldUseDarkColors = true;
    const { window } = created(false);
    expect(window.options).toMatchObject({
      title: 'Gigline',
      show: false,
      minWidth: 900,
      minHeight: 600,
      backgroundColor: windowBackground(true),
    });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
    fakeElectron.nativeTheme.shouldUseDarkColors = false;
    expect(created(false).window.options.backgroundColor).toBe(windowBackground(false));
    expect(windowBackground(true)).not.toBe(windowBackground(false));
  });
});
