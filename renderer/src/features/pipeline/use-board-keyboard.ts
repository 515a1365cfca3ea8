/**
 * The board's keyboard scheme. The board is one Tab stop (roving tabindex); on a focused card
 * arrows move focus (←/→ to the nearest column with cards), Home/End jump within the column, Enter
 * opens (cards are links), and Shift+arrows move the card itself: ←/→ to the previous/next stage, ↑/↓ within its column.
 * Focus follows the moved card, and an aria-live message says where it went.
 */
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { GigSummary } from '../../../../electron/contract';
import { registerShortcutHelp } from '../../app/shortcuts';
import {
  findCard,
  keyboardMoveTarget,
  neighbourCard,
  visibleCards,
  type BoardData,
  type Direction,
  type MoveTarget,
} from './board-moves';
import { cardDomId } from './gig-card';

registerShortcutHelp({
  title: 'Pipeline board',
  route: '/pipeline',
  lines: [
    { keys: ['↑', '↓', '←', '→'], label: 'Move between cards and columns' },
    { keys: ['Shift+←', 'Shift+→'], label: 'Move the card to the previous or next stage' },
    { keys: ['Shift+↑', 'Shift+↓'], label: 'Move the card up or down in its column' },
    { keys: ['Home', 'End'], label: 'First or last card in the column' },
    { keys: ['Enter'], label: 'Open the gig' },
    { keys: ['n'], label: 'New gig' },
  ],
});

const arrows: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function edgeMessage(gig: GigSummary, direction: Direction, stageName: string): string {
  if (direction === 'left') return `${gig.title} is already in the first stage`;
  if (direction === 'right') return `${gig.title} is already in the last stage`;
  return `${gig.title} is already at the ${direction === 'up' ? 'top' : 'bottom'} of ${stageName}`;
}

interface Options {
  board: BoardData;
  perStage: number;
  onMove: (gig: GigSummary, target: MoveTarget) => void;
  announce: (message: string) => void;
}

export function useBoardKeyboard({ board, perStage, onMove, announce }: Options) {
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const latest = useRef({ board, perStage, onMove, announce });
  useLayoutEffect(() => {
    latest.current = { board, perStage, onMove, announce };
  });

  // After a keyboard move the card re-renders in its new place: give it focus back there.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const element = document.getElementById(cardDomId(id));
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [board]);

  const focusCard = (id: number) => {
    const element = document.getElementById(cardDomId(id));
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const onCardKeyDown = useCallback((event: KeyboardEvent<HTMLAnchorElement>, gig: GigSummary) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { board, perStage, onMove, announce } = latest.current;
    const direction = arrows[event.key];
    if (direction && event.shiftKey) {
      event.preventDefault();
      const target = keyboardMoveTarget(board, gig.id, direction, perStage);
      const at = findCard(board, gig.id, perStage);
      const stageName = board.stages[at?.column ?? -1]?.name ?? '';
      if (!target) return announce(edgeMessage(gig, direction, stageName));
      pendingFocus.current = gig.id;
      onMove(gig, target);
      return;
    }
    if (event.shiftKey) return;
    if (direction) {
      event.preventDefault();
      const next = neighbourCard(board, gig.id, direction, perStage);
      if (next !== null) focusCard(next);
      return;
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const at = findCard(board, gig.id, perStage);
      const stage = board.stages[at?.column ?? -1];
      const cards = stage ? visibleCards(stage, perStage) : [];
      const target = event.key === 'Home' ? cards[0] : cards.at(-1);
      if (target) focusCard(target.id);
    }
  }, []);

  const onCardFocus = useCallback((id: number) => setFocusedId(id), []);

  const shown = board.stages.flatMap((stage) => visibleCards(stage, perStage));
  const tabbableId = shown.some((gig) => gig.id === focusedId) ? focusedId : (shown[0]?.id ?? null);
  return { tabbableId, onCardKeyDown, onCardFocus };
}
