/** Full-text search for the palette: debounced, the previous results stay while the next ones load. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useDebouncedValue } from '../../components/use-debounced-value';

const SEARCH_DELAY_MS = 140;
const MAX_QUERY = 200;
export const SEARCH_LIMIT = 30;

export function usePaletteSearch(text: string) {
  const settled = useDebouncedValue(text.trim().slice(0, MAX_QUERY), SEARCH_DELAY_MS);
  const query = useQuery({
    queryKey: ['search', settled],
    queryFn: () => call('search.query', { q: settled, limit: SEARCH_LIMIT }),
    enabled: settled.length > 0,
    staleTime: 5_000,
    placeholderData: keepPreviousData,
  });
  const typing = text.trim().slice(0, MAX_QUERY) !== settled;
  return {
    results: settled.length > 0 && text.trim() ? (query.data?.results ?? []) : [],
    searching: text.trim().length > 0 && (typing || query.isFetching),
    error: query.isError ? query.error : null,
    settled,
  };
}
