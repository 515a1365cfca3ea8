/** A typed in-process event bus; transports subscribe and forward events to their renderers. */
import type { AppEvent, EventMap, EventName } from '../contract';

export function createEventBus() {
  const listeners = new Set<(event: AppEvent) => void>();
  // Arrow functions: callers pass emit/subscribe around on their own, so nothing may depend on `this`.
  return {
    emit: <N extends EventName>(name: N, payload: EventMap[N]) => {
      for (const listener of [...listeners]) listener({ name, payload } as AppEvent);
    },
    subscribe: (listener: (event: AppEvent) => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type EventBus = ReturnType<typeof createEventBus>;
