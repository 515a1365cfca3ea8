import { useEffect } from 'react';

/** Sets the window title to "Part · Part · Gigline"; empty parts are skipped. */
export function useDocumentTitle(...parts: (string | null | undefined)[]) {
  const title = [...parts.filter((part): part is string => Boolean(part)), 'Gigline'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
