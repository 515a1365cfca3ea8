/** The table with its count line, loading, error and empty states. */
import { Plus, SearchX } from 'lucide-react';
import { useCallback } from 'react';
import type { Stage } from '../../../../electron/contract';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { GigTable } from './gig-table';
import {
  emptyFilters,
  hasFilters,
  setFilters,
  setTableParams,
  type PipelineFilters,
  type TableParams,
} from './pipeline-filters';
import { useGigTable } from './use-pipeline';

interface PipelineTableViewProps {
  filters: PipelineFilters;
  table: TableParams;
  stages: readonly Stage[];
  now: number;
  onNew: () => void;
}

export function PipelineTableView({ filters, table, stages, now, onNew }: PipelineTableViewProps) {
  const list = useGigTable(filters, table);
  const { fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  if (list.isPending) return <LoadingState label="Loading gigs…" />;
  if (list.isError && !list.data) {
    return <ErrorState title="Could not load your gigs" error={list.error} onRetry={() => void list.refetch()} />;
  }
  const items = list.data.pages.flatMap((page) => page.items);
  const total = list.data.pages.at(-1)?.total ?? 0;
  const filtered = hasFilters(filters) || table.stageId !== null;
  if (total === 0) {
    return (
      <div className="state-panel">
        <span className="empty-icon" aria-hidden="true">
          <SearchX size={20} />
        </span>
        <h2>{filtered ? 'No gigs match these filters' : 'No gigs yet'}</h2>
        <p>
          {filtered ? 'Try another stage, client or tag, or clear the filters.' : 'Add a gig to start your pipeline.'}
        </p>
        <div className="state-panel-actions">
          {filtered ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setFilters(emptyFilters);
                setTableParams({ stageId: null });
              }}
            >
              Clear filters
            </button>
          ) : (
            <button type="button" className="button button-primary" onClick={onNew}>
              <Plus size={14} aria-hidden="true" />
              New gig
            </button>
          )}
        </div>
      </div>
    );
  }
  return (
    <>
      <p className="list-count pipeline-count" role="status">
        {list.isFetching && !list.isFetchingNextPage ? 'Updating… ' : ''}
        {total === 1 ? '1 gig' : `${total.toLocaleString()} gigs`}
      </p>
      <GigTable
        items={items}
        total={total}
        stages={stages}
        params={table}
        onSort={(sort, direction) => setTableParams({ sort, direction })}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={loadMore}
        now={now}
      />
    </>
  );
}
