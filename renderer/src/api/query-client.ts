/**
 * TanStack Query setup. Query keys start with the entity name the core uses in `data.changed` events, so
 * a change made elsewhere (another window, the tray, a reminder) refreshes exactly the affected screens.
 */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { isEventNamed, subscribeEvents } from './events';

/**
 * Which query roots an entity change touches (tags hang off clients, contacts show inside clients; a gig
 * screen and a client screen each carry their gigs, interviews, deadlines and timeline in one query; the
 * interview and deadline lists, the agenda and the calendar show gig titles and client names).
 */
const affectedRoots: Record<string, readonly string[]> = {
  clients: ['clients', 'tags', 'interviews', 'deadlines', 'agenda'],
  contacts: ['clients', 'interviews'],
  tags: ['tags', 'clients'],
  gigs: ['gigs', 'clients', 'interviews', 'deadlines', 'agenda'],
  stages: ['stages', 'gigs'],
  timeline: ['timeline', 'gigs', 'clients'],
  interviews: ['interviews', 'gigs', 'clients', 'agenda'],
  deadlines: ['deadlines', 'gigs', 'clients', 'agenda'],
};

const RETRYABLE = new Set(['UNAVAILABLE', 'BUSY']);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && isApiError(error) && RETRYABLE.has(error.code),
      },
      mutations: { retry: false },
    },
  });
}

export function invalidateEntities(queryClient: QueryClient, entities: readonly string[]): Promise<void> {
  const roots = new Set(entities.flatMap((entity) => affectedRoots[entity] ?? [entity]));
  // Insights reads every table: any change may move a figure.
  roots.add('insights');
  return queryClient.invalidateQueries({
    predicate: (query) => typeof query.queryKey[0] === 'string' && roots.has(query.queryKey[0]),
  });
}

export function connectEvents(queryClient: QueryClient): () => void {
  return subscribeEvents((event) => {
    if (isEventNamed(event, 'data.changed')) void invalidateEntities(queryClient, event.payload.entities);
  });
}
