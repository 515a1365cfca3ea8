/**
 * Data hooks for the agenda, the sidebar counts and the calendar. Keys sit under 'agenda', which the core
 * names in data.changed for every interview and deadline write, so all three refresh together.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CALENDAR_PER_DAY } from '../../../../electron/contract';
import { call } from '../../api/client';

export const agendaKeys = {
  all: ['agenda'] as const,
  get: ['agenda', 'get'] as const,
  counts: ['agenda', 'counts'] as const,
  range: (from: string, to: string, perDay: number) => ['agenda', 'calendar', from, to, perDay] as const,
};

export function useAgenda() {
  return useQuery({ queryKey: agendaKeys.get, queryFn: () => call('agenda.get', { days: 7 }) });
}

export function useAgendaCounts() {
  return useQuery({
    queryKey: agendaKeys.counts,
    queryFn: () => call('agenda.counts', {}),
    refetchOnWindowFocus: true,
  });
}

/** Each day's first `perDay` items, and the full count of the days holding more (crowdedDays). */
export function useCalendarRange(from: string, to: string, perDay: number = CALENDAR_PER_DAY) {
  return useQuery({
    queryKey: agendaKeys.range(from, to, perDay),
    queryFn: () => call('calendar.range', { from, to, perDay }),
    placeholderData: keepPreviousData,
  });
}

/** Milliseconds from `now` to the next local midnight (plus a second, so the new day has surely begun). */
export function msToNextMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime() - now.getTime() + 1000;
}

/** Refreshes everything under 'agenda' when the local day changes (and at `alsoAt`, e.g. the next due time). */
export function useRefreshAtDayChange(alsoAt: number | null = null) {
  const queryClient = useQueryClient();
  const [fired, setFired] = useState(0);
  useEffect(() => {
    const now = Date.now();
    const untilMidnight = msToNextMidnight(new Date(now));
    const untilNext = alsoAt !== null && alsoAt > now ? alsoAt - now + 1000 : Infinity;
    // setTimeout holds at most ~24.8 days; midnight is always sooner than that.
    const timer = window.setTimeout(
      () => {
        void queryClient.invalidateQueries({ queryKey: agendaKeys.all });
        setFired((count) => count + 1);
      },
      Math.min(untilMidnight, untilNext),
    );
    return () => window.clearTimeout(timer);
  }, [queryClient, alsoAt, fired]);
}
