/**
 * Single-key shortcuts on the Clients screen: "/" or Ctrl/Cmd+F search, "n" new client, j/k move through
 * the list from anywhere that is not a text field. Nothing fires while a dialog is open.
 */
import { useEffect, useRef } from 'react';

interface Shortcuts {
  focusSearch: () => void;
  newClient: () => void;
  move: (delta: 1 | -1) => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useClientShortcuts(shortcuts: Shortcuts) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        latest.current.focusSearch();
        return;
      }
      if (mod || event.altKey || isTyping(event.target)) return;
      const action: Record<string, () => void> = {
        '/': () => latest.current.focusSearch(),
        n: () => latest.current.newClient(),
        j: () => latest.current.move(1),
        k: () => latest.current.move(-1),
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
