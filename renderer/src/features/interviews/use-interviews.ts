/**
 * Data hooks for interviews and their prep checklists. Ticking an item updates the open interview at once
 * (optimistically) and rolls back if the core refuses; the agenda and lists refresh after.
 */
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { InterviewDetail, ProcedureInput } from '../../../../electron/contract';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';

export const INTERVIEW_PAGE_SIZE = 100;

export type OutcomeFilter = ProcedureInput<'interviews.list'>['outcome'] | 'any';
export type InterviewSection = 'upcoming' | 'past';

export const interviewKeys = {
  all: ['interviews'] as const,
  list: (section: InterviewSection, outcome: OutcomeFilter, split: number) =>
    ['interviews', 'list', section, outcome, split] as const,
  detail: (id: number) => ['interviews', 'detail', id] as const,
};

/** An interview write: query-client maps it to every screen that shows interviews (gigs, clients, agenda). */
const touched = ['interviews'] as const;
const refresh = (queryClient: QueryClient) => invalidateEntities(queryClient, touched);

/** Upcoming interviews (from `split`, soonest first) or past ones (before it, latest first), paged. */
export function useInterviewList(section: InterviewSection, outcome: OutcomeFilter, split: number) {
  return useInfiniteQuery({
    queryKey: interviewKeys.list(section, outcome, split),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      call('interviews.list', {
        ...(section === 'upcoming' ? { from: split, direction: 'asc' } : { to: split, direction: 'desc' }),
        ...(outcome === 'any' || outcome === undefined ? {} : { outcome }),
        limit: INTERVIEW_PAGE_SIZE,
        offset: pageParam,
      }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

export function useInterview(id: number | null) {
  return useQuery({
    queryKey: interviewKeys.detail(id ?? 0),
    queryFn: () => call('interviews.get', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

export function useSaveInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'create'; values: ProcedureInput<'interviews.create'> }
        | { kind: 'update'; values: ProcedureInput<'interviews.update'> },
    ) => (input.kind === 'create' ? call('interviews.create', input.values) : call('interviews.update', input.values)),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewKeys.detail(interview.id), interview);
      return refresh(queryClient);
    },
  });
}

export function useDeleteInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('interviews.delete', { id }),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: interviewKeys.detail(id) });
      void refresh(queryClient);
    },
  });
}

type PrepChange =
  | { kind: 'toggle'; interviewId: number; id: number; done: boolean }
  | { kind: 'add'; interviewId: number; text: string }
  | { kind: 'delete'; interviewId: number; id: number };

function applyLocally(detail: InterviewDetail, change: PrepChange): InterviewDetail {
  if (change.kind === 'add') return detail;
  const prepItems =
    change.kind === 'toggle'
      ? detail.prepItems.map((item) =>
          item.id === change.id ? { ...item, doneAt: change.done ? Date.now() : null } : item,
        )
      : detail.prepItems.filter((item) => item.id !== change.id);
  return {
    ...detail,
    prepItems,
    prepDone: prepItems.filter((i) => i.doneAt !== null).length,
    prepTotal: prepItems.length,
  };
}

export function usePrepChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PrepChange) => {
      if (change.kind === 'toggle') return call('interviewPrep.update', { id: change.id, done: change.done });
      if (change.kind === 'add')
        return call('interviewPrep.create', { interviewId: change.interviewId, text: change.text });
      return call('interviewPrep.delete', { id: change.id });
    },
    onMutate: async (change) => {
      const key = interviewKeys.detail(change.interviewId);
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<InterviewDetail>(key);
      if (before) queryClient.setQueryData(key, applyLocally(before, change));
      return { before };
    },
    onError: (_error, change, context) => {
      if (context?.before) queryClient.setQueryData(interviewKeys.detail(change.interviewId), context.before);
    },
    onSettled: () => refresh(queryClient),
  });
}
