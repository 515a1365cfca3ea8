/** Interview, prep-checklist and prep-template procedures. */
import type { interviewProcedures } from '../../contract';
import { getInterviewDetail, listInterviews } from '../repositories/interview-queries';
import {
  deleteInterviewRow,
  deletePrepItem,
  getPrepItem,
  insertInterview,
  insertPrepItem,
  listPrepTemplates,
  replacePrepTemplate,
  updateInterviewRow,
  updatePrepItem,
} from '../repositories/interview-writes';
import type { HandlerMap } from '../router';
import { changed, inTransaction } from './handler-support';

export const interviewHandlers = {
  'interviews.list': (input, ctx) => listInterviews(ctx.sqlite, input),
  'interviews.get': (input, ctx) => getInterviewDetail(ctx.sqlite, input.id),
  'interviews.create': (input, ctx) => {
    const id = inTransaction(ctx, () => insertInterview(ctx.sqlite, input, ctx.now()));
    changed(ctx, 'interviews', 'gigs', 'agenda');
    return getInterviewDetail(ctx.sqlite, id);
  },
  'interviews.update': (input, ctx) => {
    const { id, ...patch } = input;
    inTransaction(ctx, () => updateInterviewRow(ctx.sqlite, id, patch, ctx.now()));
    changed(ctx, 'interviews', 'gigs', 'agenda');
    return getInterviewDetail(ctx.sqlite, id);
  },
  'interviews.delete': (input, ctx) => {
    deleteInterviewRow(ctx.sqlite, input.id);
    changed(ctx, 'interviews', 'gigs', 'agenda');
    return { id: input.id };
  },

  'interviewPrep.create': (input, ctx) => {
    const id = insertPrepItem(ctx.sqlite, input.interviewId, input.text);
    changed(ctx, 'interviews', 'gigs', 'agenda');
    return getPrepItem(ctx.sqlite, id);
  },
  'interviewPrep.update': (input, ctx) => {
    updatePrepItem(ctx.sqlite, input, ctx.now());
    changed(ctx, 'interviews', 'gigs', 'agenda');
    return getPrepItem(ctx.sqlite, input.id);
  },
  'interviewPrep.delete': (input, ctx) => {
    deletePrepItem(ctx.sqlite, input.id);
    changed(ctx, 'interviews', 'gigs', 'agenda');
    return { id: input.id };
  },

  'prepTemplates.list': (_input, ctx) => listPrepTemplates(ctx.sqlite),
  'prepTemplates.update': (input, ctx) => {
    inTransaction(ctx, () => replacePrepTemplate(ctx.sqlite, input.kind, input.items));
    changed(ctx, 'prepTemplates');
    return { kind: input.kind, items: input.items };
  },
} satisfies HandlerMap<keyof typeof interviewProcedures>;
