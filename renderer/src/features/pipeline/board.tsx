/**
 * The pipeline board: a horizontally scrolling row of stage columns. Cards move by mouse (dnd-kit) or by
 * keyboard (use-board-keyboard.ts); either way the move shows at once, is sent as one `gigs.move`, and
 * is put back with a toast if the core refuses. Every move is announced in a polite live region.
 */
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type Announcements } from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { GigSummary } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { useToast } from '../../components/toast';
import { applyMove, findCard, type BoardData, type MoveTarget } from './board-moves';
import { BoardColumn } from './board-column';
import { BOARD_KEYS_HINT_ID, GigCardBody } from './gig-card';
import { useBoardDrag, boardCollisions } from './use-board-drag';
import { useBoardKeyboard } from './use-board-keyboard';
import { useMoveGig, type pipelineKeys } from './use-pipeline';

interface BoardProps {
  board: BoardData;
  boardKey: ReturnType<typeof pipelineKeys.board>;
  perStage: number;
  now: number;
}

/** Where a move put the card, in words. */
function moveMessage(before: BoardData, after: BoardData, gig: GigSummary, perStage: number): string {
  const at = findCard(after, gig.id, perStage);
  const stage = after.stages[at?.column ?? -1];
  if (!stage || !at) return `Moved ${gig.title}`;
  if (stage.id !== gig.stageId) return `Moved ${gig.title} to ${stage.name}`;
  const was = findCard(before, gig.id, perStage);
  return was && was.index === at.index
    ? `${gig.title} stays in ${stage.name}`
    : `Moved ${gig.title} to position ${at.index + 1} of ${stage.total} in ${stage.name}`;
}

const silent: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

export function Board({ board, boardKey, perStage, now }: BoardProps) {
  const move = useMoveGig();
  const toast = useToast();
  const [message, setMessage] = useState('');
  const flip = useRef(false);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const announce = useCallback((text: string) => {
    // A trailing no-break space makes a repeated message a change the screen reader reads again.
    flip.current = !flip.current;
    setMessage(flip.current ? text : `${text}\u00a0`);
  }, []);

  const latestBoard = useRef(board);
  useLayoutEffect(() => {
    latestBoard.current = board;
  });
  const moveGig = useCallback(
    (gig: GigSummary, target: MoveTarget) => {
      const before = latestBoard.current;
      announce(moveMessage(before, applyMove(before, gig.id, target, Date.now()), gig, perStage));
      move.mutate(
        { id: gig.id, ...target, boardKey },
        {
          onError: (error) => {
            toast.error(`Could not move ${gig.title}: ${errorMessage(error)}`);
            announce(`${gig.title} was put back: ${errorMessage(error)}`);
          },
        },
      );
    },
    [announce, boardKey, move, perStage, toast],
  );

  const gigsById = useMemo(() => new Map(board.stages.flatMap((s) => s.gigs.map((g) => [g.id, g] as const))), [board]);
  const drag = useBoardDrag(board, perStage, (id, target) => {
    const gig = gigsById.get(id);
    if (gig) moveGig(gig, target);
  });
  const keyboard = useBoardKeyboard({ board, perStage, onMove: moveGig, announce });
  const { justDropped } = drag;
  const onCardClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (justDropped()) event.preventDefault();
    },
    [justDropped],
  );

  const activeStage = drag.activeGig ? board.stages.find((s) => s.id === drag.activeGig?.stageId) : undefined;
  return (
    <>
      <p id={BOARD_KEYS_HINT_ID} className="board-hint">
        Drag a card, or focus it and press Shift+← / Shift+→ to change its stage and Shift+↑ / Shift+↓ to reorder.
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollisions}
        accessibility={{ announcements: silent }}
        {...drag.handlers}
      >
        <div className="board" role="group" aria-label="Pipeline board" aria-describedby={BOARD_KEYS_HINT_ID}>
          {board.stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              cards={drag.cardsOf(stage)}
              now={now}
              tabbableId={keyboard.tabbableId}
              onCardKeyDown={keyboard.onCardKeyDown}
              onCardFocus={keyboard.onCardFocus}
              onCardClick={onCardClick}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {drag.activeGig && activeStage ? (
            <div className="gig-card is-overlay" aria-hidden="true">
              <GigCardBody gig={drag.activeGig} stage={activeStage} now={now} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </>
  );
}
