/**
 * Interviews from today on (soonest first), then past ones (latest first), in one virtualised list: only
 * the visible rows are in the DOM and each section loads its next page when its end scrolls into view.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { LoaderCircle, TriangleAlert } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { InterviewSummary } from '../../../../electron/contract';
import { dateKeyIn, formatTime, userTimeZone } from '../agenda/time-text';
import { KindLabel, OutcomeBadge, PrepPill } from './interview-bits';
import type { InterviewSection } from './use-interviews';

export interface SectionData {
  items: readonly InterviewSummary[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

type Row =
  | { kind: 'header'; section: InterviewSection; total: number }
  | { kind: 'item'; item: InterviewSummary }
  | { kind: 'more'; section: InterviewSection }
  | { kind: 'none'; section: InterviewSection };

const sizes = { header: 36, item: 66, more: 40, none: 44 } as const;
const titles: Record<InterviewSection, string> = { upcoming: 'Today and upcoming', past: 'Past' };

function buildRows(upcoming: SectionData, past: SectionData): Row[] {
  const rows: Row[] = [];
  for (const [section, data] of [
    ['upcoming', upcoming],
    ['past', past],
  ] as const) {
    rows.push({ kind: 'header', section, total: data.total });
    if (data.items.length === 0 && !data.hasMore) rows.push({ kind: 'none', section });
    for (const item of data.items) rows.push({ kind: 'item', item });
    if (data.hasMore) rows.push({ kind: 'more', section });
  }
  return rows;
}

function rowKey(row: Row | undefined, index: number): string {
  if (!row) return `row-${index}`;
  return row.kind === 'item' ? `item-${row.item.id}` : `${row.kind}-${row.section}`;
}

const month = new Intl.DateTimeFormat(undefined, { month: 'short' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

function InterviewRow({ item, selected }: { item: InterviewSummary; selected: boolean }) {
  const zone = userTimeZone();
  const day = dateKeyIn(item.startsAt, zone);
  return (
    <Link href={`/interviews/${item.id}`} className="iv-row" aria-current={selected ? 'page' : undefined}>
      <span className="date-chip" aria-hidden="true">
        <span className="date-chip-month">{month.format(item.startsAt)}</span>
        <span className="date-chip-day">{Number(day.slice(8))}</span>
      </span>
      <span className="iv-row-main">
        <span className="iv-row-top">
          <span className="iv-row-title">{item.gigTitle}</span>
          {item.overlapsWith.length ? (
            <span className="overlap-flag" title="Overlaps with another interview">
              <TriangleAlert size={12} aria-hidden="true" />
              Overlap
            </span>
          ) : null}
          <OutcomeBadge outcome={item.outcome} />
        </span>
        <span className="iv-row-details">
          <span className="iv-row-secondary">
            {item.clientName} · {weekday.format(item.startsAt)} {formatTime(item.startsAt, zone)}
          </span>
          <KindLabel kind={item.kind} iconOnly />
          <PrepPill done={item.prepDone} total={item.prepTotal} />
        </span>
      </span>
    </Link>
  );
}

interface InterviewListProps {
  upcoming: SectionData;
  past: SectionData;
  selectedId: number | null;
}

export function InterviewList({ upcoming, past, selectedId }: InterviewListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = buildRows(upcoming, past);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => sizes[rows[index]?.kind ?? 'item'],
    getItemKey: (index) => rowKey(rows[index], index),
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const visibleMore = virtualRows.map((v) => rows[v.index]).filter((row) => row?.kind === 'more');
  const wantsUpcoming = visibleMore.some((row) => row?.kind === 'more' && row.section === 'upcoming');
  const wantsPast = visibleMore.some((row) => row?.kind === 'more' && row.section === 'past');

  useEffect(() => {
    if (wantsUpcoming && !upcoming.loadingMore) upcoming.loadMore();
  }, [wantsUpcoming, upcoming]);
  useEffect(() => {
    if (wantsPast && !past.loadingMore) past.loadMore();
  }, [wantsPast, past]);

  return (
    <div ref={scrollRef} className="schedule-list" aria-label="Interview list" role="region">
      <div className="schedule-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualRows.map((virtual) => {
          const row = rows[virtual.index];
          if (!row) return null;
          return (
            <div
              key={virtual.key}
              className="schedule-list-slot"
              style={{ height: virtual.size, transform: `translateY(${virtual.start}px)` }}
            >
              {row.kind === 'header' ? (
                <h2 className="list-section-title">
                  {titles[row.section]} <span className="count">{row.total.toLocaleString()}</span>
                </h2>
              ) : row.kind === 'item' ? (
                <InterviewRow item={row.item} selected={row.item.id === selectedId} />
              ) : row.kind === 'more' ? (
                <div className="list-loading" role="status">
                  <LoaderCircle size={14} className="spinner" aria-hidden="true" />
                  Loading more interviews…
                </div>
              ) : (
                <p className="list-none">
                  {row.section === 'upcoming' ? 'Nothing scheduled from today on.' : 'No past interviews.'}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
