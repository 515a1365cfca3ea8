/**
 * Hash routing with the query inside the hash: `#/interviews?new=1`. wouter's own hash hook matches routes
 * against the whole hash (so "/interviews?new=1" matched nothing) and writes a query into location.search,
 * where it outlives the screen that read it. Here the path and the query both live in the hash: routes
 * match the path, `useSearch()` reads the query, and navigating to a plain path clears it.
 */
import { useSyncExternalStore } from 'react';

type Listener = () => void;
const listeners = new Set<Listener>();

function onHashChange() {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

/** "#/clients/3?new=1" → { path: "/clients/3", search: "new=1" }. */
export function splitHash(hash: string): { path: string; search: string } {
  const raw = hash.replace(/^#?\/?/, '');
  const at = raw.indexOf('?');
  return at < 0 ? { path: `/${raw}`, search: '' } : { path: `/${raw.slice(0, at)}`, search: raw.slice(at + 1) };
}

const currentPath = () => splitHash(window.location.hash).path;
const currentSearch = () => splitHash(window.location.hash).search;

export function navigateHash(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const oldURL = window.location.href;
  const url = new URL(oldURL);
  url.hash = `/${to.replace(/^#?\/?/, '')}`;
  const newURL = url.href;
  if (newURL === oldURL) return;
  window.history[options.replace ? 'replaceState' : 'pushState'](options.state ?? null, '', newURL);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL }));
}

/** The `hook` for wouter's <Router>: [path, navigate], with `hrefs` and `searchHook` as wouter expects. */
export function useHashPath(): [string, typeof navigateHash] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigateHash];
}

useHashPath.hrefs = (href: string) => `#${href}`;
useHashPath.searchHook = function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
};
