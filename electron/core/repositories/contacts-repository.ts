/** Contacts belong to one client; deleting the client deletes them (FK cascade). */
import { asc, eq, sql } from 'drizzle-orm';
import { contacts } from '../../../drizzle/schema';
import type { Contact } from '../../contract';
import type { AppDatabase } from '../db/open-database';
import { preparedOnce } from '../db/statements';
import { notFound } from '../errors';

export interface ContactValues {
  name: string;
  role?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  linkedin?: string | null | undefined;
  notes?: string | undefined;
}

export function listContactsOfClient(db: AppDatabase, clientId: number): Contact[] {
  return preparedOnce(db, 'contactsOfClient', () =>
    db
      .select()
      .from(contacts)
      .where(eq(contacts.clientId, sql.placeholder('clientId')))
      .orderBy(sql`${contacts.name} COLLATE NOCASE`, asc(contacts.id))
      .prepare(),
  ).all({ clientId });
}

export function getContact(db: AppDatabase, id: number): Contact {
  const row = db.select().from(contacts).where(eq(contacts.id, id)).get();
  if (!row) throw notFound('Contact', id);
  return row;
}

export function insertContact(db: AppDatabase, clientId: number, values: ContactValues, now: number): Contact {
  return db
    .insert(contacts)
    .values({
      clientId,
      name: values.name,
      role: values.role ?? '',
      email: values.email ?? null,
      phone: values.phone ?? null,
      linkedin: values.linkedin ?? null,
      notes: values.notes ?? '',
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}

export function updateContact(db: AppDatabase, id: number, patch: Partial<ContactValues>, now: number): Contact {
  const row = db
    .update(contacts)
    .set({ ...patch, updatedAt: now })
    .where(eq(contacts.id, id))
    .returning()
    .get();
  if (!row) throw notFound('Contact', id);
  return row;
}

export function deleteContact(db: AppDatabase, id: number): { id: number; clientId: number } {
  const row = db
    .delete(contacts)
    .where(eq(contacts.id, id))
    .returning({ id: contacts.id, clientId: contacts.clientId })
    .get();
  if (!row) throw notFound('Contact', id);
  return row;
}
