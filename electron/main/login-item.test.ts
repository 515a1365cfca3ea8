import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/log';
import { startTempCore, type TempCore } from '../core/testing/temp-core';
import { readAppSettingsNow } from './core-calls';
import {
  applyLaunchAtLogin,
  autostartDir,
  autostartEntry,
  launchAtLoginAvailable,
  quoteExecArgument,
  startedHidden,
  syncLaunchAtLogin,
  type LoginItemOptions,
} from './login-item';

let dir: string;
const setLoginItemSettings = vi.fn();
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-autostart-'));
  setLoginItemSettings.mockClear();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function options(platform: NodeJS.Platform, isPackaged = true): LoginItemOptions {
  return {
    app: { setLoginItemSettings },
    platform,
    isPackaged,
    executable: '/opt/My Apps/Gigline/gigline',
    autostartDir: dir,
    log: silentLogger,
  };
}

const entryFile = () => path.join(dir, 'gigline.desktop');

describe('launch at login', () => {
  it('macOS and Windows: a login item that starts Gigline hidden', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      applyLaunchAtLogin(true, options(platform));
      applyLaunchAtLogin(false, options(platform));
    }
    expect(setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true, args: ['--hidden'] }],
      [{ openAtLogin: false, args: ['--hidden'] }],
      [{ openAtLogin: true, args: ['--hidden'] }],
      [{ openAtLogin: false, args: ['--hidden'] }],
    ]);
  });

  it('Linux: an XDG autostart entry is written and removed (Electron has no login items there)', () => {
    applyLaunchAtLogin(true, options('linux'));
    const entry = fs.readFileSync(entryFile(), 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/opt/My Apps/Gigline/gigline" --hidden');
    expect(setLoginItemSettings).not.toHaveBeenCalled();
    applyLaunchAtLogin(false, options('linux'));
    expect(fs.existsSync(entryFile())).toBe(false);
    applyLaunchAtLogin(false, options('linux'));
  });

  it('development builds leave the system alone', () => {
    applyLaunchAtLogin(true, options('win32', false));
    applyLaunchAtLogin(true, options('linux', false));
    expect(setLoginItemSettings).not.toHaveBeenCalled();
    expect(fs.existsSync(entryFile())).toBe(false);
    expect(launchAtLoginAvailable('darwin', false)).toBe(false);
    expect(launchAtLoginAvailable('darwin', true)).toBe(true);
    expect(launchAtLoginAvailable('freebsd', true)).toBe(false);
  });

  it('a failing login item is logged, not thrown', () => {
    const warn = vi.fn();
    setLoginItemSettings.mockImplementationOnce(() => {
      throw new Error('denied');
    });
    expect(() => applyLaunchAtLogin(true, { ...options('win32'), log: { ...silentLogger, warn } })).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('quotes Exec arguments as the desktop entry spec asks', () => {
    expect(quoteExecArgument('/usr/bin/gigline')).toBe('/usr/bin/gigline');
    expect(quoteExecArgument('/home/a b/Gigline.AppImage')).toBe('"/home/a b/Gigline.AppImage"');
    // Quote-level escapes first (\$ \" \` \\), then every backslash doubled for the string value.
    expect(quoteExecArgument('/x/$HOME/"q"/`c`\\')).toBe('"/x/\\\\$HOME/\\\\"q\\\\"/\\\\`c\\\\`\\\\\\\\"');
    expect(quoteExecArgument('/opt/100%/gigline')).toBe('/opt/100%%/gigline');
    expect(autostartEntry('/usr/bin/gigline')).toMatch(/^Exec=\/usr\/bin\/gigline --hidden$/m);
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe(path.join('/cfg', 'autostart'));
    expect(autostartDir({}, '/home/a')).toBe(path.join('/home/a', '.config', 'autostart'));
  });

  it('starts hidden with --hidden or when macOS opened it at login', () => {
    expect(startedHidden(['/opt/gigline', '--hidden'], false)).toBe(true);
    expect(startedHidden(['/opt/gigline'], true)).toBe(true);
    expect(startedHidden(['/opt/gigline'], false)).toBe(false);
  });
});

describe('launch at login follows the setting', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await startTempCore();
  });
  afterEach(() => t.cleanup());

  it('applies the stored setting at start and again after settings.update changes it', async () => {
    await t.call('settings.update', { app: { launchAtLogin: true } });
    const stop = syncLaunchAtLogin({
      ...options('darwin'),
      read: () => readAppSettingsNow(t.core)?.launchAtLogin ?? null,
      subscribe: t.core.events.subscribe,
    });
    expect(setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true, args: ['--hidden'] }]]);

    await t.call('settings.update', { app: { launchAtLogin: false } });
    expect(setLoginItemSettings.mock.calls.at(-1)).toEqual([{ openAtLogin: false, args: ['--hidden'] }]);
    // Other settings changing leave the login item alone.
    await t.call('settings.update', { app: { keepRunningInTray: false } });
    await t.call('settings.update', { reminders: { allDayTime: '08:00' } });
    expect(setLoginItemSettings).toHaveBeenCalledTimes(2);

    stop();
    await t.call('settings.update', { app: { launchAtLogin: true } });
    expect(setLoginItemSettings).toHaveBeenCalledTimes(2);
  });

  it('the default (off) is applied at start, removing a stale login item', () => {
    const stop = syncLaunchAtLogin({
      ...options('win32'),
      read: () => readAppSettingsNow(t.core)?.launchAtLogin ?? null,
      subscribe: t.core.events.subscribe,
    });
    expect(setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: false, args: ['--hidden'] }]]);
    stop();
  });
});
