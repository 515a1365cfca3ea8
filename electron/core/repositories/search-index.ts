/**
 * Keeps the FTS5 `search_index` in step with the domain tables. Triggers (migration 0002) only enqueue
 * (kind, id) pairs in `search_queue`; this module turns the queue into documents in one set-based pass.
 * Why a queue: documents carry context from other tables (a gig's client name and tags, an interview's gig
 * title), and a trigger that reads another table breaks every drizzle-kit table rebuild of that table.
 *
 * A document's rowid is `(7 - kind) * 2^40 + id` (docRowid): one rowid block per kind, so a document is
 * replaced by rowid without scanning the index, and a descending rowid scan (how search bounds its work on
 * common words) meets clients first, then contacts, gigs, interviews, deadlines and notes, newest first.
 * This file is the one definition of what each document contains.
 */
import type Database from 'better-sqlite3';

export const DOC_KIND = { client: 1, contact: 2, gig: 3, interview: 4, deadline: 5, note: 6 } as const;
/** Queue-only kinds: a change whose text appears in other documents. */
export const CONTEXT_KIND = { clientRenamed: 7, gigRetitled: 8, tagRenamed: 9 } as const;

/** Timeline kinds a person writes by hand; automatic history (stage changes…) is not searchable. */
const NOTE_KINDS = `('note', 'email', 'call', 'meeting', 'message_in', 'message_out')`;

/** Every trigger migration 0002 creates; a table rebuild that drops one must re-create it. */
export const SEARCH_TRIGGERS = [
  'search_clients_ai',
  'search_clients_au',
  'search_clients_ad',
  'search_client_tags_ai',
  'search_client_tags_ad',
  'search_gig_tags_ai',
  'search_gig_tags_ad',
  'search_tags_au',
  'search_contacts_ai',
  'search_contacts_au',
  'search_contacts_ad',
  'search_gigs_ai',
  'search_gigs_au',
  'search_gigs_ad',
  'search_interviews_ai',
  'search_interviews_au',
  'search_interviews_ad',
  'search_deadlines_ai',
  'search_deadlines_au',
  'search_deadlines_ad',
  'search_notes_ai',
  'search_notes_au',
  'search_notes_ad',
] as const;

export const ID_BITS = 2 ** 40;

/** SQL for the rowid of the document of `kind` whose source id is the SQL expression `id`. */
const docRowid = (kind: number, id: string) => `(${7 - kind} * ${ID_BITS} + ${id})`;

const queued = (kind: number) => `(SELECT id FROM search_queue WHERE kind = ${kind})`;
const tagNames = (link: string, column: string, owner: string) =>
  `(SELECT group_concat(t.name, ' ') FROM ${link} l JOIN tags t ON t.id = l.tag_id WHERE l.${column} = ${owner})`;

/** Fan-out of context changes into the documents that show the changed text. Order matters: 9, 7, then 8. */
const FAN_OUT = [
  `SELECT ${DOC_KIND.client}, client_id FROM client_tags WHERE tag_id IN ${queued(CONTEXT_KIND.tagRenamed)}
   UNION ALL SELECT ${DOC_KIND.gig}, gig_id FROM gig_tags WHERE tag_id IN ${queued(CONTEXT_KIND.tagRenamed)}`,
  `SELECT ${DOC_KIND.client}, id FROM search_queue WHERE kind = ${CONTEXT_KIND.clientRenamed}
   UNION ALL SELECT ${DOC_KIND.contact}, id FROM contacts WHERE client_id IN ${queued(CONTEXT_KIND.clientRenamed)}
   UNION ALL SELECT ${DOC_KIND.gig}, id FROM gigs WHERE client_id IN ${queued(CONTEXT_KIND.clientRenamed)}
   UNION ALL SELECT ${DOC_KIND.gig}, id FROM gigs WHERE agency_client_id IN ${queued(CONTEXT_KIND.clientRenamed)}
   UNION ALL SELECT ${CONTEXT_KIND.gigRetitled}, id FROM gigs WHERE client_id IN ${queued(CONTEXT_KIND.clientRenamed)}
   UNION ALL SELECT ${DOC_KIND.deadline}, id FROM deadlines WHERE client_id IN ${queued(CONTEXT_KIND.clientRenamed)}
   UNION ALL SELECT ${DOC_KIND.note}, id FROM timeline_events
     WHERE client_id IN ${queued(CONTEXT_KIND.clientRenamed)} AND kind IN ${NOTE_KINDS}`,
  `SELECT ${DOC_KIND.interview}, id FROM interviews WHERE gig_id IN ${queued(CONTEXT_KIND.gigRetitled)}
   UNION ALL SELECT ${DOC_KIND.deadline}, id FROM deadlines WHERE gig_id IN ${queued(CONTEXT_KIND.gigRetitled)}
   UNION ALL SELECT ${DOC_KIND.note}, id FROM timeline_events
     WHERE gig_id IN ${queued(CONTEXT_KIND.gigRetitled)} AND kind IN ${NOTE_KINDS}`,
].map((select) => `INSERT OR IGNORE INTO search_queue (kind, id) ${select}`);

/** SELECT doc, title, body for every queued document of one kind. */
const DOCUMENTS: Record<number, string> = {
  [DOC_KIND.client]: `SELECT ${docRowid(DOC_KIND.client, 'c.id')}, c.name,
      concat_ws(' ', c.email, replace(replace(c.website, 'https://', ''), 'http://', ''), c.location, c.notes,
        ${tagNames('client_tags', 'client_id', 'c.id')})
    FROM clients c WHERE c.id IN ${queued(DOC_KIND.client)}`,
  [DOC_KIND.contact]: `SELECT ${docRowid(DOC_KIND.contact, 'ct.id')}, ct.name, concat_ws(' ', ct.role, ct.email, ct.phone, ct.notes, c.name)
    FROM contacts ct LEFT JOIN clients c ON c.id = ct.client_id
    WHERE ct.id IN ${queued(DOC_KIND.contact)}`,
  [DOC_KIND.gig]: `SELECT ${docRowid(DOC_KIND.gig, 'g.id')}, g.title,
      concat_ws(' ', c.name, a.name, g.source_detail, g.requirements, g.notes, ${tagNames('gig_tags', 'gig_id', 'g.id')})
    FROM gigs g LEFT JOIN clients c ON c.id = g.client_id LEFT JOIN clients a ON a.id = g.agency_client_id
    WHERE g.id IN ${queued(DOC_KIND.gig)}`,
  [DOC_KIND.interview]: `SELECT ${docRowid(DOC_KIND.interview, 'i.id')}, coalesce(g.title || ' ', '') || 'interview',
      concat_ws(' ', replace(i.kind, '_', ' '), i.location, i.notes, c.name)
    FROM interviews i LEFT JOIN gigs g ON g.id = i.gig_id LEFT JOIN clients c ON c.id = g.client_id
    WHERE i.id IN ${queued(DOC_KIND.interview)}`,
  [DOC_KIND.deadline]: `SELECT ${docRowid(DOC_KIND.deadline, 'd.id')}, d.title, concat_ws(' ', d.notes, g.title, c.name)
    FROM deadlines d LEFT JOIN gigs g ON g.id = d.gig_id LEFT JOIN clients c ON c.id = coalesce(d.client_id, g.client_id)
    WHERE d.id IN ${queued(DOC_KIND.deadline)}`,
  [DOC_KIND.note]: `SELECT ${docRowid(DOC_KIND.note, 'e.id')}, '', concat_ws(' ', e.body, g.title, c.name)
    FROM timeline_events e LEFT JOIN gigs g ON g.id = e.gig_id LEFT JOIN clients c ON c.id = coalesce(e.client_id, g.client_id)
    WHERE e.id IN ${queued(DOC_KIND.note)} AND e.kind IN ${NOTE_KINDS}`,
};

interface SyncStatements {
  pending: Database.Statement;
  steps: Database.Statement[];
}

const prepared = new WeakMap<Database.Database, SyncStatements>();

function statementsFor(sqlite: Database.Database): SyncStatements {
  let statements = prepared.get(sqlite);
  if (!statements) {
    const steps: string[] = [...FAN_OUT];
    for (const kind of Object.values(DOC_KIND)) {
      steps.push(
        `DELETE FROM search_index WHERE rowid IN (SELECT ${docRowid(kind, 'id')} FROM search_queue WHERE kind = ${kind})`,
      );
      steps.push(`INSERT INTO search_index (rowid, title, body) ${DOCUMENTS[kind]}`);
    }
    steps.push('DELETE FROM search_queue');
    statements = {
      pending: sqlite.prepare('SELECT 1 FROM search_queue LIMIT 1').pluck(),
      steps: steps.map((source) => sqlite.prepare(source)),
    };
    prepared.set(sqlite, statements);
  }
  return statements;
}

/** Brings the index up to date with every committed write. Returns false when nothing was queued. */
export function syncSearchIndex(sqlite: Database.Database): boolean {
  const statements = statementsFor(sqlite);
  if (statements.pending.get() === undefined) return false;
  sqlite.transaction(() => {
    for (const step of statements.steps) step.run();
  })();
  return true;
}

/** Rebuilds every document from scratch (repair tool; also what a fresh backfill amounts to). */
export function rebuildSearchIndex(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec(`INSERT INTO search_index (search_index) VALUES ('delete-all');
      INSERT OR IGNORE INTO search_queue (kind, id)
        SELECT ${DOC_KIND.client}, id FROM clients
        UNION ALL SELECT ${DOC_KIND.contact}, id FROM contacts
        UNION ALL SELECT ${DOC_KIND.gig}, id FROM gigs
        UNION ALL SELECT ${DOC_KIND.interview}, id FROM interviews
        UNION ALL SELECT ${DOC_KIND.deadline}, id FROM deadlines
        UNION ALL SELECT ${DOC_KIND.note}, id FROM timeline_events WHERE kind IN ${NOTE_KINDS};`);
    syncSearchIndex(sqlite);
  })();
}
