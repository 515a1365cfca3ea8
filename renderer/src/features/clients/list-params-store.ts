/** The client list's search, sort and filters survive leaving the screen and coming back (per session). */
import { useSyncExternalStore } from 'react';
import type { ClientListParams } from './use-clients';

let params: ClientListParams = { search: '', sort: 'name', archived: 'active', tag: '' };
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setListParams(patch: Partial<ClientListParams>) {
  params = { ...params, ...patch };
  for (const listener of listeners) listener();
}

export function useListParams(): ClientListParams {
  return useSyncExternalStore(subscribe, () => params);
}
