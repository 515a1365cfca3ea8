/**
 * The client list as a virtualised ARIA listbox: only visible rows are in the DOM, pages of 100 load as
 * you scroll, and the focused list follows arrows/j/k with aria-activedescendant. Enter opens.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { LoaderCircle } from 'lucide-react';
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import type { ClientSummary } from '../../../../electron/contract';
import { ClientRow, optionId } from './client-row';

const ROW_HEIGHT = 60;

interface ClientListProps {
  items: readonly ClientSummary[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selectedId: number | null;
  activeIndex: number;
  onActiveIndex: (index: number) => void;
  onOpen: (id: number) => void;
  /** The listbox, which is also the scroll container. */
  listRef: RefObject<HTMLDivElement | null>;
}

export function ClientList(props: ClientListProps) {
  const { items, total, hasMore, loadingMore, onLoadMore, selectedId, activeIndex, onActiveIndex, onOpen } = props;
  const scrollRef = props.listRef;
  const count = items.length + (hasMore ? 1 : 0);
  // No React Compiler here, so TanStack Virtual's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - 1) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < items.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, items.length, virtualizer]);

  const move = (index: number) => onActiveIndex(Math.max(0, Math.min(items.length - 1, index)));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      j: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      k: () => move(activeIndex - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Enter: () => {
        const client = items[activeIndex];
        if (client) onOpen(client.id);
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  const active = items[activeIndex];
  return (
    <div
      ref={scrollRef}
      className="client-listbox"
      role="listbox"
      aria-label="Clients"
      tabIndex={0}
      aria-activedescendant={active ? optionId(active.id) : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0 && items.length) {
          const selected = items.findIndex((client) => client.id === selectedId);
          onActiveIndex(selected >= 0 ? selected : 0);
        }
      }}
    >
      <div role="presentation" className="client-listbox-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((row) => {
          const client = items[row.index];
          return (
            <div
              key={client ? client.id : 'loading'}
              role="presentation"
              className="client-row-slot"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              {client ? (
                <ClientRow
                  client={client}
                  selected={client.id === selectedId}
                  active={row.index === activeIndex}
                  position={row.index + 1}
                  setSize={total}
                  onOpen={() => {
                    onActiveIndex(row.index);
                    onOpen(client.id);
                  }}
                />
              ) : (
                <div className="client-row-loading" role="status">
                  <LoaderCircle size={14} className="spinner" aria-hidden="true" />
                  Loading more clients…
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
