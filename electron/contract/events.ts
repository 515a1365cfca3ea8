/**
 * Events pushed from the main side to the renderer (IPC `onEvent`, SSE on the bridge).
 * Payloads are JSON-plain, like procedure results.
 */
import type { Delivery } from './reminders';
export interface EventMap {
  /** Something changed outside the current screen's own mutation (another window, the tray, a reminder action). */
  'data.changed': { entities: string[] };
  /** Reminders just delivered: the renderer shows them as toasts (web) and refreshes its reminder list. */
  'reminders.delivered': Delivery;
  /** Ask the shell to open a screen, e.g. after a notification click. */
  'app.navigate': { route: string };
}

export type EventName = keyof EventMap;
export const eventNames: readonly EventName[] = ['data.changed', 'reminders.delivered', 'app.navigate'];

/** A discriminated union: narrowing on `name` types the payload. */
export type AppEvent<N extends EventName = EventName> = N extends EventName ? { name: N; payload: EventMap[N] } : never;
