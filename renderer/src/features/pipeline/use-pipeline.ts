/**
 * Data hooks for the board, the table and the stage editor. Query keys start with the entity names the
 * core announces in `data.changed` ('gigs', 'stages'), so changes from elsewhere refresh these screens.
 */
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../electron/contract';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';
import { applyMove, type BoardData, type MoveTarget } from './board-moves';
import { filterInput, type PipelineFilters, type TableParams } from './pipeline-filters';

/** Cards a column shows; the board asks for one more (see board-moves.ts). */
export const PER_STAGE = 25;
export const TABLE_PAGE_SIZE = 100;

export const pipelineKeys = {
  board: (filters: PipelineFilters) => ['gigs', 'board', filterInput(filters)] as const,
  boards: ['gigs', 'board'] as const,
  list: (filters: PipelineFilters, table: TableParams) => ['gigs', 'list', filterInput(filters), table] as const,
  stages: ['stages'] as const,
};

export function useBoard(filters: PipelineFilters) {
  return useQuery({
    queryKey: pipelineKeys.board(filters),
    queryFn: () => call('gigs.board', { ...filterInput(filters), perStage: PER_STAGE + 1 }),
    placeholderData: keepPreviousData,
  });
}

export function useGigTable(filters: PipelineFilters, table: TableParams) {
  return useInfiniteQuery({
    queryKey: pipelineKeys.list(filters, table),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      call('gigs.list', {
        ...filterInput(filters),
        ...(table.stageId !== null ? { stageId: table.stageId } : {}),
        sort: table.sort,
        direction: table.direction,
        limit: TABLE_PAGE_SIZE,
        offset: pageParam,
      }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

export function useStages() {
  return useQuery({ queryKey: pipelineKeys.stages, queryFn: () => call('stages.list', {}) });
}

export interface MoveVariables extends MoveTarget {
  id: number;
  /** The board query to update optimistically. */
  boardKey: ReturnType<typeof pipelineKeys.board>;
}

/** Moves a card at once on screen; puts it back (and the caller shows why) if the core refuses. */
export function useMoveGig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, stageId, beforeId }: MoveVariables) => call('gigs.move', { id, stageId, beforeId }),
    onMutate: async ({ id, stageId, beforeId, boardKey }) => {
      await queryClient.cancelQueries({ queryKey: pipelineKeys.boards });
      const previous = queryClient.getQueryData<BoardData>(boardKey);
      if (previous) queryClient.setQueryData(boardKey, applyMove(previous, id, { stageId, beforeId }, Date.now()));
      return { previous };
    },
    onError: (_error, { boardKey }, context) => {
      if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
    },
    onSettled: () => invalidateEntities(queryClient, ['gigs']),
  });
}

function refreshStages(queryClient: QueryClient) {
  return invalidateEntities(queryClient, ['stages', 'gigs']);
}

export function useStageMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => refreshStages(queryClient);
  return {
    create: useMutation({
      mutationFn: (input: ProcedureInput<'stages.create'>) => call('stages.create', input),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (input: ProcedureInput<'stages.update'>) => call('stages.update', input),
      onSuccess,
    }),
    reorder: useMutation({ mutationFn: (ids: number[]) => call('stages.reorder', { ids }), onSuccess }),
    remove: useMutation({ mutationFn: (id: number) => call('stages.delete', { id }), onSuccess }),
  };
}
