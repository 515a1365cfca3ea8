/**
 * The current time for rendering, refreshed every `stepMs` (a minute by default), so "Overdue 25 minutes"
 * and the week view's now-line move on while the screen stays open — and render stays pure.
 */
import { useEffect, useState } from 'react';

export function useNow(stepMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs]);
  return now;
}
