/**
 * A calendar invite becomes interviews of a gig the person chooses (the preview suggests gigs: the
 * organiser is a contact of a client, or shares its email domain, or the title names a client). The
 * organiser becomes a contact of the gig's client (or the existing contact with that email is used) and
 * is linked to the interview. An event already on that gig at the same instant is a duplicate.
 */
import type Database from 'better-sqlite3';
import { contactFields, type ImportPreview, type ImportRow } from '../../contract';
import type { Context } from '../context';
import { statement } from '../db/statements';
import { insertInterview } from '../repositories/interview-writes';
import { syncSearchIndex } from '../repositories/search-index';
import { countsFor, type ImportReport } from './import-report';
import { parseCalendar, readEvents, type IcsEvent, type Person } from './ics-read';
import type { Progress } from './progress';

export interface IcsOptions {
  gigId?: number | undefined;
  events?: number[] | undefined;
  organizerAsContact?: boolean | undefined;
}

type Suggestion = NonNullable<ImportPreview['ics']>['suggestedGigs'][number];

const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'mail.com',
  'yandex.com',
  'zoho.com',
  'fastmail.com',
  'posteo.de',
  't-online.de',
]);

function domainOf(email: string | null): string | null {
  const domain = email?.split('@')[1]?.toLowerCase().trim();
  return domain && !PUBLIC_DOMAINS.has(domain) ? domain : null;
}

const GIG_OF_CLIENT = `SELECT g.id, g.title, c.id AS clientId, c.name AS clientName FROM gigs g
  JOIN clients c ON c.id = g.client_id JOIN stages s ON s.id = g.stage_id
  WHERE g.archived_at IS NULL AND g.client_id IN (SELECT value FROM json_each(?))
  ORDER BY s.kind = 'open' DESC, g.updated_at DESC LIMIT 10`;

export function suggestGigs(sqlite: Database.Database, events: IcsEvent[]): Suggestion[] {
  const people = events.flatMap((e) => [e.organizer, ...e.attendees]).filter((p): p is Person => p?.email != null);
  const reasons: [number[], string][] = [];
  const emails = [...new Set(people.map((p) => (p.email as string).toLowerCase()))];
  const byContact = statement(sqlite, 'SELECT DISTINCT client_id AS id FROM contacts WHERE lower(email) = ?');
  for (const email of emails) {
    const ids = (byContact.all(email) as { id: number }[]).map((r) => r.id);
    if (ids.length) reasons.push([ids, `${email} is a contact of this client`]);
  }
  const byDomain = statement(
    sqlite,
    `SELECT id FROM clients WHERE lower(email) LIKE '%@' || ? OR lower(website) LIKE '%' || ? || '%'
     UNION SELECT client_id FROM contacts WHERE lower(email) LIKE '%@' || ?`,
  );
  for (const domain of new Set(emails.map(domainOf).filter((d): d is string => d !== null))) {
    const ids = (byDomain.all(domain, domain, domain) as { id: number }[]).map((r) => r.id);
    if (ids.length) reasons.push([ids, `Same email domain (${domain})`]);
  }
  const titles = events.map((e) => e.summary.toLowerCase()).join('\n');
  const named = (
    sqlite
      .prepare('SELECT id, lower(name) AS name FROM clients WHERE archived_at IS NULL AND length(name) >= 3')
      .all() as {
      id: number;
      name: string;
    }[]
  ).filter((c) => titles.includes(c.name));
  if (named.length) reasons.push([named.slice(0, 20).map((c) => c.id), 'The event title names this client']);
  const seen = new Set<number>();
  const out: Suggestion[] = [];
  const gigs = statement(sqlite, GIG_OF_CLIENT);
  for (const [ids, reason] of reasons) {
    for (const gig of gigs.all(JSON.stringify(ids)) as Omit<Suggestion, 'reason'>[]) {
      if (seen.has(gig.id) || out.length >= 10) continue;
      seen.add(gig.id);
      out.push({ ...gig, reason });
    }
  }
  return out;
}

function gigOf(sqlite: Database.Database, id: number) {
  return statement(sqlite, 'SELECT id, client_id AS clientId, agency_client_id AS agencyId FROM gigs WHERE id = ?').get(
    id,
  ) as { id: number; clientId: number; agencyId: number | null } | undefined;
}

export function planIcsImport(
  ctx: Context,
  text: string,
  options: IcsOptions,
  progress: Progress,
  write: boolean,
): { report: ImportReport; ics: NonNullable<ImportPreview['ics']> } {
  const { sqlite } = ctx;
  const events = readEvents(parseCalendar(text), ctx.timeZone());
  const report: ImportReport = {
    kind: 'ics',
    totalRows: events.length,
    counts: new Map(),
    rows: [],
    errors: [],
    warnings: [],
  };
  const interviews = countsFor(report, 'interviews');
  const contacts = countsFor(report, 'contacts');
  const selected = new Set(options.events ?? events.map((e) => e.index));
  const gig = options.gigId !== undefined ? gigOf(sqlite, options.gigId) : undefined;
  // A preview is how the user sees the events before choosing their gig: no error, but not committable yet.
  if (options.gigId === undefined && !write) report.awaiting = 'gigId';
  if (options.gigId === undefined && write) {
    report.errors.push({
      row: null,
      entity: null,
      field: 'gigId',
      message: 'Choose the gig these interviews belong to.',
    });
  } else if (options.gigId !== undefined && !gig) {
    report.errors.push({ row: null, entity: null, field: 'gigId', message: 'The chosen gig no longer exists.' });
  }
  for (const index of selected) {
    if (index > events.length)
      report.errors.push({
        row: index,
        entity: 'event',
        field: null,
        message: `There is no event ${index} in the file.`,
      });
  }
  const sameStart = statement(sqlite, 'SELECT id FROM interviews WHERE gig_id = ? AND starts_at = ?');
  const taken = new Set<number>();
  const planned: IcsEvent[] = [];
  progress.phase('validating', events.length);
  for (const event of events) {
    progress.step();
    if (!selected.has(event.index)) {
      interviews.skipped++;
      continue;
    }
    const entry: ImportRow = {
      row: event.index,
      entity: 'interview',
      label: event.summary,
      status: 'new',
      matchId: null,
      messages: [...event.warnings],
    };
    report.rows.push(entry);
    if (event.errors.length) {
      entry.status = 'error';
      for (const e of event.errors) {
        entry.messages.push(`${e.field}: ${e.message}`);
        report.errors.push({ row: event.index, entity: 'event', field: e.field, message: e.message });
      }
      continue;
    }
    const existing =
      gig && event.startsAt !== null
        ? (sameStart.get(gig.id, event.startsAt) as { id: number } | undefined)
        : undefined;
    if (existing || (event.startsAt !== null && taken.has(event.startsAt))) {
      entry.status = 'duplicate';
      entry.matchId = existing?.id ?? null;
      entry.messages.push(
        existing
          ? 'This gig already has an interview at this time: skipped'
          : 'Same time as another event in the file: skipped',
      );
      interviews.skipped++;
      continue;
    }
    if (event.startsAt !== null) taken.add(event.startsAt);
    interviews.created++;
    planned.push(event);
  }
  const organizer = options.organizerAsContact ?? true;
  if (write && gig && !report.errors.length) {
    sqlite.transaction(() => {
      const now = ctx.now();
      let round = Number(
        statement(sqlite, 'SELECT coalesce(max(round), 0) FROM interviews WHERE gig_id = ?').pluck().get(gig.id),
      );
      for (const event of planned) {
        const contactId =
          organizer && event.organizer ? organizerContact(sqlite, gig, event.organizer, now, report) : null;
        insertInterview(
          sqlite,
          {
            gigId: gig.id,
            startsAt: event.startsAt as number,
            timeZone: event.timeZone as string,
            durationMinutes: event.durationMinutes ?? 60,
            kind: event.link ? 'video' : event.location ? 'onsite' : 'call',
            link: event.link,
            location: event.location,
            round: ++round,
            notes: event.notes,
            contactIds: contactId === null ? [] : [contactId],
          },
          now,
        );
      }
    })();
    syncSearchIndex(sqlite);
  } else if (organizer) {
    const emails = new Set(planned.flatMap((e) => (e.organizer?.email ? [e.organizer.email.toLowerCase()] : [])));
    for (const email of emails) if (!gig || findContact(sqlite, gig, email) === null) contacts.created++;
  }
  progress.finish();
  const preview = events.map(({ errors: _errors, warnings: _warnings, notes: _notes, ...event }) => event);
  return { report, ics: { events: preview, suggestedGigs: suggestGigs(sqlite, events) } };
}

function findContact(
  sqlite: Database.Database,
  gig: { clientId: number; agencyId: number | null },
  email: string,
): number | null {
  const row = statement(
    sqlite,
    'SELECT id FROM contacts WHERE client_id IN (?, ?) AND lower(email) = lower(?) ORDER BY id',
  ).get(gig.clientId, gig.agencyId ?? gig.clientId, email) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The organiser as a contact of the gig's side: an existing contact with the email, or a new one on the client. */
function organizerContact(
  sqlite: Database.Database,
  gig: { clientId: number; agencyId: number | null },
  organizer: Person,
  now: number,
  report: ImportReport,
): number | null {
  const email = contactFields.email.safeParse(organizer.email ?? '');
  if (!email.success || !email.data) return null;
  const found = findContact(sqlite, gig, email.data);
  if (found !== null) return found;
  const name = (organizer.name ?? email.data.split('@')[0] ?? 'Organiser').slice(0, 200);
  countsFor(report, 'contacts').created++;
  return Number(
    statement(
      sqlite,
      `INSERT INTO contacts (client_id, name, role, email, notes, created_at, updated_at) VALUES (?, ?, 'Organiser', ?, '', ?, ?)`,
    ).run(gig.clientId, name, email.data, now, now).lastInsertRowid,
  );
}
