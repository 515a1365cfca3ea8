/**
 * Web content never navigates or opens windows: the renderer is a single page served from app://gigline.
 * A link to the outside world (http, https, mailto) opens in the OS browser or mail app; any other URL
 * (file:, javascript:, data:, custom schemes, relative or malformed) is dropped.
 */
import type { App, Event, WebContents } from 'electron';
import type { Logger } from '../core/log';

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);
const MAX_EXTERNAL_URL_LENGTH = 8192;

export type UrlDecision = { action: 'open-external'; url: string } | { action: 'drop'; reason: string };

export function decideExternalUrl(raw: string): UrlDecision {
  if (typeof raw !== 'string' || raw.length === 0) return { action: 'drop', reason: 'empty' };
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return { action: 'drop', reason: 'too long' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { action: 'drop', reason: 'not an absolute URL' };
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return { action: 'drop', reason: `scheme ${url.protocol}` };
  if (url.protocol !== 'mailto:' && !url.hostname) return { action: 'drop', reason: 'no host' };
  // user:password@host is a classic way to disguise where a link really goes.
  if (url.username || url.password) return { action: 'drop', reason: 'credentials in URL' };
  return { action: 'open-external', url: url.href };
}

export type OpenExternal = (url: string) => Promise<void>;

function urlOf(event: Event, fallback: unknown): string {
  const fromEvent = (event as Event & { url?: unknown }).url;
  if (typeof fromEvent === 'string') return fromEvent;
  return typeof fallback === 'string' ? fallback : '';
}

export function guardWebContents(contents: WebContents, openExternal: OpenExternal, log: Logger): void {
  const handOff = (url: string, source: string) => {
    const decision = decideExternalUrl(url);
    if (decision.action === 'open-external') {
      openExternal(decision.url).catch((error: unknown) =>
        log.warn('could not open an external link', { url: decision.url, error: String(error) }),
      );
    } else {
      log.warn('blocked a URL', { source, reason: decision.reason, url: url.slice(0, 200) });
    }
  };

  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    handOff(urlOf(event, url), 'will-navigate');
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    handOff(url, 'window.open');
    return { action: 'deny' };
  });
}

/** Guards every web contents the app ever creates (windows, devtools, anything added later). */
export function installNavigationGuards(app: App, openExternal: OpenExternal, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal, log));
}
