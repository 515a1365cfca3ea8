/**
 * Pure board arithmetic shared by drag and drop, the keyboard scheme and the optimistic update. The board
 * query asks for one card more than a column shows, so a card dropped below the last visible one can still
 * be placed "before" the first hidden card instead of jumping to the very end of a long stage.
 */
import type { GigSummary, ProcedureOutput } from '../../../../electron/contract';

export type BoardData = ProcedureOutput<'gigs.board'>;
export type BoardStage = BoardData['stages'][number];
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface MoveTarget {
  stageId: number;
  /** The card it is placed before; null = the end of the stage. */
  beforeId: number | null;
}

export interface CardPosition {
  column: number;
  index: number;
}

export function visibleCards(stage: BoardStage, perStage: number): GigSummary[] {
  return stage.gigs.slice(0, perStage);
}

export function findCard(board: BoardData, gigId: number, perStage: number): CardPosition | null {
  for (const [column, stage] of board.stages.entries()) {
    const index = visibleCards(stage, perStage).findIndex((gig) => gig.id === gigId);
    if (index >= 0) return { column, index };
  }
  return null;
}

/** The id a card placed at `index` of `cards` (which must not contain it) goes before. */
export function beforeIdAt(stage: BoardStage, perStage: number, index: number, movingId: number): number | null {
  const rest = stage.gigs.filter((gig) => gig.id !== movingId);
  return rest[Math.max(0, Math.min(index, perStage))]?.id ?? null;
}

/** Where Shift+arrow sends a card, or null when it is already at that edge. */
export function keyboardMoveTarget(
  board: BoardData,
  gigId: number,
  direction: Direction,
  perStage: number,
): MoveTarget | null {
  const at = findCard(board, gigId, perStage);
  if (!at) return null;
  const stage = board.stages[at.column];
  if (!stage) return null;
  if (direction === 'left' || direction === 'right') {
    const target = board.stages[at.column + (direction === 'left' ? -1 : 1)];
    if (!target) return null;
    return { stageId: target.id, beforeId: beforeIdAt(target, perStage, at.index, gigId) };
  }
  const shown = visibleCards(stage, perStage);
  if (direction === 'up') {
    const above = shown[at.index - 1];
    return above ? { stageId: stage.id, beforeId: above.id } : null;
  }
  if (at.index >= shown.length - 1) return null;
  return { stageId: stage.id, beforeId: stage.gigs[at.index + 2]?.id ?? null };
}

/** The card that arrow keys move focus to: up/down in the column, left/right to the nearest column with cards. */
export function neighbourCard(board: BoardData, gigId: number, direction: Direction, perStage: number): number | null {
  const at = findCard(board, gigId, perStage);
  if (!at) return null;
  if (direction === 'up' || direction === 'down') {
    const shown = visibleCards(board.stages[at.column], perStage);
    return shown[at.index + (direction === 'up' ? -1 : 1)]?.id ?? null;
  }
  const step = direction === 'left' ? -1 : 1;
  for (let column = at.column + step; column >= 0 && column < board.stages.length; column += step) {
    const shown = visibleCards(board.stages[column], perStage);
    if (shown.length) return shown[Math.min(at.index, shown.length - 1)].id;
  }
  return null;
}

/** The board as it will be after the move: what the optimistic update shows until the server answers. */
export function applyMove(board: BoardData, gigId: number, target: MoveTarget, now: number): BoardData {
  let moving: GigSummary | undefined;
  for (const stage of board.stages) moving ??= stage.gigs.find((gig) => gig.id === gigId);
  const toStage = board.stages.find((stage) => stage.id === target.stageId);
  if (!moving || !toStage) return board;
  const fromStageId = moving.stageId;
  const changedStage = fromStageId !== target.stageId;
  const moved: GigSummary = changedStage
    ? {
        ...moving,
        stageId: toStage.id,
        stageName: toStage.name,
        stageKind: toStage.kind,
        stageEnteredAt: now,
        updatedAt: now,
      }
    : { ...moving, updatedAt: now };
  return {
    ...board,
    stages: board.stages.map((stage) => {
      if (stage.id !== fromStageId && stage.id !== target.stageId) return stage;
      const gigs = stage.gigs.filter((gig) => gig.id !== gigId);
      let { total, gigCount } = stage;
      if (changedStage && stage.id === fromStageId) {
        total -= 1;
        gigCount -= 1;
      }
      if (stage.id === target.stageId) {
        const at = target.beforeId === null ? -1 : gigs.findIndex((gig) => gig.id === target.beforeId);
        gigs.splice(at < 0 ? gigs.length : at, 0, moved);
        if (changedStage) {
          total += 1;
          gigCount += 1;
        }
      }
      return { ...stage, gigs, total, gigCount };
    }),
  };
}
