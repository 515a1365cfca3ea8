/**
 * The main window. Every security-relevant webPreference is spelled out (not left to defaults that
 * differ between Electron versions), and the window stays hidden until the first paint is ready.
 */
import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';

export const WINDOW_TITLE = 'Gigline';
const DARK_BACKGROUND = '#14171c';
const LIGHT_BACKGROUND = '#ffffff';

export function secureWebPreferences(preloadFile: string, devTools: boolean): WebPreferences {
  return {
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
    devTools,
  };
}

export function windowBackground(dark: boolean): string {
  return dark ? DARK_BACKGROUND : LIGHT_BACKGROUND;
}

export interface MainWindowOptions {
  preloadFile: string;
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: secureWebPreferences(options.preloadFile, options.devTools),
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
