/** Deadline procedures. */
import type { deadlineProcedures } from '../../contract';
import { getDeadlineDetail, listDeadlines } from '../repositories/deadline-queries';
import {
  deleteDeadlineRow,
  insertDeadline,
  setDeadlineCompleted,
  updateDeadlineRow,
} from '../repositories/deadline-writes';
import type { HandlerMap } from '../router';
import { changed, inTransaction, timeFrame } from './handler-support';

export const deadlineHandlers = {
  'deadlines.list': (input, ctx) => listDeadlines(ctx.sqlite, input, timeFrame(ctx)),
  'deadlines.get': (input, ctx) => getDeadlineDetail(ctx.sqlite, input.id, timeFrame(ctx)),
  'deadlines.create': (input, ctx) => {
    const id = inTransaction(ctx, () => insertDeadline(ctx.sqlite, input, ctx.timeZone(), ctx.now()));
    changed(ctx, 'deadlines', 'gigs', 'agenda');
    return getDeadlineDetail(ctx.sqlite, id, timeFrame(ctx));
  },
  'deadlines.update': (input, ctx) => {
    const { id, ...patch } = input;
    inTransaction(ctx, () => updateDeadlineRow(ctx.sqlite, id, patch, ctx.timeZone(), ctx.now()));
    changed(ctx, 'deadlines', 'gigs', 'agenda');
    return getDeadlineDetail(ctx.sqlite, id, timeFrame(ctx));
  },
  'deadlines.setCompleted': (input, ctx) => {
    inTransaction(ctx, () => setDeadlineCompleted(ctx.sqlite, input.id, input.completed, ctx.now()));
    changed(ctx, 'deadlines', 'gigs', 'agenda');
    return getDeadlineDetail(ctx.sqlite, input.id, timeFrame(ctx));
  },
  'deadlines.delete': (input, ctx) => {
    deleteDeadlineRow(ctx.sqlite, input.id);
    changed(ctx, 'deadlines', 'gigs', 'agenda');
    return { id: input.id };
  },
} satisfies HandlerMap<keyof typeof deadlineProcedures>;
