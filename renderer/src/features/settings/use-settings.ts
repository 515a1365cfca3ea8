/**
 * Settings data: read once, written field by field (settings.update merges), refreshed on data.changed.
 * Writes show at once (a switch flips when clicked) and roll back if the core refuses them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput, Settings } from '../../../../electron/contract';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';

export const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });
}

type SettingsUpdate = ProcedureInput<'settings.update'>;

/** The settings as they will be after `patch` (each group merges, as settings.update does). */
export function mergeSettings(current: Settings, patch: SettingsUpdate): Settings {
  const next = { ...current };
  for (const key of Object.keys(patch) as (keyof SettingsUpdate)[]) {
    const group = patch[key];
    if (group && key in current) Object.assign(next, { [key]: { ...current[key], ...group } });
  }
  return next;
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SettingsUpdate) => call('settings.update', input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: settingsKey });
      const previous = queryClient.getQueryData<Settings>(settingsKey);
      if (previous) queryClient.setQueryData(settingsKey, mergeSettings(previous, input));
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKey, context.previous);
    },
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // The schedule follows the settings: upcoming reminders move at once.
      return invalidateEntities(queryClient, ['reminders']);
    },
  });
}
