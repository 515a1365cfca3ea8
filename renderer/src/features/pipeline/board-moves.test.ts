import { describe, expect, it } from 'vitest';
import type { GigSummary } from '../../../../electron/contract';
import {
  applyMove,
  beforeIdAt,
  keyboardMoveTarget,
  neighbourCard,
  type BoardData,
  type BoardStage,
} from './board-moves';

function gig(id: number, stageId: number): GigSummary {
  return {
    id,
    title: `Gig ${id}`,
    clientId: 1,
    clientName: 'Acme',
    stageId,
    stageName: `Stage ${stageId}`,
    stageKind: 'open',
    stageEnteredAt: 0,
    position: id,
    source: null,
    currency: null,
    rateUnit: null,
    proposedRateMinor: null,
    agreedRateMinor: null,
    startDate: null,
    tags: [],
    nextInterview: null,
    nextDeadline: null,
    archivedAt: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

function stage(id: number, gigIds: number[], total = gigIds.length): BoardStage {
  return {
    id,
    name: `Stage ${id}`,
    kind: id === 4 ? 'won' : 'open',
    position: id,
    followUpDays: null,
    gigCount: total,
    total,
    gigs: gigIds.map((g) => gig(g, id)),
  };
}

/** Three cards shown per column; column 2 has a hidden fourth card (14) and more behind it. */
const PER = 3;
const board: BoardData = {
  stages: [stage(1, [1, 2, 3]), stage(2, [11, 12, 13, 14], 9), stage(3, []), stage(4, [31])],
};
const ids = (b: BoardData, column: number) => b.stages[column]?.gigs.map((g) => g.id);

describe('keyboard moves', () => {
  it('Shift+→ keeps the row in the next stage and places the card before the card there', () => {
    expect(keyboardMoveTarget(board, 2, 'right', PER)).toEqual({ stageId: 2, beforeId: 12 });
    expect(keyboardMoveTarget(board, 13, 'right', PER)).toEqual({ stageId: 3, beforeId: null });
    expect(keyboardMoveTarget(board, 3, 'right', PER)).toEqual({ stageId: 2, beforeId: 13 });
  });

  it('Shift+← and Shift+→ stop at the first and last stage', () => {
    expect(keyboardMoveTarget(board, 1, 'left', PER)).toBeNull();
    expect(keyboardMoveTarget(board, 31, 'right', PER)).toBeNull();
    expect(keyboardMoveTarget(board, 31, 'left', PER)).toEqual({ stageId: 3, beforeId: null });
  });

  it('Shift+↑/↓ reorder within the column and stop at its ends', () => {
    expect(keyboardMoveTarget(board, 2, 'up', PER)).toEqual({ stageId: 1, beforeId: 1 });
    expect(keyboardMoveTarget(board, 1, 'up', PER)).toBeNull();
    expect(keyboardMoveTarget(board, 1, 'down', PER)).toEqual({ stageId: 1, beforeId: 3 });
    expect(keyboardMoveTarget(board, 2, 'down', PER)).toEqual({ stageId: 1, beforeId: null });
    expect(keyboardMoveTarget(board, 3, 'down', PER)).toBeNull();
  });

  it('moving down to the last shown place of a long column goes before the first hidden card', () => {
    expect(keyboardMoveTarget(board, 12, 'down', PER)).toEqual({ stageId: 2, beforeId: 14 });
  });

  it('arrow focus moves within a column and skips empty columns sideways', () => {
    expect(neighbourCard(board, 1, 'down', PER)).toBe(2);
    expect(neighbourCard(board, 1, 'up', PER)).toBeNull();
    expect(neighbourCard(board, 13, 'down', PER)).toBeNull();
    expect(neighbourCard(board, 3, 'right', PER)).toBe(13);
    expect(neighbourCard(board, 13, 'right', PER)).toBe(31);
    expect(neighbourCard(board, 31, 'left', PER)).toBe(11);
    expect(neighbourCard(board, 1, 'left', PER)).toBeNull();
  });
});

describe('beforeIdAt', () => {
  it('names the card at the drop index, the first hidden card below the shown ones, or the end', () => {
    const long = board.stages[1];
    expect(beforeIdAt(long, PER, 0, 2)).toBe(11);
    expect(beforeIdAt(long, PER, 3, 2)).toBe(14);
    expect(beforeIdAt(long, PER, 99, 2)).toBe(14);
    expect(beforeIdAt(long, PER, 1, 11)).toBe(13);
    expect(beforeIdAt(board.stages[2], PER, 0, 2)).toBeNull();
  });
});

describe('applyMove', () => {
  it('moves a card to another stage, before the given card, and adjusts both totals', () => {
    const next = applyMove(board, 2, { stageId: 2, beforeId: 12 }, 5000);
    expect(ids(next, 0)).toEqual([1, 3]);
    expect(ids(next, 1)).toEqual([11, 2, 12, 13, 14]);
    expect(next.stages[0]?.total).toBe(2);
    expect(next.stages[1]?.total).toBe(10);
    const moved = next.stages[1]?.gigs[1];
    expect(moved).toMatchObject({ id: 2, stageId: 2, stageName: 'Stage 2', stageEnteredAt: 5000 });
  });

  it('reorders within a stage without touching totals or the time in stage', () => {
    const next = applyMove(board, 3, { stageId: 1, beforeId: 1 }, 5000);
    expect(ids(next, 0)).toEqual([3, 1, 2]);
    expect(next.stages[0]?.total).toBe(3);
    expect(next.stages[0]?.gigs[0]?.stageEnteredAt).toBe(0);
  });

  it('appends when there is no card to go before, and takes the target stage’s kind', () => {
    const next = applyMove(board, 1, { stageId: 4, beforeId: null }, 5000);
    expect(ids(next, 3)).toEqual([31, 1]);
    expect(next.stages[3]?.gigs[1]?.stageKind).toBe('won');
  });

  it('leaves the board as it is for an unknown card or stage', () => {
    expect(applyMove(board, 999, { stageId: 1, beforeId: null }, 1)).toBe(board);
    expect(applyMove(board, 1, { stageId: 999, beforeId: null }, 1)).toBe(board);
  });
});
