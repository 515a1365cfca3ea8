/** Gig, stage, clarifying-question and rate-trail procedures. */
import type { gigProcedures, GigDetail } from '../../contract';
import type { Context } from '../context';
import { deadlinesWhere } from '../repositories/deadline-queries';
import { boardGigs, getGigSummary, listGigs } from '../repositories/gig-queries';
import {
  deleteQuestion,
  deleteRateEvent,
  getQuestion,
  getRateEvent,
  insertQuestion,
  insertRateEvent,
  questionsOfGig,
  rateEventsOfGig,
  updateQuestion,
} from '../repositories/gig-questions-repository';
import {
  deleteGigRow,
  insertGig,
  moveGigRow,
  readGigRow,
  recordStageChange,
  setGigArchived,
  updateGigRow,
} from '../repositories/gig-writes';
import { interviewsOfGig } from '../repositories/interview-queries';
import {
  deleteStage,
  defaultStageId,
  getStage,
  insertStage,
  listStages,
  reorderStages,
  updateStage,
} from '../repositories/stages-repository';
import { pruneUnusedTags, replaceGigTags } from '../repositories/tags-repository';
import { timelineOfGig } from '../repositories/timeline-repository';
import { statement } from '../db/statements';
import type { HandlerMap } from '../router';
import { changed, inTransaction, timeFrame } from './handler-support';

type Ref = { id: number; name: string } | null;

function ref(ctx: Context, table: 'clients' | 'contacts', id: unknown): Ref {
  if (typeof id !== 'number') return null;
  return (statement(ctx.sqlite, `SELECT id, name FROM ${table} WHERE id = ?`).get(id) as Ref | undefined) ?? null;
}

export function gigDetail(ctx: Context, id: number): GigDetail {
  const frame = timeFrame(ctx);
  const summary = getGigSummary(ctx.sqlite, id, frame.now);
  const row = statement(
    ctx.sqlite,
    `SELECT agency_client_id AS agencyClientId, source_detail AS sourceDetail, referrer_contact_id AS referrerContactId,
       referrer_client_id AS referrerClientId, estimated_hours AS estimatedHours, budget_minor AS budgetMinor,
       end_date AS endDate, requirements, notes, update_every_days AS updateEveryDays, update_weekday AS updateWeekday, last_contact_at AS lastContactAt
     FROM gigs WHERE id = ?`,
  ).get(id) as Omit<
    GigDetail,
    | keyof typeof summary
    | 'agency'
    | 'referrerContact'
    | 'referrerClient'
    | 'questions'
    | 'rateEvents'
    | 'interviews'
    | 'deadlines'
    | 'timeline'
  >;
  return {
    ...summary,
    ...row,
    agency: ref(ctx, 'clients', row.agencyClientId),
    referrerContact: ref(ctx, 'contacts', row.referrerContactId),
    referrerClient: ref(ctx, 'clients', row.referrerClientId),
    questions: questionsOfGig(ctx.sqlite, id),
    rateEvents: rateEventsOfGig(ctx.sqlite, id),
    interviews: interviewsOfGig(ctx.sqlite, id),
    deadlines: deadlinesWhere(ctx.sqlite, 'gig_id', id, frame),
    timeline: timelineOfGig(ctx.sqlite, id),
  };
}

export const gigHandlers = {
  'gigs.board': (input, ctx) => boardGigs(ctx.sqlite, input, ctx.now()),
  'gigs.list': (input, ctx) => listGigs(ctx.sqlite, input, ctx.now()),
  'gigs.get': (input, ctx) => gigDetail(ctx, input.id),

  'gigs.create': (input, ctx) => {
    const now = ctx.now();
    const id = inTransaction(ctx, () => {
      const gigId = insertGig(ctx.sqlite, { ...input, stageId: input.stageId ?? defaultStageId(ctx.sqlite) }, now);
      if (input.tags?.length) replaceGigTags(ctx.db, gigId, input.tags, now);
      return gigId;
    });
    changed(ctx, 'gigs');
    return gigDetail(ctx, id);
  },

  'gigs.update': (input, ctx) => {
    const now = ctx.now();
    const { id, tags, ...patch } = input;
    inTransaction(ctx, () => {
      const previousStage = updateGigRow(ctx.sqlite, id, patch, now);
      if (previousStage !== null) recordStageChange(ctx.sqlite, id, previousStage, now);
      if (tags) {
        replaceGigTags(ctx.db, id, tags, now);
        pruneUnusedTags(ctx.db);
      }
    });
    changed(ctx, 'gigs');
    return gigDetail(ctx, id);
  },

  'gigs.move': (input, ctx) => {
    const now = ctx.now();
    inTransaction(ctx, () => moveGigRow(ctx.sqlite, input.id, input.stageId, input.beforeId ?? null, now));
    changed(ctx, 'gigs');
    return getGigSummary(ctx.sqlite, input.id, now);
  },

  'gigs.setArchived': (input, ctx) => {
    setGigArchived(ctx.sqlite, input.id, input.archived, ctx.now());
    changed(ctx, 'gigs');
    return gigDetail(ctx, input.id);
  },

  'gigs.delete': (input, ctx) => {
    inTransaction(ctx, () => {
      readGigRow(ctx.sqlite, input.id);
      deleteGigRow(ctx.sqlite, input.id);
      pruneUnusedTags(ctx.db);
    });
    changed(ctx, 'gigs', 'interviews', 'deadlines');
    return { id: input.id };
  },

  'gigQuestions.create': (input, ctx) => {
    const id = insertQuestion(ctx.sqlite, input.gigId, input.text);
    changed(ctx, 'gigs');
    return getQuestion(ctx.sqlite, id);
  },
  'gigQuestions.update': (input, ctx) => {
    updateQuestion(ctx.sqlite, input, ctx.now());
    changed(ctx, 'gigs');
    return getQuestion(ctx.sqlite, input.id);
  },
  'gigQuestions.delete': (input, ctx) => {
    deleteQuestion(ctx.sqlite, input.id);
    changed(ctx, 'gigs');
    return { id: input.id };
  },

  'rateEvents.create': (input, ctx) => {
    const id = inTransaction(ctx, () => insertRateEvent(ctx.sqlite, input, ctx.now()));
    changed(ctx, 'gigs');
    return getRateEvent(ctx.sqlite, id);
  },
  'rateEvents.delete': (input, ctx) => {
    deleteRateEvent(ctx.sqlite, input.id);
    changed(ctx, 'gigs');
    return { id: input.id };
  },

  'stages.list': (_input, ctx) => listStages(ctx.sqlite),
  'stages.create': (input, ctx) => {
    const id = inTransaction(ctx, () => insertStage(ctx.sqlite, input, ctx.now()));
    changed(ctx, 'stages');
    return getStage(ctx.sqlite, id);
  },
  'stages.update': (input, ctx) => {
    const { id, ...patch } = input;
    inTransaction(ctx, () => updateStage(ctx.sqlite, id, patch));
    changed(ctx, 'stages', 'gigs');
    return getStage(ctx.sqlite, id);
  },
  'stages.reorder': (input, ctx) => {
    inTransaction(ctx, () => reorderStages(ctx.sqlite, input.ids));
    changed(ctx, 'stages', 'gigs');
    return listStages(ctx.sqlite);
  },
  'stages.delete': (input, ctx) => {
    inTransaction(ctx, () => deleteStage(ctx.sqlite, input.id));
    changed(ctx, 'stages', 'gigs');
    return { id: input.id };
  },
} satisfies HandlerMap<keyof typeof gigProcedures>;
