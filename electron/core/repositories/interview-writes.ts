/** Write side of interviews: scheduling instantiates the kind's prep checklist; contacts must belong to the gig's side. */
import type Database from 'better-sqlite3';
import { interviewKinds, type ParsedInput } from '../../contract';
import { statement } from '../db/statements';
import { AppError, notFound } from '../errors';
import { insertTimelineEvent } from './timeline-repository';

type InterviewCreate = ParsedInput<'interviews.create'>;
type InterviewPatch = Omit<ParsedInput<'interviews.update'>, 'id'>;

const COLUMNS = {
  gigId: 'gig_id',
  startsAt: 'starts_at',
  timeZone: 'time_zone',
  durationMinutes: 'duration_minutes',
  kind: 'kind',
  link: 'link',
  location: 'location',
  round: 'round',
  outcome: 'outcome',
  notes: 'notes',
} as const satisfies Record<Exclude<keyof InterviewCreate, 'contactIds'>, string>;

const DEFAULTS = { durationMinutes: 60, kind: 'video', round: 1, outcome: 'pending', notes: '' } as const;

function gigOf(sqlite: Database.Database, gigId: number) {
  const gig = statement(
    sqlite,
    'SELECT id, client_id AS clientId, agency_client_id AS agencyClientId, title FROM gigs WHERE id = ?',
  ).get(gigId) as { id: number; clientId: number; agencyClientId: number | null; title: string } | undefined;
  if (!gig)
    throw new AppError('NOT_FOUND', 'This gig no longer exists', [
      { path: 'gigId', message: 'This gig no longer exists' },
    ]);
  return gig;
}

function replaceContacts(sqlite: Database.Database, interviewId: number, gigId: number, contactIds: number[]) {
  const gig = gigOf(sqlite, gigId);
  const allowed = statement(sqlite, 'SELECT 1 FROM contacts WHERE id = ? AND client_id IN (?, ?)');
  for (const contactId of contactIds) {
    if (!allowed.get(contactId, gig.clientId, gig.agencyClientId ?? gig.clientId)) {
      const message = 'Choose people from this gig’s client or agency';
      throw new AppError('VALIDATION', message, [{ path: 'contactIds', message }]);
    }
  }
  statement(sqlite, 'DELETE FROM interview_contacts WHERE interview_id = ?').run(interviewId);
  const insert = statement(sqlite, 'INSERT OR IGNORE INTO interview_contacts (interview_id, contact_id) VALUES (?, ?)');
  for (const contactId of contactIds) insert.run(interviewId, contactId);
}

function contactsOf(sqlite: Database.Database, interviewId: number): number[] {
  return (
    statement(sqlite, 'SELECT contact_id AS id FROM interview_contacts WHERE interview_id = ?').all(interviewId) as {
      id: number;
    }[]
  ).map((row) => row.id);
}

function instantiatePrep(sqlite: Database.Database, interviewId: number, kind: string) {
  statement(
    sqlite,
    `INSERT INTO interview_prep_items (interview_id, text, position)
     SELECT ?, text, position FROM prep_template_items WHERE interview_kind = ? ORDER BY position`,
  ).run(interviewId, kind);
}

export function insertInterview(sqlite: Database.Database, input: InterviewCreate, now: number): number {
  const gig = gigOf(sqlite, input.gigId);
  const keys = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
  const values = keys.map((k) => input[k] ?? (DEFAULTS as Record<string, unknown>)[k] ?? null);
  const result = statement(
    sqlite,
    `INSERT INTO interviews (${keys.map((k) => COLUMNS[k]).join(', ')}, created_at, updated_at)
     VALUES (${keys.map(() => '?').join(', ')}, ?, ?)`,
  ).run(...values, now, now);
  const id = Number(result.lastInsertRowid);
  if (input.contactIds?.length) replaceContacts(sqlite, id, input.gigId, input.contactIds);
  const kind = input.kind ?? DEFAULTS.kind;
  instantiatePrep(sqlite, id, kind);
  insertTimelineEvent(
    sqlite,
    {
      clientId: gig.clientId,
      gigId: gig.id,
      interviewId: id,
      kind: 'interview',
      body: `Interview scheduled (round ${input.round ?? 1}, ${kind.replace('_', '-')})`,
      meta: { startsAt: input.startsAt, timeZone: input.timeZone },
      occurredAt: now,
    },
    now,
  );
  return id;
}

export function updateInterviewRow(sqlite: Database.Database, id: number, patch: InterviewPatch, now: number) {
  const current = statement(sqlite, 'SELECT gig_id AS gigId, outcome FROM interviews WHERE id = ?').get(id) as
    { gigId: number; outcome: string } | undefined;
  if (!current) throw notFound('Interview', id);
  if (patch.gigId !== undefined) gigOf(sqlite, patch.gigId);
  const keys = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((k) => patch[k] !== undefined);
  const sets = [...keys.map((k) => `${COLUMNS[k]} = ?`), 'updated_at = ?'];
  const params = [...keys.map((k) => patch[k] ?? null), now, id];
  statement(sqlite, `UPDATE interviews SET ${sets.join(', ')} WHERE id = ?`).run(...params);
  // Moving an interview to another gig re-checks the people already on it against the new gig's sides.
  const contactIds =
    patch.contactIds ?? (patch.gigId !== undefined && patch.gigId !== current.gigId ? contactsOf(sqlite, id) : null);
  if (contactIds) replaceContacts(sqlite, id, patch.gigId ?? current.gigId, contactIds);
  if (patch.outcome && patch.outcome !== current.outcome && patch.outcome !== 'pending') {
    const gig = gigOf(sqlite, patch.gigId ?? current.gigId);
    insertTimelineEvent(
      sqlite,
      {
        clientId: gig.clientId,
        gigId: gig.id,
        interviewId: id,
        kind: 'interview',
        body: `Interview outcome: ${patch.outcome.replace('_', '-')}`,
        meta: { outcome: patch.outcome },
        occurredAt: now,
      },
      now,
    );
  }
}

export function deleteInterviewRow(sqlite: Database.Database, id: number) {
  if (statement(sqlite, 'DELETE FROM interviews WHERE id = ?').run(id).changes === 0) throw notFound('Interview', id);
}

export function insertPrepItem(sqlite: Database.Database, interviewId: number, text: string): number {
  if (!statement(sqlite, 'SELECT 1 FROM interviews WHERE id = ?').get(interviewId))
    throw notFound('Interview', interviewId);
  const next = (
    statement(
      sqlite,
      'SELECT coalesce(max(position), 0) + 1 AS p FROM interview_prep_items WHERE interview_id = ?',
    ).get(interviewId) as {
      p: number;
    }
  ).p;
  return Number(
    statement(sqlite, 'INSERT INTO interview_prep_items (interview_id, text, position) VALUES (?, ?, ?)').run(
      interviewId,
      text,
      next,
    ).lastInsertRowid,
  );
}

export function updatePrepItem(sqlite: Database.Database, input: ParsedInput<'interviewPrep.update'>, now: number) {
  const current = statement(sqlite, 'SELECT text, done_at AS doneAt FROM interview_prep_items WHERE id = ?').get(
    input.id,
  ) as { text: string; doneAt: number | null } | undefined;
  if (!current) throw notFound('Checklist item', input.id);
  const doneAt = input.done === undefined ? current.doneAt : input.done ? (current.doneAt ?? now) : null;
  statement(sqlite, 'UPDATE interview_prep_items SET text = ?, done_at = ? WHERE id = ?').run(
    input.text ?? current.text,
    doneAt,
    input.id,
  );
}

export function getPrepItem(sqlite: Database.Database, id: number) {
  const row = statement(
    sqlite,
    'SELECT id, interview_id AS interviewId, text, done_at AS doneAt, position FROM interview_prep_items WHERE id = ?',
  ).get(id) as { id: number; interviewId: number; text: string; doneAt: number | null; position: number } | undefined;
  if (!row) throw notFound('Checklist item', id);
  return row;
}

export function deletePrepItem(sqlite: Database.Database, id: number) {
  if (statement(sqlite, 'DELETE FROM interview_prep_items WHERE id = ?').run(id).changes === 0)
    throw notFound('Checklist item', id);
}

export function listPrepTemplates(sqlite: Database.Database) {
  const rows = statement(
    sqlite,
    'SELECT interview_kind AS kind, text FROM prep_template_items ORDER BY interview_kind, position, id',
  ).all() as {
    kind: InterviewCreate['kind'] & string;
    text: string;
  }[];
  return interviewKinds.map((kind) => ({ kind, items: rows.filter((r) => r.kind === kind).map((r) => r.text) }));
}

export function replacePrepTemplate(
  sqlite: Database.Database,
  kind: NonNullable<InterviewCreate['kind']>,
  items: string[],
) {
  statement(sqlite, 'DELETE FROM prep_template_items WHERE interview_kind = ?').run(kind);
  const insert = statement(sqlite, 'INSERT INTO prep_template_items (interview_kind, text, position) VALUES (?, ?, ?)');
  items.forEach((text, index) => insert.run(kind, text, index + 1));
}
