import { afterEach, describe, expect, it } from 'vitest';
import type { ShellPlatform } from '../platform';
import { startTempCore, type TempCore } from '../testing/temp-core';

let temp: TempCore | null = null;
afterEach(() => {
  temp?.cleanup();
  temp = null;
});

describe('app.getCapabilities', () => {
  it('answers as the web bridge when no shell describes itself: the browser decides about notifications', async () => {
    temp = await startTempCore();
    expect(await temp.call('app.getCapabilities', {})).toEqual({
      shell: 'web',
      notifications: 'unknown',
      tray: false,
      launchAtLogin: false,
    });
  });

  it('reports what the desktop shell says, asking again on every call', async () => {
    let supported = true;
    const platform: ShellPlatform = {
      kind: 'desktop',
      notificationsSupported: () => supported,
      trayAvailable: () => true,
      launchAtLoginAvailable: () => true,
    };
    temp = await startTempCore({ platform });
    expect(await temp.call('app.getCapabilities', {})).toEqual({
      shell: 'desktop',
      notifications: 'supported',
      tray: true,
      launchAtLogin: true,
    });
    supported = false;
    expect(await temp.call('app.getCapabilities', {})).toMatchObject({ notifications: 'unsupported' });
  });

  it('refuses extra input like every procedure', async () => {
    temp = await startTempCore();
    expect(await temp.core.dispatch('app.getCapabilities', { shell: 'desktop' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
