/**
 * Permission requests from web content: Gigline needs notifications (reminders) and nothing else, so
 * camera, microphone, location, devices, clipboard reads and any permission Chromium adds later are denied.
 */
import type { Session } from 'electron';

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  // WebHID / Web Serial / WebUSB device access goes through its own handler.
  session.setDevicePermissionHandler(() => false);
}
