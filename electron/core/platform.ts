/**
 * What the process hosting the core can tell about its shell. The core cannot know whether Electron shows
 * notifications or has a tray, so the shell passes these answers in; without one the core assumes the web
 * bridge, where the browser decides about notifications.
 */
export interface ShellPlatform {
  kind: 'desktop' | 'web';
  /** null when the host cannot know (the browser decides per origin and permission). */
  notificationsSupported(): boolean | null;
  trayAvailable(): boolean;
  launchAtLoginAvailable(): boolean;
  /** Opens a folder in the OS file manager; resolves to '' or an error message. Absent on the web. */
  openPath?(path: string): Promise<string>;
}

export const webPlatform: ShellPlatform = {
  kind: 'web',
  notificationsSupported: () => null,
  trayAvailable: () => false,
  launchAtLoginAvailable: () => false,
};
