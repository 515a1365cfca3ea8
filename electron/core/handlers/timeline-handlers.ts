/** Logging notes and contacts by hand; the rest of the timeline is written by the other handlers. */
import type { timelineProcedures } from '../../contract';
import { statement } from '../db/statements';
import { AppError } from '../errors';
import { deleteTimelineEvent, getTimelineEvent, insertTimelineEvent } from '../repositories/timeline-repository';
import type { HandlerMap } from '../router';
import { changed, inTransaction } from './handler-support';

export const timelineHandlers = {
  'timeline.create': (input, ctx) => {
    const now = ctx.now();
    const id = inTransaction(ctx, () => {
      let clientId = input.clientId ?? null;
      if (input.gigId !== undefined) {
        const gig = statement(
          ctx.sqlite,
          'SELECT client_id AS clientId, agency_client_id AS agencyClientId FROM gigs WHERE id = ?',
        ).get(input.gigId) as { clientId: number; agencyClientId: number | null } | undefined;
        if (!gig)
          throw new AppError('NOT_FOUND', 'This gig no longer exists', [
            { path: 'gigId', message: 'This gig no longer exists' },
          ]);
        // An entry about a gig belongs to its client or its agency, never to an unrelated client.
        if (clientId !== null && clientId !== gig.clientId && clientId !== gig.agencyClientId) {
          const message = 'The gig belongs to another client';
          throw new AppError('VALIDATION', message, [{ path: 'clientId', message }]);
        }
        clientId ??= gig.clientId;
      }
      if (clientId !== null && !statement(ctx.sqlite, 'SELECT 1 FROM clients WHERE id = ?').get(clientId)) {
        throw new AppError('NOT_FOUND', 'This client no longer exists', [
          { path: 'clientId', message: 'This client no longer exists' },
        ]);
      }
      return insertTimelineEvent(
        ctx.sqlite,
        {
          clientId,
          gigId: input.gigId ?? null,
          kind: input.kind,
          body: input.body,
          occurredAt: input.occurredAt ?? now,
        },
        now,
      );
    });
    changed(ctx, 'timeline', 'clients', 'gigs');
    return getTimelineEvent(ctx.sqlite, id);
  },
  'timeline.delete': (input, ctx) => {
    deleteTimelineEvent(ctx.sqlite, input.id);
    changed(ctx, 'timeline', 'clients', 'gigs');
    return { id: input.id };
  },
} satisfies HandlerMap<keyof typeof timelineProcedures>;
