/**
 * Backups of the one database file: listed with what they hold (row counts per main table) so a person
 * can tell a good one from an empty one, made on demand, and restored in place (the current state is
 * backed up first). Files are named by reason and UTC time; `file` (the name) is what restore takes back.
 */
import { z } from 'zod';
import { emptyInput } from './fields';

export const backupReasons = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export const BackupReasonSchema = z.enum(backupReasons);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/** Tables whose rows are counted in every backup's sidecar (the user's own data, not lookup tables). */
export const countedTables = {
  clients: 'clients',
  contacts: 'contacts',
  gigs: 'gigs',
  rateEvents: 'rate_events',
  gigQuestions: 'gig_questions',
  interviews: 'interviews',
  interviewPrepItems: 'interview_prep_items',
  deadlines: 'deadlines',
  timelineEvents: 'timeline_events',
} as const;
export type CountedTable = keyof typeof countedTables;

export const BackupInfoSchema = z.object({
  /** The file name inside the backups folder; pass it to backups.restore / recovery.restoreBackup. */
  file: z.string(),
  /** The absolute path, for display ("Open folder" shows the folder itself). */
  path: z.string(),
  createdAt: z.number(),
  reason: BackupReasonSchema,
  sizeBytes: z.number(),
  /** user_version of the backed-up database; null when the backup has no readable sidecar. */
  schemaVersion: z.number().nullable(),
  appVersion: z.string().nullable(),
  /** Rows per counted table (keys of `countedTables`); null when unknown. */
  counts: z.record(z.string(), z.number()).nullable(),
  totalRows: z.number().nullable(),
  /**
   * Under half the rows of the backup before it: kept, flagged, and never the reason older backups are
   * deleted (an emptied database must not rotate the good backups away).
   */
  suspicious: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** A file to restore: a backup's `file` name from backups.list, or an absolute path the person picked. */
export const backupFileInput = z
  .string({ error: 'Choose a backup or a database file' })
  .trim()
  .min(1, 'Choose a backup or a database file')
  .max(4096, 'The path is too long');

export const RestoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** The backup of the state just replaced ('before-restore'), to undo the restore with. */
  safetyBackup: BackupInfoSchema.nullable(),
  schemaVersion: z.number(),
  counts: z.record(z.string(), z.number()),
});
export type RestoreResult = z.infer<typeof RestoreResultSchema>;

export const BackupFolderSchema = z.object({ path: z.string() });

export const backupProcedures = {
  /** Newest first. */
  'backups.list': { input: emptyInput, output: z.array(BackupInfoSchema) },
  /** "Back up now". */
  'backups.create': { input: emptyInput, output: BackupInfoSchema },
  /**
   * Checks the file (integrity_check, schema version: DB_CORRUPT, DB_FROM_FUTURE, VALIDATION when it is
   * not a Gigline database, NOT_FOUND), backs up the current state, swaps the file in atomically and
   * reopens it (older schemas are migrated). Afterwards every screen gets data.changed for all entities.
   */
  'backups.restore': { input: z.object({ file: backupFileInput }).strict(), output: RestoreResultSchema },
  'backups.getFolder': { input: emptyInput, output: BackupFolderSchema },
  /** Opens the folder in the OS file manager where the shell can (desktop); `opened` is false on the web. */
  'backups.openFolder': {
    input: emptyInput,
    output: z.object({ path: z.string(), opened: z.boolean() }),
  },
} as const;
