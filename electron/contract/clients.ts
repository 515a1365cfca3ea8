/** Clients and their contacts: input schemas, DTOs and procedures. */
import { z } from 'zod';
import {
  emptyInput,
  id,
  MAX_NAME,
  notesText,
  optionalEmail,
  optionalLinkedIn,
  optionalPhone,
  optionalText,
  optionalTimeZone,
  optionalUrl,
  requiredText,
  tagList,
} from './fields';
import { DeadlineSummarySchema } from './deadlines';
import { GigSummarySchema } from './gigs';
import { InterviewSummarySchema } from './interviews';
import { TimelineEventSchema } from './timeline';

export const clientKinds = ['company', 'individual'] as const;
export const clientSorts = ['name', 'updated', 'created'] as const;

export const contactFields = {
  name: requiredText('Name'),
  role: z.string().trim().max(100, 'Role must be at most 100 characters').optional(),
  email: optionalEmail,
  phone: optionalPhone,
  linkedin: optionalLinkedIn,
  notes: notesText(),
};
export const ContactFieldsSchema = z.object(contactFields).strict();

export const clientFields = {
  name: requiredText('Name'),
  kind: z.enum(clientKinds).optional(),
  email: optionalEmail,
  phone: optionalPhone,
  website: optionalUrl,
  linkedin: optionalLinkedIn,
  location: optionalText('Location', MAX_NAME),
  timeZone: optionalTimeZone,
  notes: notesText(),
  tags: tagList.optional(),
};
/** What the client form validates, field by field (the renderer uses this schema too). */
export const ClientFieldsSchema = z.object(clientFields).strict();

export const ContactSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  linkedin: z.string().nullable(),
  notes: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Contact = z.infer<typeof ContactSchema>;

const clientCore = {
  id: z.number(),
  name: z.string(),
  kind: z.enum(clientKinds),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  linkedin: z.string().nullable(),
  location: z.string().nullable(),
  timeZone: z.string().nullable(),
  tags: z.array(z.string()),
  archivedAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
};

export const ClientSummarySchema = z.object({ ...clientCore, contactCount: z.number() });
export type ClientSummary = z.infer<typeof ClientSummarySchema>;

/** Everything the client screen shows, fetched in one call. */
export const ClientDetailSchema = z.object({
  ...clientCore,
  notes: z.string(),
  contacts: z.array(ContactSchema),
  /** Gigs for this client, or brokered by it as an agency. */
  gigs: z.array(GigSummarySchema),
  interviews: z.array(InterviewSummarySchema),
  deadlines: z.array(DeadlineSummarySchema),
  timeline: z.array(TimelineEventSchema),
});
export type ClientDetail = z.infer<typeof ClientDetailSchema>;

export const TagSchema = z.object({
  id: z.number(),
  name: z.string(),
  color: z.string().nullable(),
  usage: z.number(),
});
export type Tag = z.infer<typeof TagSchema>;

export const clientProcedures = {
  'clients.list': {
    input: z
      .object({
        search: z.string().max(MAX_NAME, 'Search is too long').optional(),
        sort: z.enum(clientSorts).optional(),
        direction: z.enum(['asc', 'desc']).optional(),
        archived: z.enum(['active', 'archived', 'all']).optional(),
        tag: z.string().max(40).optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(ClientSummarySchema), total: z.number() }),
  },
  'clients.get': {
    input: z.object({ id }).strict(),
    output: ClientDetailSchema,
  },
  'clients.create': {
    input: z
      .object({ ...clientFields, contacts: z.array(ContactFieldsSchema).max(50, 'At most 50 contacts').optional() })
      .strict(),
    output: ClientDetailSchema,
  },
  'clients.update': {
    input: ClientFieldsSchema.partial().extend({ id }).strict(),
    output: ClientDetailSchema,
  },
  'clients.setArchived': {
    input: z.object({ id, archived: z.boolean() }).strict(),
    output: ClientDetailSchema,
  },
  'clients.delete': {
    /** A client with gigs is deleted only with `deleteGigs: true` (gigs, interviews and deadlines go too). */
    input: z.object({ id, deleteGigs: z.boolean().optional() }).strict(),
    output: z.object({ id: z.number() }),
  },
  'contacts.create': {
    input: ContactFieldsSchema.extend({ clientId: id }).strict(),
    output: ContactSchema,
  },
  'contacts.update': {
    input: ContactFieldsSchema.partial().extend({ id }).strict(),
    output: ContactSchema,
  },
  'contacts.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ id: z.number() }),
  },
  'tags.list': {
    input: emptyInput,
    output: z.array(TagSchema),
  },
} as const;
