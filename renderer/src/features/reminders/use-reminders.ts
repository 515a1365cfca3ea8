/**
 * Data hooks for reminders: the inbox (delivered, not acted on), what comes next with the pause state,
 * and every action. Keys sit under 'reminders', so the core's data.changed events refresh them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../electron/contract';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';
import { forgetToastsFor } from './reminder-toast-store';

export const reminderKeys = {
  inbox: ['reminders', 'inbox'] as const,
  upcoming: ['reminders', 'upcoming'] as const,
};

export function useReminderInbox() {
  return useQuery({ queryKey: reminderKeys.inbox, queryFn: () => call('reminders.inbox', {}), staleTime: 10_000 });
}

export function useUpcomingReminders(limit = 20) {
  return useQuery({
    queryKey: [...reminderKeys.upcoming, limit],
    queryFn: () => call('reminders.upcoming', { limit }),
    staleTime: 10_000,
  });
}

export type ReminderAction =
  | { kind: 'snooze'; id: number; preset: '10m' | '1h' | 'tomorrow' }
  | { kind: 'snoozeUntil'; id: number; until: number }
  | { kind: 'dismiss'; id: number }
  | { kind: 'complete'; id: number };

function run(action: ReminderAction) {
  switch (action.kind) {
    case 'snooze':
      return call('reminders.snooze', { id: action.id, preset: action.preset });
    case 'snoozeUntil':
      return call('reminders.snooze', { id: action.id, until: action.until });
    case 'dismiss':
      return call('reminders.dismiss', { id: action.id });
    case 'complete':
      return call('reminders.complete', { id: action.id });
  }
}

/** Snooze, dismiss or complete one reminder; its toast (if any) goes too. */
export function useReminderAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (_reminder, action) => {
      forgetToastsFor([action.id]);
      const entities = action.kind === 'complete' ? ['reminders', 'deadlines', 'gigs', 'agenda', 'timeline'] : [];
      return invalidateEntities(queryClient, ['reminders', ...entities]);
    },
  });
}

export function useDismissAll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) => call('reminders.dismissAll', {}).then((result) => ({ ...result, ids })),
    onSuccess: ({ ids }) => {
      forgetToastsFor(ids);
      return invalidateEntities(queryClient, ['reminders']);
    },
  });
}

export function usePauseReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'reminders.pause'>) => call('reminders.pause', input),
    onSuccess: () => invalidateEntities(queryClient, ['reminders']),
  });
}

export function useSendTestReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('reminders.sendTest', {}),
    onSuccess: () => invalidateEntities(queryClient, ['reminders']),
  });
}
