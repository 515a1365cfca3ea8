/**
 * Keys that work on every screen: Mod+K (palette, even from a text field), `?` (help), `g` then a letter
 * (go to a screen), and the fallbacks `n` (new item via `?new=1`) and `/` (focus the screen's search field)
 * for screens that do not handle those keys themselves. Single keys never fire while typing in a field or
 * while a dialog is open.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { currentOverlay, setOverlay } from './overlay-store';
import { creatableScreens, goToKeys, isTypingTarget } from './shortcuts';

const SEQUENCE_MS = 1500;

function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

function screenRoot(path: string): string {
  return `/${path.split('/')[1] ?? ''}`;
}

export function useGlobalShortcuts() {
  const [location, navigate] = useLocation();
  const state = useRef({ location, navigate, pendingG: 0 });
  useEffect(() => {
    state.current.location = location;
    state.current.navigate = navigate;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (currentOverlay() === 'palette') setOverlay(null);
        else if (!dialogOpen()) setOverlay('palette');
        return;
      }
      if (event.defaultPrevented || mod || event.altKey || isTypingTarget(event.target) || dialogOpen()) return;
      const s = state.current;
      if (s.pendingG && Date.now() - s.pendingG < SEQUENCE_MS) {
        s.pendingG = 0;
        const target = goToKeys[event.key.toLowerCase()];
        if (target) {
          event.preventDefault();
          s.navigate(target.path);
        }
        return;
      }
      s.pendingG = 0;
      if (event.key === '?') {
        event.preventDefault();
        setOverlay('help');
      } else if (event.key === 'g' && !event.shiftKey) {
        s.pendingG = Date.now();
      } else if (event.key === 'n' || event.key === '/') {
        // After every other listener has had its turn: a screen with its own `n` or `/` wins.
        const key = event.key;
        window.setTimeout(() => {
          if (!event.defaultPrevented) runFallback(key, s.location, s.navigate);
        }, 0);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    // Says the global keys are live: React attaches this a frame or more after the page's load event, and a
    // key pressed before it is lost. Tests (and anything driving the app) wait for it.
    document.documentElement.dataset.keysReady = 'true';
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      delete document.documentElement.dataset.keysReady;
    };
  }, []);
}

function runFallback(key: 'n' | '/', location: string, navigate: (to: string) => void) {
  if (key === 'n') {
    const root = screenRoot(location);
    if ((creatableScreens as readonly string[]).includes(root)) navigate(`${root}?new=1`);
    return;
  }
  const search = document.querySelector<HTMLInputElement>('main input[type="search"]');
  search?.focus();
  search?.select();
}
