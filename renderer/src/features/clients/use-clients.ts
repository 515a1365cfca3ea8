/** Data hooks for the Clients screens: a paged list for the virtual list, the detail, and every write. */
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

export const CLIENT_PAGE_SIZE = 100;

export type ClientSort = 'name' | 'updated' | 'created';
export type ArchivedFilter = 'active' | 'archived' | 'all';

export interface ClientListParams {
  search: string;
  sort: ClientSort;
  archived: ArchivedFilter;
  tag: string;
}

export const clientKeys = {
  all: ['clients'] as const,
  list: (params: ClientListParams) => ['clients', 'list', params] as const,
  detail: (id: number) => ['clients', 'detail', id] as const,
  tags: ['tags'] as const,
};

export function useClientList(params: ClientListParams) {
  return useInfiniteQuery({
    queryKey: clientKeys.list(params),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      call('clients.list', {
        sort: params.sort,
        archived: params.archived,
        limit: CLIENT_PAGE_SIZE,
        offset: pageParam,
        ...(params.search.trim() ? { search: params.search.trim() } : {}),
        ...(params.tag ? { tag: params.tag } : {}),
      }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: number | null) {
  return useQuery({
    queryKey: clientKeys.detail(id ?? 0),
    queryFn: () => call('clients.get', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

export function useTags() {
  return useQuery({ queryKey: clientKeys.tags, queryFn: () => call('tags.list', {}) });
}

function refreshClients(queryClient: QueryClient) {
  return invalidateEntities(queryClient, ['clients']);
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'clients.create'>) => call('clients.create', input),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(client.id), client);
      return refreshClients(queryClient);
    },
  });
}

export function useUpdateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'clients.update'>) => call('clients.update', input),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(client.id), client);
      return refreshClients(queryClient);
    },
  });
}

export function useSetClientArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; archived: boolean }) => call('clients.setArchived', input),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(client.id), client);
      return refreshClients(queryClient);
    },
  });
}

export function useDeleteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; deleteGigs?: boolean }) => call('clients.delete', input),
    onSuccess: ({ id }) => {
      // Refresh lists without waiting, and never refetch the deleted client's own detail (it would 404).
      queryClient.removeQueries({ queryKey: clientKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
      void queryClient.invalidateQueries({ queryKey: clientKeys.tags });
      // Its gigs went with it (deleteGigs): boards and lists elsewhere change too.
      void invalidateEntities(queryClient, ['gigs', 'interviews', 'deadlines', 'agenda']);
    },
  });
}

export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'create'; values: ProcedureInput<'contacts.create'> }
        | { kind: 'update'; values: ProcedureInput<'contacts.update'> },
    ) => (input.kind === 'create' ? call('contacts.create', input.values) : call('contacts.update', input.values)),
    onSuccess: () => refreshClients(queryClient),
  });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('contacts.delete', { id }),
    onSuccess: () => refreshClients(queryClient),
  });
}
