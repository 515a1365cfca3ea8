/**
 * The second half of a gigs CSV import: clients and agencies by email or name (created when missing, if
 * allowed), stages by name (unknown → the first open stage, or an error), duplicates (same client and
 * title, in the database or earlier in the file), then the writes. Resolution only reads; writing starts
 * only when no row failed, inside the caller's transaction.
 */
import type { ImportRow } from '../../contract';
import type { Context } from '../context';
import { statement } from '../db/statements';
import { defaultStageId } from '../repositories/stages-repository';
import { createTagCache } from './csv-rows';
import { countsFor, type ImportReport } from './import-report';
import type { Progress } from './progress';

export interface GigRow {
  line: number;
  values: Record<string, unknown> & { title: string };
  client: string;
  clientEmail: string | null;
  agency: string | null;
  stage: string | null;
  tags: string[];
}

interface Options {
  duplicates: 'skip' | 'update';
  createMissingClients: boolean;
  unknownStage: 'default' | 'error';
  report: ImportReport;
  progress: Progress;
  write: boolean;
}

type ClientRef = { id: number } | { newName: string; email: string | null };

interface Planned {
  row: GigRow;
  entry: ImportRow;
  client: ClientRef;
  agency: ClientRef | null;
  stageId: number;
  existingGig: number | null;
  patch: Record<string, unknown>;
}

export function resolveAndWriteGigs(ctx: Context, rows: GigRow[], options: Options): void {
  const { sqlite } = ctx;
  const { report } = options;
  const clientsByEmail = new Map<string, number>();
  const clientsByName = new Map<string, number>();
  for (const c of sqlite
    .prepare('SELECT id, lower(email) AS email, lower(name) AS name FROM clients ORDER BY id')
    .all() as {
    id: number;
    email: string | null;
    name: string;
  }[]) {
    if (c.email && !clientsByEmail.has(c.email)) clientsByEmail.set(c.email, c.id);
    if (!clientsByName.has(c.name)) clientsByName.set(c.name, c.id);
  }
  const stages = new Map(
    (
      sqlite.prepare('SELECT id, lower(name) AS name FROM stages ORDER BY position, id').all() as {
        id: number;
        name: string;
      }[]
    ).map((s) => [s.name, s.id]),
  );
  const fallbackStage = stages.size ? defaultStageId(sqlite) : null;
  const findGig = statement(
    sqlite,
    'SELECT * FROM gigs WHERE client_id = ? AND title = ? COLLATE NOCASE ORDER BY id LIMIT 1',
  );
  const newClients = new Set<string>();
  const fileGigs = new Map<string, number>();
  const gigs = countsFor(report, 'gigs');
  const clientCounts = countsFor(report, 'clients');
  const planned: Planned[] = [];

  const resolveClient = (
    entry: ImportRow,
    name: string,
    email: string | null,
    field: 'client' | 'agency',
  ): ClientRef | null => {
    const found =
      (email ? clientsByEmail.get(email.toLowerCase()) : undefined) ?? clientsByName.get(name.toLowerCase());
    if (found !== undefined) return { id: found };
    if (!options.createMissingClients) {
      report.errors.push({ row: entry.row, entity: 'gig', field, message: `There is no client called "${name}"` });
      entry.status = 'error';
      entry.messages.push(`There is no client called "${name}"`);
      return null;
    }
    if (!newClients.has(name.toLowerCase())) {
      newClients.add(name.toLowerCase());
      clientCounts.created++;
      entry.messages.push(`Creates the client "${name}"`);
    }
    return { newName: name, email };
  };

  for (const row of rows) {
    const entry: ImportRow = {
      row: row.line,
      entity: 'gig',
      label: row.values.title,
      status: 'new',
      matchId: null,
      messages: [],
    };
    report.rows.push(entry);
    const client = resolveClient(entry, row.client, row.clientEmail, 'client');
    const agency = row.agency ? resolveClient(entry, row.agency, null, 'agency') : null;
    let stageId = row.stage ? stages.get(row.stage.toLowerCase()) : fallbackStage;
    if (stageId === undefined) {
      if (options.unknownStage === 'error' || fallbackStage === null) {
        const message = `There is no stage called "${row.stage}"`;
        report.errors.push({ row: row.line, entity: 'gig', field: 'stage', message });
        entry.status = 'error';
        entry.messages.push(message);
      } else {
        stageId = fallbackStage;
        entry.messages.push(`Unknown stage "${row.stage}": goes to the first open stage`);
      }
    }
    if (!client || stageId === undefined || stageId === null || entry.status === 'error') continue;
    const fileKey = `${'id' in client ? client.id : `new:${client.newName.toLowerCase()}`}|${row.values.title.toLowerCase()}`;
    const earlier = fileGigs.get(fileKey);
    if (earlier !== undefined) {
      entry.status = 'duplicate';
      entry.messages.push(`Same gig as row ${earlier} of this file: skipped`);
      gigs.skipped++;
      continue;
    }
    fileGigs.set(fileKey, row.line);
    const existing =
      'id' in client ? (findGig.get(client.id, row.values.title) as Record<string, unknown> | undefined) : undefined;
    const patch: Record<string, unknown> = {};
    if (existing) {
      entry.matchId = existing.id as number;
      if (options.duplicates === 'update') {
        for (const [key, value] of Object.entries(row.values)) {
          if (value !== null && value !== '' && key !== 'archived_at' && existing[key] !== value) patch[key] = value;
        }
        if (row.stage && existing.stage_id !== stageId) patch.stage_id = stageId;
      }
      if (!Object.keys(patch).length) {
        entry.status = 'duplicate';
        entry.messages.push('This client already has a gig with this title: skipped');
        gigs.skipped++;
        continue;
      }
      entry.status = 'update';
      entry.messages.push(`Updates ${Object.keys(patch).join(', ').replace(/_/g, ' ')}`);
      gigs.updated++;
    } else gigs.created++;
    planned.push({
      row,
      entry,
      client,
      agency,
      stageId,
      existingGig: (existing?.id as number | undefined) ?? null,
      patch,
    });
  }
  if (options.write && !report.errors.length) writeGigs(ctx, planned, options.progress);
}

function writeGigs(ctx: Context, planned: Planned[], progress: Progress) {
  const { sqlite } = ctx;
  const now = ctx.now();
  const tags = createTagCache(sqlite, now);
  const created = new Map<string, number>();
  const insertClient = statement(
    sqlite,
    "INSERT INTO clients (name, kind, email, notes, created_at, updated_at) VALUES (?, 'company', ?, '', ?, ?)",
  );
  const clientId = (ref: ClientRef): number => {
    if ('id' in ref) return ref.id;
    const key = ref.newName.toLowerCase();
    let id = created.get(key);
    if (id === undefined) {
      id = Number(insertClient.run(ref.newName, ref.email, now, now).lastInsertRowid);
      created.set(key, id);
    }
    return id;
  };
  const positions = new Map<number, number>();
  const nextPosition = (stageId: number) => {
    const current =
      positions.get(stageId) ??
      Number(statement(sqlite, 'SELECT coalesce(max(position), 0) FROM gigs WHERE stage_id = ?').pluck().get(stageId));
    positions.set(stageId, current + 1);
    return current + 1;
  };
  const columns = [
    'title',
    'source',
    'source_detail',
    'currency',
    'rate_unit',
    'proposed_rate_minor',
    'agreed_rate_minor',
    'budget_minor',
    'estimated_hours',
    'start_date',
    'end_date',
    'requirements',
    'notes',
    'archived_at',
  ];
  const insertGig = statement(
    sqlite,
    `INSERT INTO gigs (client_id, agency_client_id, stage_id, stage_entered_at, position, ${columns.join(', ')}, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ${columns.map(() => '?').join(', ')}, ?, ?)`,
  );
  const linkTag = statement(sqlite, 'INSERT OR IGNORE INTO gig_tags (gig_id, tag_id) VALUES (?, ?)');
  progress.phase('writing', planned.length);
  for (const plan of planned) {
    progress.step();
    let gigId = plan.existingGig;
    if (gigId === null) {
      const client = clientId(plan.client);
      const agency = plan.agency ? clientId(plan.agency) : null;
      gigId = Number(
        insertGig.run(
          client,
          agency === client ? null : agency,
          plan.stageId,
          now,
          nextPosition(plan.stageId),
          ...columns.map((c) => plan.row.values[c] ?? null),
          now,
          now,
        ).lastInsertRowid,
      );
    } else {
      const keys = Object.keys(plan.patch);
      const stageMoved = keys.includes('stage_id') ? ', stage_entered_at = @now' : '';
      sqlite
        .prepare(
          `UPDATE gigs SET ${keys.map((k) => `${k} = @${k}`).join(', ')}${stageMoved}, updated_at = @now WHERE id = @id`,
        )
        .run({ ...plan.patch, now, id: gigId });
    }
    for (const tag of plan.row.tags) linkTag.run(gigId, tags.idOf(tag));
  }
  progress.finish();
}
