/**
 * Insights data: one insights.get per period (the core computes every figure in one read), and saving the
 * rate benchmarks through settings.update. Any data change refreshes it (query-client invalidates
 * 'insights' on every entity, since the screen reads them all).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InsightPeriod, RateBenchmark } from '../../../../electron/contract';
import { call } from '../../api/client';

export const insightsKey = (period: InsightPeriod) => ['insights', period] as const;

export function useInsights(period: InsightPeriod) {
  return useQuery({
    queryKey: insightsKey(period),
    queryFn: () => call('insights.get', { period }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveBenchmarks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (benchmarks: RateBenchmark[]) => call('settings.update', { rates: { benchmarks } }),
    onSuccess: async (settings) => {
      queryClient.setQueryData(['settings'], settings);
      await queryClient.invalidateQueries({ queryKey: ['insights'] });
    },
  });
}
