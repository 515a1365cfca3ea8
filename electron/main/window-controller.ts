/**
 * The one main window, created on demand (start, dock activate, second instance, a notification click,
 * the tray) and otherwise restored, shown and focused. A route for a window that does not exist yet goes
 * into the URL's hash (the renderer routes by hash): an 'app.navigate' event sent before the page listens
 * would be lost. An existing window — visible or hidden in the tray — gets the event.
 */
import type { BrowserWindow } from 'electron';
import { serializeError, type Logger } from '../core/log';

export interface WindowControllerOptions {
  /** Builds a window with its security settings and watchers; it shows itself when ready. */
  create(): BrowserWindow;
  entryUrl: string;
  /** Asks the live renderer to open a route (core.context.emit('app.navigate')). */
  navigate(route: string): void;
  log: Logger;
}

/** Only plain in-app paths like "/deadlines/12" are put into a URL or sent to the renderer. */
export function isAppRoute(route: string): boolean {
  return /^\/[A-Za-z0-9_\-/]*$/.test(route) && !route.includes('//');
}

export function entryUrlFor(entryUrl: string, route?: string): string {
  return route && isAppRoute(route) ? `${entryUrl}#${route}` : entryUrl;
}

export function createWindowController(options: WindowControllerOptions) {
  let window: BrowserWindow | null = null;

  const current = () => (window && !window.isDestroyed() ? window : null);

  function open(route?: string): BrowserWindow {
    const created = options.create();
    window = created;
    created.on('closed', () => {
      if (window === created) window = null;
    });
    created.loadURL(entryUrlFor(options.entryUrl, route)).catch((error: unknown) => {
      options.log.error('the window could not load the interface', serializeError(error));
    });
    return created;
  }

  return {
    current,
    contents: () => current()?.webContents ?? null,
    open,
    /** Brings Gigline to the front, creating the window when there is none; `route` opens a screen. */
    show(route?: string): void {
      const existing = current();
      if (!existing) {
        open(route);
        return;
      }
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      if (route && isAppRoute(route)) options.navigate(route);
    },
  };
}

export type WindowController = ReturnType<typeof createWindowController>;
