/**
 * "Create" deep links: `#/clients?new=1` (the command palette, the `n` shortcut) opens the screen's create
 * form once, with any prefill parameters (`&gigId=12`, `&date=2026-11-30`), then drops the query from the
 * address so a reload or Back does not open the form again.
 */
import { useEffect, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';

export function useNewItemParam(open: (params: URLSearchParams) => void) {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });

  useEffect(() => {
    const params = new URLSearchParams(search);
    if (params.get('new') !== '1') return;
    navigate(path, { replace: true });
    latest.current(params);
  }, [search, path, navigate]);
}
