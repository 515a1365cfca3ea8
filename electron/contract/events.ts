/**
 * Events pushed from the main side to the renderer (IPC `onEvent`, SSE on the bridge).
 * Payloads are JSON-plain, like procedure results.
 */
import type { Delivery } from './reminders';
import type { ImportKind } from './transfer';
export interface EventMap {
  /** Something changed outside the current screen's own mutation (another window, the tray, a reminder action). */
  'data.changed': { entities: string[] };
  /** Reminders just delivered: the renderer shows them as toasts (web) and refreshes its reminder list. */
  'reminders.delivered': Delivery;
  /** Ask the shell to open a screen, e.g. after a notification click. */
  'app.navigate': { route: string };
  /** A long import's progress: sent as rows are validated and written (about every 1000 rows). */
  'import.progress': { kind: ImportKind; phase: 'validating' | 'writing' | 'indexing'; done: number; total: number };
}

export type EventName = keyof EventMap;
export const eventNames: readonly EventName[] = [
  'data.changed',
  'reminders.delivered',
  'app.navigate',
  'import.progress',
];

/** A discriminated union: narrowing on `name` types the payload. */
export type AppEvent<N extends EventName = EventName> = N extends EventName ? { name: N; payload: EventMap[N] } : never;
