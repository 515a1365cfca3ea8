import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './paths';

describe('defaultDataDir (Electron userData for "Gigline")', () => {
  it.each([
    ['linux', {}, '/home/ann', '/home/ann/.config/Gigline'],
    ['linux', { XDG_CONFIG_HOME: '/data/conf' }, '/home/ann', '/data/conf/Gigline'],
    ['linux', { XDG_CONFIG_HOME: 'relative/conf' }, '/home/ann', '/home/ann/.config/Gigline'],
    ['freebsd', {}, '/home/ann', '/home/ann/.config/Gigline'],
    ['darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ann', '/Users/ann/Library/Application Support/Gigline'],
    [
      'win32',
      { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' },
      'C:\\Users\\ann',
      'C:\\Users\\ann\\AppData\\Roaming\\Gigline',
    ],
    ['win32', {}, 'C:\\Users\\ann', 'C:\\Users\\ann\\AppData\\Roaming\\Gigline'],
  ] as const)('%s %j (home %s) -> %s', (platform, env, home, expected) => {
    expect(defaultDataDir(platform, env, home)).toBe(expected);
  });
});
