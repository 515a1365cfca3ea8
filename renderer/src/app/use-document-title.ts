import { useEffect } from 'react';

/**
 * Sets the window title to "Part · Part · Gigline"; empty parts are skipped, and a call with no parts at
 * all leaves the title to a screen further down (effects of children run before their parents').
 */
export function useDocumentTitle(...parts: (string | null | undefined)[]) {
  const named = parts.filter((part): part is string => Boolean(part));
  const title = named.length ? [...named, 'Gigline'].join(' · ') : null;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
