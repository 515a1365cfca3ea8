/**
 * How long a gig has sat in its stage, and whether that is long enough to chase it: an open stage goes
 * stale after its own follow-up days (the same number the follow-up reminders use), or after two weeks
 * when the stage has none. Won and lost stages never go stale: nothing is waiting there.
 */
import type { Stage } from '../../../../electron/contract';

export const DAY_MS = 86_400_000;
export const DEFAULT_STALE_DAYS = 14;

/** Whole days since the gig entered its stage (0 on the day it moved, never negative). */
export function daysInStage(enteredAt: number, now: number): number {
  return Math.max(0, Math.floor((now - enteredAt) / DAY_MS));
}

export function staleAfterDays(stage: Pick<Stage, 'followUpDays'>): number {
  return stage.followUpDays ?? DEFAULT_STALE_DAYS;
}

export function isStale(stage: Pick<Stage, 'kind' | 'followUpDays'>, enteredAt: number, now: number): boolean {
  return stage.kind === 'open' && daysInStage(enteredAt, now) > staleAfterDays(stage);
}

/** "Moved here today", "1 day in stage", "12 days in stage". */
export function timeInStageLabel(enteredAt: number, now: number): string {
  const days = daysInStage(enteredAt, now);
  if (days === 0) return 'Moved here today';
  return days === 1 ? '1 day in stage' : `${days.toLocaleString()} days in stage`;
}

/** The table's short form under a "Time in stage" heading: "Today", "1 day", "12 days". */
export function shortTimeInStage(enteredAt: number, now: number): string {
  const days = daysInStage(enteredAt, now);
  if (days === 0) return 'Today';
  return days === 1 ? '1 day' : `${days.toLocaleString()} days`;
}
