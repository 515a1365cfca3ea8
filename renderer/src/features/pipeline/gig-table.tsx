/**
 * Every gig as a sortable table. Only the rows in view are in the DOM (TanStack Virtual with spacer rows,
 * so it stays a real <table>), and pages of 100 load as you scroll: 50,000 gigs scroll like 50.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, LoaderCircle } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { GigSummary, Stage } from '../../../../electron/contract';
import { formatDate, formatRelative } from '../../components/format';
import { formatRate } from '../gigs/money-input';
import type { GigSort, TableParams } from './pipeline-filters';
import { isStale, shortTimeInStage, staleAfterDays } from './time-in-stage';

const ROW_HEIGHT = 44;

interface Column {
  sort: GigSort;
  label: string;
  /** The direction that means "ascending" for what the column shows. */
  ascending: 'asc' | 'desc';
  natural: 'asc' | 'desc';
}

const columns: Column[] = [
  { sort: 'title', label: 'Title', ascending: 'asc', natural: 'asc' },
  { sort: 'client', label: 'Client', ascending: 'asc', natural: 'asc' },
  { sort: 'stage', label: 'Stage', ascending: 'asc', natural: 'asc' },
  { sort: 'rate', label: 'Rate', ascending: 'asc', natural: 'desc' },
  // Sorting by the entry time: the earliest entry is the longest time in stage.
  { sort: 'inStage', label: 'In stage', ascending: 'desc', natural: 'asc' },
  { sort: 'updated', label: 'Updated', ascending: 'asc', natural: 'desc' },
];

interface GigTableProps {
  items: readonly GigSummary[];
  total: number;
  stages: readonly Stage[];
  params: TableParams;
  onSort: (sort: GigSort, direction: 'asc' | 'desc') => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  now: number;
}

function RateCell({ gig }: { gig: GigSummary }) {
  const minor = gig.agreedRateMinor ?? gig.proposedRateMinor;
  if (minor === null || !gig.currency) return <span className="muted">—</span>;
  return (
    <>
      {formatRate(minor, gig.currency, gig.rateUnit)}{' '}
      <span className={gig.agreedRateMinor !== null ? 'rate-state rate-agreed' : 'rate-state'}>
        {gig.agreedRateMinor !== null ? 'agreed' : 'proposed'}
      </span>
    </>
  );
}

export function GigTable(props: GigTableProps) {
  const { items, total, stages, params, onSort, hasMore, loadingMore, onLoadMore, now } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  // No React Compiler here, so TanStack Virtual's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - 1) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  const top = rows[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} className="gig-table-scroll">
      <table className="gig-table" aria-rowcount={total + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const active = params.sort === column.sort;
              const ascending = params.direction === column.ascending;
              return (
                <th
                  key={column.sort}
                  scope="col"
                  className={`col-${column.sort}`}
                  aria-sort={active ? (ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      onSort(column.sort, active ? (params.direction === 'asc' ? 'desc' : 'asc') : column.natural)
                    }
                  >
                    {column.label}
                    {active ? (
                      ascending ? (
                        <ArrowUp size={12} aria-hidden="true" />
                      ) : (
                        <ArrowDown size={12} aria-hidden="true" />
                      )
                    ) : null}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr className="spacer-row" style={{ height: top }} aria-hidden="true" /> : null}
          {rows.map((row) => {
            const gig = items[row.index];
            if (!gig) {
              return (
                <tr key="loading" className="gig-row-loading" style={{ height: ROW_HEIGHT }}>
                  <td colSpan={columns.length} role="status">
                    <LoaderCircle size={14} className="spinner" aria-hidden="true" /> Loading more gigs…
                  </td>
                </tr>
              );
            }
            const stage = stageById.get(gig.stageId);
            const stale = stage ? isStale(stage, gig.stageEnteredAt, now) : false;
            return (
              <tr key={gig.id} style={{ height: ROW_HEIGHT }} aria-rowindex={row.index + 2}>
                <td className="col-title">
                  <Link href={`/gigs/${gig.id}`} className="gig-table-title">
                    {gig.title}
                  </Link>
                  {gig.archivedAt !== null ? <span className="badge">Archived</span> : null}
                </td>
                <td className="col-client">
                  <Link href={`/clients/${gig.clientId}`}>{gig.clientName}</Link>
                </td>
                <td className="col-stage">
                  <span className={`stage-pill kind-${gig.stageKind}`}>{gig.stageName}</span>
                </td>
                <td className="col-rate">
                  <RateCell gig={gig} />
                </td>
                <td
                  className={stale ? 'col-inStage is-stale' : 'col-inStage'}
                  title={stale && stage ? `Longer than ${staleAfterDays(stage)} days: time to follow up` : undefined}
                >
                  {shortTimeInStage(gig.stageEnteredAt, now)}
                  {stale ? <span className="visually-hidden"> — time to follow up</span> : null}
                </td>
                <td className="col-updated" title={formatDate(gig.updatedAt)}>
                  {formatRelative(gig.updatedAt, now)}
                </td>
              </tr>
            );
          })}
          {bottom > 0 ? <tr className="spacer-row" style={{ height: bottom }} aria-hidden="true" /> : null}
        </tbody>
      </table>
    </div>
  );
}
