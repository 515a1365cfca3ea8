/**
 * Mouse drag and drop across and within columns (dnd-kit's multiple-containers pattern): while dragging,
 * a local copy of the column order follows the pointer; on drop it becomes one `gigs.move` with the card
 * it now sits before. Collisions prefer the card under the pointer, then the nearest card of the column
 * under the pointer, so dropping into a column's empty space lands at its end.
 */
import {
  closestCenter,
  closestCorners,
  pointerWithin,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { GigSummary } from '../../../../electron/contract';
import { visibleCards, type BoardData, type BoardStage, type MoveTarget } from './board-moves';

type Columns = Record<number, number[]>;

const stageOfDropId = (id: UniqueIdentifier): number | null =>
  typeof id === 'string' && id.startsWith('stage-') ? Number(id.slice(6)) : null;

function containerOf(columns: Columns, id: UniqueIdentifier): number | null {
  const stage = stageOfDropId(id);
  if (stage !== null) return stage;
  for (const [stageId, ids] of Object.entries(columns)) if (ids.includes(Number(id))) return Number(stageId);
  return null;
}

export const boardCollisions: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  const card = under.find((hit) => typeof hit.id === 'number');
  if (card) return [card];
  const column = under.find((hit) => stageOfDropId(hit.id) !== null);
  if (column) {
    const stageId = stageOfDropId(column.id);
    const cards = args.droppableContainers.filter(
      (container) => typeof container.id === 'number' && container.data.current?.stageId === stageId,
    );
    return cards.length ? closestCenter({ ...args, droppableContainers: cards }) : [column];
  }
  return closestCorners(args);
};

export function useBoardDrag(board: BoardData, perStage: number, onMove: (id: number, target: MoveTarget) => void) {
  const [drag, setDrag] = useState<{ activeId: number; columns: Columns } | null>(null);
  // When the last drop happened, on the monotonic clock: the wall clock can stand still or step back
  // (a frozen test clock, a system time correction), and then every later click would count as a drop.
  const lastDrop = useRef(Number.NEGATIVE_INFINITY);
  const gigsById = useMemo(
    () => new Map(board.stages.flatMap((stage) => stage.gigs.map((gig) => [gig.id, gig] as const))),
    [board],
  );

  const onDragStart = ({ active }: DragStartEvent) => {
    const columns: Columns = {};
    for (const stage of board.stages) columns[stage.id] = visibleCards(stage, perStage).map((gig) => gig.id);
    setDrag({ activeId: Number(active.id), columns });
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    setDrag((current) => {
      if (!current) return current;
      const from = containerOf(current.columns, active.id);
      const to = containerOf(current.columns, over.id);
      if (from === null || to === null || from === to) return current;
      const target = [...(current.columns[to] ?? [])];
      const overIndex = typeof over.id === 'number' ? target.indexOf(over.id) : -1;
      const dragged = active.rect.current.translated;
      const below = dragged !== null && dragged.top > over.rect.top + over.rect.height / 2;
      const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length;
      target.splice(index, 0, current.activeId);
      const columns = { ...current.columns, [to]: target };
      columns[from] = (current.columns[from] ?? []).filter((id) => id !== current.activeId);
      return { ...current, columns };
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const current = drag;
    setDrag(null);
    lastDrop.current = performance.now();
    const gig = gigsById.get(Number(active.id));
    if (!current || !over || !gig) return;
    const stageId = containerOf(current.columns, active.id);
    if (stageId === null) return;
    let ids = current.columns[stageId] ?? [];
    if (typeof over.id === 'number' && over.id !== active.id && ids.includes(over.id)) {
      ids = arrayMove(ids, ids.indexOf(gig.id), ids.indexOf(over.id));
    }
    const index = ids.indexOf(gig.id);
    const stage = board.stages.find((s) => s.id === stageId) as BoardStage;
    const original = visibleCards(stage, perStage).map((g) => g.id);
    if (stageId === gig.stageId && original.indexOf(gig.id) === index) return;
    const rest = stage.gigs.filter((g) => g.id !== gig.id);
    const beforeId = ids[index + 1] ?? rest[ids.length - 1]?.id ?? null;
    onMove(gig.id, { stageId, beforeId });
  };

  const justDropped = useCallback(() => performance.now() - lastDrop.current < 300, []);

  const cardsOf = (stage: BoardStage): GigSummary[] =>
    drag
      ? (drag.columns[stage.id] ?? []).flatMap((id) => {
          const gig = gigsById.get(id);
          return gig ? [gig] : [];
        })
      : visibleCards(stage, perStage);

  return {
    activeGig: drag ? (gigsById.get(drag.activeId) ?? null) : null,
    cardsOf,
    /** True right after a drop: the click that ends a drag must not open the card. */
    justDropped,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel: () => setDrag(null) },
  };
}
