import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installPermissionHandlers, isPermissionAllowed } from './permissions';
import { FakeSession } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

const denied = [
  'media',
  'geolocation',
  'openExternal',
  'midi',
  'midiSysex',
  'hid',
  'serial',
  'usb',
  'clipboard-read',
  'clipboard-sanitized-write',
  'pointerLock',
  'fullscreen',
  'display-capture',
  'idle-detection',
  'storage-access',
  'window-management',
  'unknown',
  'Notifications',
  '',
];

function installed() {
  const session = new FakeSession();
  installPermissionHandlers(session as unknown as Session);
  const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
  ) => void;
  const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
    contents: unknown,
    permission: string,
  ) => boolean;
  const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
  return { request, check, device };
}

function requested(permission: string): boolean {
  const callback = vi.fn();
  installed().request(null, permission, callback);
  expect(callback).toHaveBeenCalledOnce();
  return callback.mock.calls[0]?.[0] as boolean;
}

describe('permissions (S8)', () => {
  it('allows notifications, on request and on check', () => {
    expect(isPermissionAllowed('notifications')).toBe(true);
    expect(requested('notifications')).toBe(true);
    expect(installed().check(null, 'notifications')).toBe(true);
  });

  it.each(denied)('denies %j on request and on check', (permission) => {
    expect(requested(permission)).toBe(false);
    expect(installed().check(null, permission)).toBe(false);
  });

  it('denies device access (HID, serial, USB)', () => {
    expect(installed().device({ deviceType: 'usb', origin: 'app://gigline' })).toBe(false);
  });
});
