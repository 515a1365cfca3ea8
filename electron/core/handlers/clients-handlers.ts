/** Client and contact procedures: each write runs in one transaction and returns the fresh DTO. */
import type { clientProcedures } from '../../contract';
import {
  assertClientExists,
  deleteClientRow,
  getClientDetail,
  insertClient,
  listClients,
  updateClientRow,
} from '../repositories/clients-repository';
import { deleteContact, getContact, insertContact, updateContact } from '../repositories/contacts-repository';
import { listTags, pruneUnusedTags, replaceClientTags } from '../repositories/tags-repository';
import type { HandlerMap } from '../router';

export const clientHandlers = {
  'clients.list': (input, ctx) => listClients(ctx.db, input),

  'clients.get': (input, ctx) => getClientDetail(ctx.db, input.id),

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
    return getClientDetail(ctx.db, id);
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
    return getClientDetail(ctx.db, id);
  },

  'clients.setArchived': (input, ctx) => {
    const now = ctx.now();
    updateClientRow(ctx.db, input.id, { archivedAt: input.archived ? now : null }, now);
    ctx.emit('data.changed', { entities: ['clients'] });
    return getClientDetail(ctx.db, input.id);
  },

  'clients.delete': (input, ctx) => {
    ctx.db.transaction((tx) => {
      deleteClientRow(tx, input.id);
      pruneUnusedTags(tx);
    });
    ctx.emit('data.changed', { entities: ['clients'] });
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
