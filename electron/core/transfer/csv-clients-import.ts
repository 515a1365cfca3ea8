/**
 * Clients from a CSV file. Every row is checked with the client form's own field rules; then each valid
 * row is matched against the clients that exist (email first, then name, ignoring case) and against
 * earlier rows of the file. A match is skipped, or with duplicates: 'update' its non-empty cells overwrite
 * the existing client (tags are added, a contact is added when new). Matching and writing happen in one
 * synchronous pass — in one transaction for a commit — so the plan cannot go stale while it is written.
 */
import { clientFields, contactFields, type ClientCsvField, type ImportPreview, type ImportRow } from '../../contract';
import type { Context } from '../context';
import { statement } from '../db/statements';
import { syncSearchIndex } from '../repositories/search-index';
import { truthyCell } from './csv-format';
import { CLIENT_FIELDS, cellOf } from './csv-mapping';
import { checkCell, createTagCache, headerOf, readMappedCsv, rowError, tagsOf, type RowCheck } from './csv-rows';
import { countsFor, type ImportReport } from './import-report';
import { yieldToEventLoop, type Progress } from './progress';
import { parseInstantCell } from './value-parse';

interface ClientRow {
  line: number;
  values: {
    name: string;
    kind: 'company' | 'individual' | null;
    email: string | null;
    phone: string | null;
    website: string | null;
    linkedin: string | null;
    location: string | null;
    time_zone: string | null;
    notes: string | null;
    archived_at: number | null;
  };
  tags: string[];
  contact: { name: string; email: string | null; phone: string | null; role: string } | null;
}

const KINDS: Record<string, 'company' | 'individual'> = {
  company: 'company',
  business: 'company',
  organisation: 'company',
  organization: 'company',
  agency: 'company',
  individual: 'individual',
  person: 'individual',
  private: 'individual',
  freelancer: 'individual',
};

export interface ClientsCsvOptions {
  mapping?: Partial<Record<ClientCsvField, number | null>> | undefined;
  duplicates?: 'skip' | 'update' | undefined;
}

export async function planClientsCsv(
  ctx: Context,
  text: string,
  options: ClientsCsvOptions,
  progress: Progress,
  write: boolean,
): Promise<{ report: ImportReport; csv: NonNullable<ImportPreview['csv']> }> {
  const front = readMappedCsv(text, CLIENT_FIELDS, options.mapping);
  const report: ImportReport = {
    kind: 'clients-csv',
    totalRows: front.table.rows.length,
    counts: new Map(),
    rows: [],
    errors: front.errors,
    warnings: [],
  };
  countsFor(report, 'clients');
  if (front.errors.some((e) => e.row === null)) return { report, csv: front.csv };
  const header = (key: string) => headerOf(front, CLIENT_FIELDS, key);
  const valid: ClientRow[] = [];
  progress.phase('validating', front.table.rows.length);
  for (const { line, cells } of front.table.rows) {
    if (progress.step()) await yieldToEventLoop();
    const check: RowCheck = { line, entity: 'client', issues: [] };
    const cell = (key: ClientCsvField) => cellOf(cells, front.mapping, key);
    // An empty optional cell is null without asking zod: most cells of a wide CSV are empty.
    const cellCheck = <T>(key: ClientCsvField, schema: Parameters<typeof checkCell<T>>[1]) => {
      const raw = cell(key);
      return raw === '' && key !== 'name' ? null : (checkCell(check, schema, raw, key, header(key)) ?? null);
    };
    const name = cellCheck('name', clientFields.name);
    const kindText = cell('kind').toLowerCase();
    const kind = kindText ? (KINDS[kindText] ?? null) : null;
    if (kindText && !kind) rowError(check, 'kind', `${header('kind')}: "${cell('kind')}" is not company or individual`);
    const archived = cell('archived');
    const contactName = cell('contactName');
    const contactEmail = cellCheck('contactEmail', contactFields.email);
    const contact =
      contactName || contactEmail
        ? {
            name: contactName || (contactEmail ?? '').split('@')[0] || 'Contact',
            email: contactEmail,
            phone: cellCheck('contactPhone', contactFields.phone),
            role: cell('contactRole').slice(0, 100),
          }
        : null;
    const row: ClientRow = {
      line,
      values: {
        name: name ?? '',
        kind,
        email: cellCheck('email', clientFields.email),
        phone: cellCheck('phone', clientFields.phone),
        website: cellCheck('website', clientFields.website),
        linkedin: cellCheck('linkedin', clientFields.linkedin),
        location: cellCheck('location', clientFields.location),
        time_zone: cellCheck('timeZone', clientFields.timeZone),
        notes: cellCheck('notes', clientFields.notes) || null,
        archived_at: archived && truthyCell(archived) ? (parseInstantCell(archived) ?? ctx.now()) : null,
      },
      tags: tagsOf(check, cell('tags'), header('tags')) ?? [],
      contact,
    };
    if (check.issues.length) {
      report.errors.push(...check.issues);
      report.rows.push({
        row: line,
        entity: 'client',
        label: cell('name') || `Row ${line}`,
        status: 'error',
        matchId: null,
        messages: check.issues.map((i) => i.message),
      });
    } else valid.push(row);
  }
  if (report.errors.length) return { report, csv: front.csv };
  const apply = () => matchAndWrite(ctx, valid, options.duplicates ?? 'skip', report, progress, write);
  if (write) ctx.sqlite.transaction(apply)();
  else apply();
  if (write) syncSearchIndex(ctx.sqlite);
  report.rows.sort((a, b) => a.row - b.row);
  return { report, csv: front.csv };
}

function matchAndWrite(
  ctx: Context,
  rows: ClientRow[],
  duplicates: 'skip' | 'update',
  report: ImportReport,
  progress: Progress,
  write: boolean,
) {
  const sqlite = ctx.sqlite;
  const now = ctx.now();
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const c of sqlite
    .prepare('SELECT id, lower(email) AS email, lower(name) AS name FROM clients ORDER BY id')
    .all() as {
    id: number;
    email: string | null;
    name: string;
  }[]) {
    if (c.email && !byEmail.has(c.email)) byEmail.set(c.email, c.id);
    if (!byName.has(c.name)) byName.set(c.name, c.id);
  }
  const fileEmail = new Map<string, number>();
  const fileName = new Map<string, number>();
  const tags = write ? createTagCache(sqlite, now) : null;
  const clients = countsFor(report, 'clients');
  const contacts = countsFor(report, 'contacts');
  const insertClient = statement(
    sqlite,
    `INSERT INTO clients (name, kind, email, phone, website, linkedin, location, time_zone, notes, archived_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const linkTag = statement(sqlite, 'INSERT OR IGNORE INTO client_tags (client_id, tag_id) VALUES (?, ?)');
  const findContact = statement(
    sqlite,
    'SELECT id FROM contacts WHERE client_id = ? AND (lower(email) = lower(?) OR name = ? COLLATE NOCASE) LIMIT 1',
  );
  const insertContact = statement(
    sqlite,
    `INSERT INTO contacts (client_id, name, role, email, phone, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
  );
  progress.phase(write ? 'writing' : 'validating', rows.length);
  for (const row of rows) {
    progress.step();
    const email = row.values.email?.toLowerCase() ?? null;
    const name = row.values.name.toLowerCase();
    const existing = (email ? byEmail.get(email) : undefined) ?? byName.get(name);
    const earlier = (email ? fileEmail.get(email) : undefined) ?? fileName.get(name);
    const entry: ImportRow = {
      row: row.line,
      entity: 'client',
      label: row.values.name,
      status: 'new',
      matchId: null,
      messages: [],
    };
    report.rows.push(entry);
    if (existing === undefined && earlier !== undefined) {
      entry.status = 'duplicate';
      entry.messages.push(`Same client as row ${earlier} of this file: skipped`);
      clients.skipped++;
      continue;
    }
    if (email) fileEmail.set(email, row.line);
    fileName.set(name, row.line);
    let clientId = existing ?? null;
    if (clientId !== null) {
      entry.matchId = clientId;
      const patch = duplicates === 'update' ? changedFields(ctx, clientId, row) : {};
      if (Object.keys(patch).length || (duplicates === 'update' && (row.tags.length || row.contact))) {
        entry.status = 'update';
        entry.messages.push(`Updates ${Object.keys(patch).join(', ') || 'tags and contacts of'} the existing client`);
        clients.updated++;
        if (write && Object.keys(patch).length) {
          const keys = Object.keys(patch);
          sqlite
            .prepare(
              `UPDATE clients SET ${keys.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @now WHERE id = @id`,
            )
            .run({ ...patch, now, id: clientId });
        }
      } else {
        entry.status = 'duplicate';
        entry.messages.push(
          email && byEmail.get(email) === clientId
            ? 'Same email as an existing client: skipped'
            : 'Same name as an existing client: skipped',
        );
        clients.skipped++;
        continue;
      }
    } else {
      clients.created++;
      if (write) {
        const v = row.values;
        const params = [v.name, v.kind ?? 'company', v.email, v.phone, v.website, v.linkedin, v.location, v.time_zone];
        clientId = Number(insertClient.run(...params, v.notes ?? '', v.archived_at, now, now).lastInsertRowid);
      }
    }
    if (write && clientId !== null) for (const tag of row.tags) linkTag.run(clientId, tags?.idOf(tag));
    if (row.contact) {
      const found = existing !== undefined && findContact.get(existing, row.contact.email, row.contact.name);
      if (found) contacts.skipped++;
      else {
        contacts.created++;
        if (write && clientId !== null)
          insertContact.run(
            clientId,
            row.contact.name,
            row.contact.role,
            row.contact.email,
            row.contact.phone,
            now,
            now,
          );
      }
    }
  }
  progress.finish();
}

/** The CSV's non-empty values that differ from the existing client's. */
function changedFields(ctx: Context, id: number, row: ClientRow): Record<string, unknown> {
  const current = statement(ctx.sqlite, 'SELECT * FROM clients WHERE id = ?').get(id) as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row.values)) {
    if (value === null || value === '' || key === 'archived_at') continue;
    if (current[key] !== value) patch[key] = value;
  }
  return patch;
}
