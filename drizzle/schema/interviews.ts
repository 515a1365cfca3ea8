import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { contacts } from './clients';
import { timestamps } from './columns';
import { gigs } from './gigs';

export const interviewKinds = ['call', 'video', 'onsite', 'technical', 'take_home'] as const;
export const interviewOutcomes = ['pending', 'passed', 'rejected', 'cancelled', 'no_show'] as const;

/** An interview for a gig: an instant plus the IANA zone it was arranged in. */
export const interviews = sqliteTable(
  'interviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gigId: integer('gig_id')
      .notNull()
      .references(() => gigs.id, { onDelete: 'cascade' }),
    startsAt: integer('starts_at').notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    kind: text('kind', { enum: interviewKinds }).notNull().default('video'),
    link: text('link'),
    location: text('location'),
    round: integer('round').notNull().default(1),
    outcome: text('outcome', { enum: interviewOutcomes }).notNull().default('pending'),
    notes: text('notes').notNull().default(''),
    ...timestamps,
  },
  // The outcome behind starts_at lets Insights count outcomes in a period from the index alone.
  (t) => [
    index('interviews_starts_idx').on(t.startsAt, t.outcome),
    // Insights counts each outcome over a period as one range, reading nothing else.
    index('interviews_outcome_starts_idx').on(t.outcome, t.startsAt),
    index('interviews_gig_idx').on(t.gigId, t.startsAt),
    // max(duration_minutes) in one index step: it bounds how far back the overlap check looks.
    index('interviews_duration_idx').on(t.durationMinutes),
  ],
);

/** The client's people present at an interview. */
export const interviewContacts = sqliteTable(
  'interview_contacts',
  {
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.interviewId, t.contactId] }),
    index('interview_contacts_contact_idx').on(t.contactId),
  ],
);

/** Editable prep-checklist templates, one list of items per interview kind. */
export const prepTemplateItems = sqliteTable(
  'prep_template_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    interviewKind: text('interview_kind', { enum: interviewKinds }).notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('prep_template_items_kind_idx').on(t.interviewKind, t.position)],
);

/** A prep checklist instantiated on one interview from its kind's template. */
export const interviewPrepItems = sqliteTable(
  'interview_prep_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    doneAt: integer('done_at'),
    position: integer('position').notNull(),
  },
  (t) => [index('interview_prep_items_interview_idx').on(t.interviewId, t.position)],
);
