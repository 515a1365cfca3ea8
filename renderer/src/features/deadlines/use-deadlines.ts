/**
 * Data hooks for deadlines: a paged list per status, the detail, every write, and completing with an
 * Undo toast (used by the deadline list, the agenda and the calendar alike).
 */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ProcedureInput } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';
import { useToast } from '../../components/toast';
import type { DeadlineStatus } from './deadline-groups';

export const DEADLINE_PAGE_SIZE = 100;

export const deadlineKeys = {
  all: ['deadlines'] as const,
  list: (status: DeadlineStatus) => ['deadlines', 'list', status] as const,
  detail: (id: number) => ['deadlines', 'detail', id] as const,
};

/** A deadline write: query-client maps it to every screen that shows deadlines (gigs, clients, agenda). */
const touched = ['deadlines'] as const;

export function useDeadlineList(status: DeadlineStatus) {
  return useInfiniteQuery({
    queryKey: deadlineKeys.list(status),
    initialPageParam: 0,
    queryFn: ({ pageParam }) => call('deadlines.list', { status, limit: DEADLINE_PAGE_SIZE, offset: pageParam }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

/** How many deadlines exist at all (one row fetched), to tell a first run from an empty filter. */
export function useDeadlineTotal() {
  return useQuery({
    queryKey: ['deadlines', 'total'],
    queryFn: async () => (await call('deadlines.list', { status: 'all', limit: 1 })).total,
  });
}

export function useDeadline(id: number | null) {
  return useQuery({
    queryKey: deadlineKeys.detail(id ?? 0),
    queryFn: () => call('deadlines.get', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

export function useSaveDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'create'; values: ProcedureInput<'deadlines.create'> }
        | { kind: 'update'; values: ProcedureInput<'deadlines.update'> },
    ) => (input.kind === 'create' ? call('deadlines.create', input.values) : call('deadlines.update', input.values)),
    onSuccess: (deadline) => {
      queryClient.setQueryData(deadlineKeys.detail(deadline.id), deadline);
      return invalidateEntities(queryClient, touched);
    },
  });
}

export function useDeleteDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('deadlines.delete', { id }),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: deadlineKeys.detail(id) });
      void invalidateEntities(queryClient, touched);
    },
  });
}

export function useSetDeadlineCompleted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; completed: boolean }) => call('deadlines.setCompleted', input),
    onSuccess: (deadline) => {
      queryClient.setQueryData(deadlineKeys.detail(deadline.id), deadline);
      return invalidateEntities(queryClient, touched);
    },
  });
}

/** Completes (or reopens) a deadline and says so in a toast with Undo, which flips it back. */
export function useCompleteDeadline() {
  const setCompleted = useSetDeadlineCompleted();
  const toast = useToast();
  const { mutateAsync } = setCompleted;
  const run = useCallback(
    async (deadline: { id: number; title: string }, completed: boolean) => {
      try {
        await mutateAsync({ id: deadline.id, completed });
      } catch (error) {
        toast.error(errorMessage(error));
        return;
      }
      const undo = () =>
        void mutateAsync({ id: deadline.id, completed: !completed }).then(
          () => toast.success(completed ? `Reopened “${deadline.title}”` : `Completed “${deadline.title}”`),
          (error: unknown) => toast.error(errorMessage(error)),
        );
      toast.success(completed ? `Completed “${deadline.title}”` : `Reopened “${deadline.title}”`, {
        action: { label: 'Undo', run: undo },
      });
    },
    [mutateAsync, toast],
  );
  return { run, pendingId: setCompleted.isPending ? (setCompleted.variables?.id ?? null) : null };
}
