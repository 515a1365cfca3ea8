import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';

/** A company or person you work for (or want to). Archiving hides a client without losing its history. */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['company', 'individual'] })
      .notNull()
      .default('company'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    linkedin: text('linkedin'),
    location: text('location'),
    /** The client's IANA time zone, used to show interview times in their local time too. */
    timeZone: text('time_zone'),
    notes: text('notes').notNull().default(''),
    archivedAt: integer('archived_at'),
    ...timestamps,
  },
  (t) => [
    index('clients_name_idx').on(sql`${t.name} COLLATE NOCASE`),
    index('clients_archived_updated_idx').on(t.archivedAt, t.updatedAt),
  ],
);

/** People at a client: decision makers, recruiters, agency contacts, referrers. */
export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    linkedin: text('linkedin'),
    notes: text('notes').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('contacts_client_idx').on(t.clientId)],
);
