/**
 * "Launch at login" (setting app.launchAtLogin). macOS and Windows go through app.setLoginItemSettings;
 * Windows passes --hidden so Gigline starts in the tray, macOS reports wasOpenedAtLogin instead (Electron
 * dropped openAsHidden with macOS 13). Linux has no Electron API for it, so an XDG autostart entry is
 * written. Development builds leave the system alone: the login item would start a bare Electron.
 */
import type { App } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppEvent } from '../contract';
import { serializeError, type Logger } from '../core/log';

export const HIDDEN_FLAG = '--hidden';
const AUTOSTART_FILE = 'gigline.desktop';

export function launchAtLoginAvailable(platform: NodeJS.Platform, isPackaged: boolean): boolean {
  return isPackaged && (platform === 'darwin' || platform === 'win32' || platform === 'linux');
}

/** Started by the login item (or asked to start hidden): stay in the tray, show no window. */
export function startedHidden(argv: readonly string[], openedAtLogin: boolean): boolean {
  return argv.includes(HIDDEN_FLAG) || openedAtLogin;
}

/**
 * One argument of a desktop entry's Exec key as written in the file: '%' doubled (field codes), quoted
 * with `"`, `` ` ``, `$` and `\` escaped when needed, then backslashes doubled by the string-value rule.
 */
export function quoteExecArgument(argument: string): string {
  const plain = argument.replace(/%/g, '%%');
  if (/^[A-Za-z0-9_\-./=:@+,%]+$/.test(plain)) return plain;
  return `"${plain.replace(/(["`$\\])/g, '\\$1')}"`.replace(/\\/g, '\\\\');
}

export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Gigline',
    'Comment=Keeps your Gigline reminders running',
    `Exec=${quoteExecArgument(executable)} ${HIDDEN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'autostart');
}

export interface LoginItemOptions {
  app: Pick<App, 'setLoginItemSettings'>;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** The file the login item starts: the AppImage when running from one, else the executable. */
  executable: string;
  autostartDir: string;
  log: Logger;
}

export function applyLaunchAtLogin(openAtLogin: boolean, options: LoginItemOptions): void {
  if (!launchAtLoginAvailable(options.platform, options.isPackaged)) return;
  try {
    if (options.platform === 'linux') {
      const file = path.join(options.autostartDir, AUTOSTART_FILE);
      if (openAtLogin) {
        fs.mkdirSync(options.autostartDir, { recursive: true });
        fs.writeFileSync(file, autostartEntry(options.executable));
      } else {
        fs.rmSync(file, { force: true });
      }
      return;
    }
    options.app.setLoginItemSettings({ openAtLogin, args: [HIDDEN_FLAG] });
  } catch (error) {
    options.log.warn('could not change the launch-at-login item', { openAtLogin, ...serializeError(error) });
  }
}

export interface LoginItemSyncOptions extends LoginItemOptions {
  /** The setting's current value; null when the data cannot be read. */
  read(): boolean | null;
  subscribe(listener: (event: AppEvent) => void): () => void;
}

/** Applies the setting now and again whenever the settings change to a different value. */
export function syncLaunchAtLogin(options: LoginItemSyncOptions): () => void {
  let applied: boolean | null = null;
  const apply = () => {
    const wanted = options.read();
    if (wanted === null || wanted === applied) return;
    applyLaunchAtLogin(wanted, options);
    applied = wanted;
  };
  apply();
  return options.subscribe((event) => {
    if (event.name === 'data.changed' && event.payload.entities.includes('settings')) apply();
  });
}
