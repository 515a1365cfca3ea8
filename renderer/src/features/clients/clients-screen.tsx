/**
 * Clients: a searchable, virtualised list on the left and the open client on the right (the URL holds
 * which one: #/clients/12). The first-run state invites the first client instead of showing empty panes.
 */
import { Plus } from 'lucide-react';
import { useCallback, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useDocumentTitle } from '../../app/use-document-title';
import { useNewItemParam } from '../../app/use-new-item-param';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { ExportCsvButton } from '../transfer/export-csv-button';
import { ClientDetail } from './client-detail';
import { ClientFormDialog, type ClientFormMode } from './client-form-dialog';
import { ClientList } from './client-list';
import { ClientListToolbar } from './client-list-toolbar';
import { FirstClientState, NoMatchesState, NothingOpenState } from './clients-empty-states';
import { setListParams, useListParams } from './list-params-store';
import { useClientList, useTags } from './use-clients';
import { useClientShortcuts } from './use-client-shortcuts';

const SEARCH_DELAY_MS = 200;

export function ClientsScreen({ selectedId }: { selectedId: number | null }) {
  const [, navigate] = useLocation();
  const params = useListParams();
  const searchText = params.search;
  const search = useDebouncedValue(searchText, SEARCH_DELAY_MS);
  const listParams = { ...params, search };
  const list = useClientList(listParams);
  const tags = useTags();
  const toast = useToast();
  const [form, setForm] = useState<ClientFormMode | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(selectedId === null ? 'Clients' : null);

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const filtered = Boolean(search.trim() || params.tag || params.archived !== 'active');

  const open = useCallback((id: number) => navigate(`/clients/${id}`), [navigate]);
  const { fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  useClientShortcuts({
    focusSearch: () => searchRef.current?.focus(),
    newClient: () => setForm({ kind: 'create' }),
    move: (delta) => {
      if (!items.length) return;
      listRef.current?.focus();
      setActiveIndex((current) => Math.max(0, Math.min(items.length - 1, current < 0 ? 0 : current + delta)));
    },
  });

  useNewItemParam(() => setForm({ kind: 'create' }));

  const changeParams = (patch: Parameters<typeof setListParams>[0]) => {
    setListParams(patch);
    setActiveIndex(-1);
  };

  const dialog = form ? (
    <ClientFormDialog
      mode={form}
      onClose={() => setForm(null)}
      onSaved={(client, created) => {
        setForm(null);
        toast.success(created ? `Added ${client.name}` : `Saved ${client.name}`);
        if (created) open(client.id);
      }}
    />
  ) : null;

  if (list.isPending) return <LoadingState label="Loading clients…" />;
  if (list.isError && !list.data) {
    return <ErrorState title="Could not load your clients" error={list.error} onRetry={() => void list.refetch()} />;
  }

  if (total === 0 && !filtered && selectedId === null) {
    return (
      <>
        <FirstClientState
          onNew={() => setForm({ kind: 'create' })}
          onShowArchived={() => changeParams({ archived: 'all' })}
        />
        {dialog}
      </>
    );
  }

  return (
    <div className="clients-screen" data-has-selection={selectedId !== null}>
      <section className="list-pane" aria-labelledby="clients-title">
        <header className="pane-header">
          <h1 id="clients-title">Clients</h1>
          <ExportCsvButton
            input={{
              list: 'clients',
              filters: { archived: params.archived, ...(params.tag ? { tag: params.tag } : {}) },
            }}
            unapplied={search.trim() ? 'the search is not applied' : null}
          />
          <button type="button" className="button button-primary button-sm" onClick={() => setForm({ kind: 'create' })}>
            <Plus size={14} aria-hidden="true" />
            New client
          </button>
        </header>
        <ClientListToolbar
          searchText={searchText}
          onSearchText={(text) => changeParams({ search: text })}
          params={params}
          onParams={changeParams}
          tags={tags.data ?? []}
          searchRef={searchRef}
          onSearchArrowDown={() => {
            listRef.current?.focus();
            setActiveIndex(0);
          }}
        />
        <p className="list-count" role="status">
          {list.isFetching && !list.isFetchingNextPage ? 'Searching… ' : ''}
          {total === 1 ? '1 client' : `${total.toLocaleString()} clients`}
        </p>
        {total === 0 ? (
          <NoMatchesState search={search} onClear={() => changeParams({ search: '', tag: '', archived: 'active' })} />
        ) : (
          <ClientList
            items={items}
            total={total}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={loadMore}
            selectedId={selectedId}
            activeIndex={activeIndex}
            onActiveIndex={setActiveIndex}
            onOpen={open}
            listRef={listRef}
          />
        )}
      </section>
      <section className="detail-pane" aria-label="Client details">
        {selectedId === null ? (
          <NothingOpenState />
        ) : (
          <ClientDetail
            key={selectedId}
            clientId={selectedId}
            onEdit={(client) => setForm({ kind: 'edit', client })}
            onDeleted={() => {
              navigate('/clients');
              requestAnimationFrame(() => listRef.current?.focus());
            }}
          />
        )}
      </section>
      {dialog}
    </div>
  );
}
