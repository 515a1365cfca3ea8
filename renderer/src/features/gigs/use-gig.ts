/**
 * Data hooks for one gig: the detail (one `gigs.get` call carries questions, rate trail, interviews,
 * deadlines and timeline), and every write made from the gig screens. Writes refresh by entity name.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { GigDetail, ProcedureInput } from '../../../../electron/contract';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';

export const gigKeys = {
  detail: (id: number) => ['gigs', 'detail', id] as const,
};

export function useGig(id: number) {
  return useQuery({ queryKey: gigKeys.detail(id), queryFn: () => call('gigs.get', { id }) });
}

/** Gigs show on client screens too, so a gig write refreshes both. */
function refreshGigs(queryClient: QueryClient, ...more: string[]) {
  return invalidateEntities(queryClient, ['gigs', 'clients', ...more]);
}

function storeDetail(queryClient: QueryClient, gig: GigDetail) {
  queryClient.setQueryData(gigKeys.detail(gig.id), gig);
  return refreshGigs(queryClient);
}

export function useSaveGig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'create'; values: ProcedureInput<'gigs.create'> }
        | { kind: 'update'; values: ProcedureInput<'gigs.update'> },
    ) => (input.kind === 'create' ? call('gigs.create', input.values) : call('gigs.update', input.values)),
    onSuccess: (gig) => storeDetail(queryClient, gig),
  });
}

export function useSetGigArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; archived: boolean }) => call('gigs.setArchived', input),
    onSuccess: (gig) => storeDetail(queryClient, gig),
  });
}

export function useMoveGigStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; stageId: number }) => call('gigs.move', input),
    onSuccess: () => refreshGigs(queryClient, 'timeline'),
  });
}

export function useDeleteGig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('gigs.delete', { id }),
    onSuccess: ({ id }) => {
      // Never refetch the deleted gig's own detail (it would answer NOT_FOUND).
      queryClient.removeQueries({ queryKey: gigKeys.detail(id) });
      void queryClient.invalidateQueries({
        predicate: (query) =>
          (query.queryKey[0] === 'gigs' && query.queryKey[1] !== 'detail') || query.queryKey[0] === 'clients',
      });
    },
  });
}

export function useQuestionMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => refreshGigs(queryClient);
  return {
    create: useMutation({
      mutationFn: (input: ProcedureInput<'gigQuestions.create'>) => call('gigQuestions.create', input),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (input: ProcedureInput<'gigQuestions.update'>) => call('gigQuestions.update', input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => call('gigQuestions.delete', { id }), onSuccess }),
  };
}

export function useRateEventMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => refreshGigs(queryClient, 'timeline');
  return {
    create: useMutation({
      mutationFn: (input: ProcedureInput<'rateEvents.create'>) => call('rateEvents.create', input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => call('rateEvents.delete', { id }), onSuccess }),
  };
}

export function useTimelineMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => refreshGigs(queryClient, 'timeline');
  return {
    create: useMutation({
      mutationFn: (input: ProcedureInput<'timeline.create'>) => call('timeline.create', input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => call('timeline.delete', { id }), onSuccess }),
  };
}

export function useSetDeadlineCompleted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; completed: boolean }) => call('deadlines.setCompleted', input),
    onSuccess: () => refreshGigs(queryClient, 'deadlines', 'agenda', 'timeline'),
  });
}
