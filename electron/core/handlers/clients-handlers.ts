/** Client and contact procedures: each write runs in one transaction and returns the fresh DTO. */
import type { ClientDetail, clientProcedures } from '../../contract';
import type { Context } from '../context';
import { deadlinesWhere } from '../repositories/deadline-queries';
import { gigsOfClient } from '../repositories/gig-queries';
import { interviewsOfClient } from '../repositories/interview-queries';
import { timelineOfClient } from '../repositories/timeline-repository';
import {
  assertClientExists,
  deleteClientRow,
  getClientRecord,
  insertClient,
  listClients,
  updateClientRow,
} from '../repositories/clients-repository';
import { deleteContact, getContact, insertContact, updateContact } from '../repositories/contacts-repository';
import { listTags, pruneUnusedTags, replaceClientTags } from '../repositories/tags-repository';
import type { HandlerMap } from '../router';
import { timeFrame } from './handler-support';

/** The client screen in one call: record, contacts, gigs, interviews, deadlines and timeline. */
export function getClientDetail(ctx: Context, id: number): ClientDetail {
  const record = getClientRecord(ctx.db, id);
  const frame = timeFrame(ctx);
  return {
    ...record,
    gigs: gigsOfClient(ctx.sqlite, id, frame.now),
    interviews: interviewsOfClient(ctx.sqlite, id),
    deadlines: deadlinesWhere(ctx.sqlite, 'client_id', id, frame),
    timeline: timelineOfClient(ctx.sqlite, id),
  };
}

export const clientHandlers = {
  'clients.list': (input, ctx) => listClients(ctx.sqlite, input),

  'clients.get': (input, ctx) => getClientDetail(ctx, input.id),

  'clients.create': (input, ctx) => {
    const now = ctx.now();
    const { tags, contacts, ...values } = input;
    const id = ctx.db.transaction((tx) => {
      const clientId = insertClient(tx, values, now);
      if (tags?.length) replaceClientTags(tx, clientId, tags, now);
      for (const contact of contacts ?? []) insertContact(tx, clientId, contact, now);
      return clientId;
    });
    ctx.emit('data.changed', { entities: ['clients'] });
    return getClientDetail(ctx, id);
  },

  'clients.update': (input, ctx) => {
    const now = ctx.now();
    const { id, tags, ...patch } = input;
    ctx.db.transaction((tx) => {
      updateClientRow(tx, id, patch, now);
      if (tags) {
        replaceClientTags(tx, id, tags, now);
        pruneUnusedTags(tx);
      }
    });
    ctx.emit('data.changed', { entities: ['clients'] });
    return getClientDetail(ctx, id);
  },

  'clients.setArchived': (input, ctx) => {
    const now = ctx.now();
    updateClientRow(ctx.db, input.id, { archivedAt: input.archived ? now : null }, now);
    ctx.emit('data.changed', { entities: ['clients'] });
    return getClientDetail(ctx, input.id);
  },

  'clients.delete': (input, ctx) => {
    ctx.db.transaction((tx) => {
      deleteClientRow(tx, input.id, input.deleteGigs ?? false);
      pruneUnusedTags(tx);
    });
    ctx.emit('data.changed', { entities: ['clients', 'gigs', 'interviews', 'deadlines', 'agenda'] });
    return { id: input.id };
  },

  'contacts.create': (input, ctx) => {
    const { clientId, ...values } = input;
    const contact = ctx.db.transaction((tx) => {
      assertClientExists(tx, clientId);
      return insertContact(tx, clientId, values, ctx.now());
    });
    ctx.emit('data.changed', { entities: ['clients', 'contacts'] });
    return contact;
  },

  'contacts.update': (input, ctx) => {
    const { id, ...patch } = input;
    const contact = ctx.db.transaction((tx) => {
      getContact(tx, id);
      return updateContact(tx, id, patch, ctx.now());
    });
    ctx.emit('data.changed', { entities: ['clients', 'contacts'] });
    return contact;
  },

  'contacts.delete': (input, ctx) => {
    deleteContact(ctx.db, input.id);
    ctx.emit('data.changed', { entities: ['clients', 'contacts'] });
    return { id: input.id };
  },

  'tags.list': (_input, ctx) => listTags(ctx.db),
} satisfies HandlerMap<keyof typeof clientProcedures>;
