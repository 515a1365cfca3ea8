/**
 * Browser notifications for the web app (the desktop app shows OS notifications from the main process).
 * Permission is asked only from a click in Settings, never on load.
 */
export type BrowserPermission = NotificationPermission | 'unsupported';

export function browserNotificationPermission(): BrowserPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function requestBrowserNotifications(): Promise<BrowserPermission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** Shows one notification; a click focuses this tab and opens `route`. The tag keeps two tabs from doubling it. */
export function showBrowserNotification(
  input: { tag: string; title: string; body: string; route: string; important: boolean },
  open: (route: string) => void,
): void {
  if (browserNotificationPermission() !== 'granted') return;
  try {
    const notification = new Notification(input.title, {
      body: input.body,
      tag: `gigline:${input.tag}`,
      requireInteraction: input.important,
      icon: '/favicon.svg',
    });
    notification.onclick = () => {
      window.focus();
      open(input.route);
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the in-app toast still shows.
  }
}
