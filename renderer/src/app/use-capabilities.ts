/** What the shell around the renderer can do (desktop or web, notifications, tray, launch at login). */
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/client';

export function useCapabilities() {
  return useQuery({
    queryKey: ['app', 'capabilities'],
    queryFn: () => call('app.getCapabilities', {}),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
