/**
 * Events pushed from the main side to the renderer (IPC `onEvent`, SSE on the bridge).
 * Payloads are JSON-plain, like procedure results.
 */
export interface EventMap {
  /** Something changed outside the current screen's own mutation (another window, the tray, a reminder action). */
  'data.changed': { entities: string[] };
}

export type EventName = keyof EventMap;
export const eventNames: readonly EventName[] = ['data.changed'];

export interface AppEvent<N extends EventName = EventName> {
  name: N;
  payload: EventMap[N];
}
