/**
 * Deadlines in sections (Overdue, Today, This week, Later — or by completion), virtualised: only the
 * visible rows are in the DOM and the next page loads as the end scrolls into view. Each row completes
 * (or reopens) with one click and says so in a toast with Undo.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { endOfWeek, subDays } from 'date-fns';
import { LoaderCircle } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { DeadlineSummary } from '../../../../electron/contract';
import { dateKeyIn, formatDue, overdueText, userTimeZone } from '../agenda/time-text';
import { useNow } from '../agenda/use-now';
import { dateKey, weekStartsOn } from '../calendar/calendar-grid';
import { CompleteBox, ImportantMark, PriorityMark } from './deadline-bits';
import { groupTitles, withGroupHeaders, type DeadlineStatus, type GroupFrame } from './deadline-groups';
import { useCompleteDeadline } from './use-deadlines';

const HEADER_HEIGHT = 36;
const ROW_HEIGHT = 62;

export function groupFrame(now: number): GroupFrame {
  const zone = userTimeZone();
  const today = new Date(now);
  return {
    now,
    zone,
    today: dateKeyIn(now, zone),
    weekEnd: dateKey(endOfWeek(today, { weekStartsOn: weekStartsOn() })),
    weekAgo: dateKey(subDays(today, 7)),
  };
}

interface RowProps {
  item: DeadlineSummary;
  selected: boolean;
  now: number;
  pending: boolean;
  onComplete: (completed: boolean) => Promise<void>;
}

export function DeadlineRow({ item, selected, now, pending, onComplete }: RowProps) {
  const zone = userTimeZone();
  const context = [item.clientName, item.gigTitle].filter(Boolean).join(' · ');
  return (
    <div className={`dl-row${selected ? ' is-selected' : ''}${item.completedAt !== null ? ' is-done' : ''}`}>
      <CompleteBox title={item.title} completed={item.completedAt !== null} pending={pending} onChange={onComplete} />
      <Link href={`/deadlines/${item.id}`} className="dl-row-link" aria-current={selected ? 'page' : undefined}>
        <span className="dl-row-top">
          <span className="dl-row-title">{item.title}</span>
          <PriorityMark priority={item.priority} />
          <ImportantMark important={item.important} />
        </span>
        <span className="dl-row-details">
          {item.overdue ? (
            <span className="overdue-text">{overdueText(item, now, zone)}</span>
          ) : (
            <span className="due-text">{formatDue(item, now, zone)}</span>
          )}
          {context ? (
            <>
              <span aria-hidden="true">·</span>
              <span className="dl-row-context">{context}</span>
            </>
          ) : null}
        </span>
      </Link>
    </div>
  );
}

interface DeadlineListProps {
  status: DeadlineStatus;
  items: readonly DeadlineSummary[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selectedId: number | null;
}

export function DeadlineList({ status, items, hasMore, loadingMore, onLoadMore, selectedId }: DeadlineListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const complete = useCompleteDeadline();
  const now = useNow();
  const frame = groupFrame(now);
  const rows = withGroupHeaders(items, status, frame);
  const count = rows.length + (hasMore ? 1 : 0);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => rows[index]?.key ?? 'loading',
    overscan: 10,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 1) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  return (
    <div ref={scrollRef} className="schedule-list" role="region" aria-label="Deadline list">
      <div className="schedule-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualRows.map((virtual) => {
          const row = rows[virtual.index];
          return (
            <div
              key={virtual.key}
              className="schedule-list-slot"
              style={{ height: virtual.size, transform: `translateY(${virtual.start}px)` }}
            >
              {!row ? (
                <div className="list-loading" role="status">
                  <LoaderCircle size={14} className="spinner" aria-hidden="true" />
                  Loading more deadlines…
                </div>
              ) : row.kind === 'header' ? (
                <h2 className={`list-section-title${row.group === 'overdue' ? ' is-overdue' : ''}`}>
                  {groupTitles[row.group]}
                </h2>
              ) : (
                <DeadlineRow
                  item={row.item}
                  selected={row.item.id === selectedId}
                  now={frame.now}
                  pending={complete.pendingId === row.item.id}
                  onComplete={(completed) => complete.run(row.item, completed)}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
