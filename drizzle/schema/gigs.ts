import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients, contacts } from './clients';
import { timestamps } from './columns';

/**
 * Pipeline stages are user-editable; `kind` keeps statistics meaningful whatever the names
 * (open = still in play, won = work agreed or done, lost = did not happen).
 */
export const stages = sqliteTable(
  'stages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['open', 'won', 'lost'] }).notNull(),
    position: integer('position').notNull(),
    /** Days without client contact before a follow-up reminder; null = no silence rule for this stage. */
    followUpDays: integer('follow_up_days'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('stages_position_idx').on(t.position)],
);

export const gigSources = ['platform', 'referral', 'repeat', 'inbound', 'outreach', 'other'] as const;
export const rateUnits = ['hour', 'day', 'week', 'fixed'] as const;

/** A gig from first lead to paid work. Money is integer minor units of an ISO 4217 currency. */
export const gigs = sqliteTable(
  'gigs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** The agency brokering the gig, when the client is the end client reached through an agency. */
    agencyClientId: integer('agency_client_id').references(() => clients.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    stageId: integer('stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'restrict' }),
    stageEnteredAt: integer('stage_entered_at').notNull(),
    /** Order of the card inside its board column (fractional so a move rewrites one row). */
    position: real('position').notNull().default(0),
    source: text('source', { enum: gigSources }),
    /** Platform name, campaign, or any detail about where the gig came from. */
    sourceDetail: text('source_detail'),
    referrerContactId: integer('referrer_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    referrerClientId: integer('referrer_client_id').references(() => clients.id, { onDelete: 'set null' }),
    currency: text('currency'),
    rateUnit: text('rate_unit', { enum: rateUnits }),
    proposedRateMinor: integer('proposed_rate_minor'),
    agreedRateMinor: integer('agreed_rate_minor'),
    estimatedHours: real('estimated_hours'),
    budgetMinor: integer('budget_minor'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    requirements: text('requirements').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Client update cadence for active gigs, e.g. every 7 days; null = none. */
    updateEveryDays: integer('update_every_days'),
    /** Or a weekly update on a weekday (1 = Monday … 7 = Sunday); null = none. */
    updateWeekday: integer('update_weekday'),
    lastContactAt: integer('last_contact_at'),
    archivedAt: integer('archived_at'),
    ...timestamps,
  },
  (t) => [
    index('gigs_client_idx').on(t.clientId),
    index('gigs_stage_archived_position_idx').on(t.stageId, t.archivedAt, t.position),
    index('gigs_archived_updated_idx').on(t.archivedAt, t.updatedAt),
    index('gigs_agency_idx').on(t.agencyClientId),
    index('gigs_referrer_contact_idx').on(t.referrerContactId),
    index('gigs_referrer_client_idx').on(t.referrerClientId),
    // Insights read these alone (covering) and in the order they group by, so no figure sorts 50k rows:
    // open gigs per stage with their rates and time in stage; gigs per source and stage with when they
    // came in and who referred them; rates per currency and unit with when they came in.
    index('gigs_stage_rates_idx').on(
      t.stageId,
      t.archivedAt,
      t.currency,
      t.rateUnit,
      t.proposedRateMinor,
      t.agreedRateMinor,
      t.stageEnteredAt,
    ),
    // Each open stage's gigs in the order they entered it: the median time in stage is the middle entry.
    index('gigs_stage_entered_idx').on(t.stageId, t.archivedAt, t.stageEnteredAt),
    index('gigs_source_stage_idx').on(t.source, t.stageId, t.createdAt, t.referrerContactId, t.referrerClientId),
    index('gigs_rates_created_idx').on(t.currency, t.rateUnit, t.createdAt, t.proposedRateMinor, t.agreedRateMinor),
    // Partial, so Insights reads only the gigs that matter: those with an agreed rate (about a third) for
    // agreed medians and the ask-to-agreed gap, and referred ones (a fifth) for the top referrers.
    index('gigs_agreed_created_idx')
      .on(t.currency, t.rateUnit, t.createdAt, t.agreedRateMinor, t.proposedRateMinor)
      .where(sql`${t.agreedRateMinor} IS NOT NULL`),
    index('gigs_referred_created_idx')
      .on(t.createdAt, t.stageId, t.referrerContactId, t.referrerClientId)
      .where(sql`${t.referrerContactId} IS NOT NULL OR ${t.referrerClientId} IS NOT NULL`),
  ],
);

/** Clarifying questions for a gig: a checklist worked through before or during interviews. */
export const gigQuestions = sqliteTable(
  'gig_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gigId: integer('gig_id')
      .notNull()
      .references(() => gigs.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    answer: text('answer').notNull().default(''),
    doneAt: integer('done_at'),
    position: integer('position').notNull(),
  },
  (t) => [index('gig_questions_gig_idx').on(t.gigId, t.position)],
);

/** The rate trail of a negotiation: asked, countered, revised, agreed. */
export const rateEvents = sqliteTable(
  'rate_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gigId: integer('gig_id')
      .notNull()
      .references(() => gigs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['asked', 'countered', 'revised', 'agreed'] }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    unit: text('unit', { enum: rateUnits }).notNull(),
    occurredAt: integer('occurred_at').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('rate_events_gig_idx').on(t.gigId, t.occurredAt)],
);
