import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { isEventNamed, subscribeEvents } from '../api/events';

/** Plain in-app paths only, e.g. "/deadlines/12" (the same rule the main process applies). */
const APP_ROUTE = /^\/[A-Za-z0-9_\-/]*$/;

/** Opens the screen the main process asks for (a notification or tray click) in the running window. */
export function useNavigateEvents() {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      subscribeEvents((event) => {
        if (!isEventNamed(event, 'app.navigate')) return;
        const { route } = event.payload;
        if (APP_ROUTE.test(route) && !route.includes('//')) navigate(route);
      }),
    [navigate],
  );
}
