/** Settings data: read once, written field by field (settings.update merges), refreshed on data.changed. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../electron/contract';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';

export const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'settings.update'>) => call('settings.update', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // The schedule follows the settings: upcoming reminders move at once.
      return invalidateEntities(queryClient, ['reminders']);
    },
  });
}
