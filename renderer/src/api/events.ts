/**
 * Main-side events for the renderer: the preload's `onEvent` in the desktop app, Server-Sent Events
 * (`event: app`) from the bridge in the browser. Returns an unsubscribe function either way.
 */
import { eventNames, type AppEvent, type EventName } from '../../../electron/contract';

function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; payload?: unknown };
  return (eventNames as readonly unknown[]).includes(candidate.name) && typeof candidate.payload === 'object';
}

/** Narrows an event to one name (AppEvent is generic, not a tagged union). */
export function isEventNamed<N extends EventName>(event: AppEvent, name: N): event is AppEvent<N> {
  return event.name === name;
}

const listeners = new Set<(event: AppEvent) => void>();
let disconnect: (() => void) | null = null;

function dispatch(event: AppEvent) {
  for (const listener of [...listeners]) listener(event);
}

/** One connection for the whole page, opened with the first listener and closed with the last. */
function connect(): () => void {
  if (window.desktop) return window.desktop.onEvent(dispatch);
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource('/events');
  const onApp = (message: MessageEvent<string>) => {
    try {
      const parsed: unknown = JSON.parse(message.data);
      if (isAppEvent(parsed)) dispatch(parsed);
    } catch {
      // A malformed frame is dropped; the next change event still arrives.
    }
  };
  source.addEventListener('app', onApp);
  return () => {
    source.removeEventListener('app', onApp);
    source.close();
  };
}

export function subscribeEvents(listener: (event: AppEvent) => void): () => void {
  listeners.add(listener);
  disconnect ??= connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && disconnect) {
      disconnect();
      disconnect = null;
    }
  };
}
