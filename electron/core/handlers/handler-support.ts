/** Small helpers shared by handlers: one transaction per write, and the user's current time frame. */
import type { Context } from '../context';
import type { TimeFrame } from '../repositories/deadline-queries';
import { localDateOf } from '../services/local-time';

/** Runs fn in one SQLite transaction: every write in it lands, or none does. */
export function inTransaction<T>(ctx: Context, fn: () => T): T {
  return ctx.sqlite.transaction(fn)();
}

export function timeFrame(ctx: Context): TimeFrame {
  const now = ctx.now();
  return { now, today: localDateOf(now, ctx.timeZone()) };
}

export function changed(ctx: Context, ...entities: string[]) {
  ctx.emit('data.changed', { entities });
}
