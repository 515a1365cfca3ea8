/** Which global overlay is open (the command palette or the shortcut help), shared by keys and buttons. */
import { useSyncExternalStore } from 'react';

export type Overlay = 'palette' | 'help' | null;

let current: Overlay = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setOverlay(next: Overlay): void {
  if (next === current) return;
  current = next;
  for (const listener of [...listeners]) listener();
}

export function currentOverlay(): Overlay {
  return current;
}

export function useOverlay(): Overlay {
  return useSyncExternalStore(subscribe, currentOverlay, () => null);
}
