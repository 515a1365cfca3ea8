/**
 * Recovery mode: Gigline started but could not open its database (damaged, missing where one existed,
 * written by a newer version, or unreadable). Only app.getInfo/ping/getCapabilities, backups.list,
 * backups.getFolder/openFolder and these procedures answer; everything else returns UNAVAILABLE. A
 * successful action switches the running app to normal mode in place and emits data.changed for all
 * entities. Nothing here deletes a file: a damaged or replaced database is kept beside the new one.
 */
import { z } from 'zod';
import { BackupInfoSchema, backupFileInput } from './backups';
import { emptyInput } from './fields';

export const recoveryProblems = ['corrupt', 'missing', 'future', 'unreadable'] as const;
export const RecoveryProblemSchema = z.enum(recoveryProblems);
export type RecoveryProblem = z.infer<typeof RecoveryProblemSchema>;

export const RecoveryBackupSchema = BackupInfoSchema.extend({
  /** Passed integrity_check and is not from a newer Gigline: restoring it will work. */
  usable: z.boolean(),
  /** Why it is not usable (people-readable), or null. */
  unusableReason: z.string().nullable(),
});
export type RecoveryBackup = z.infer<typeof RecoveryBackupSchema>;

export const RecoveryStatusSchema = z.object({
  problem: RecoveryProblemSchema,
  /** What happened and what is safe to do, for people. */
  message: z.string(),
  databasePath: z.string(),
  /** Where the damaged (or set-aside) file was kept, when it was moved; it is never deleted. */
  preservedAs: z.string().nullable(),
  /** Usable backups first, newest first; then the unusable ones, newest first. */
  backups: z.array(RecoveryBackupSchema),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatusSchema>;

export const RecoveredSchema = z.object({
  /** The backup name or file path the database now comes from; null after starting fresh. */
  source: z.string().nullable(),
  /** Where the file the action replaced was kept (a database from a newer version, an unreadable one). */
  setAside: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
});
export type Recovered = z.infer<typeof RecoveredSchema>;

const absolutePath = z
  .string({ error: 'Choose a database file' })
  .trim()
  .min(1, 'Choose a database file')
  .max(4096, 'The path is too long')
  .refine((value) => value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\'), {
    message: 'Give the full path of the database file',
  });

export const recoveryProcedures = {
  'recovery.getStatus': { input: emptyInput, output: RecoveryStatusSchema },
  'recovery.restoreBackup': { input: z.object({ file: backupFileInput }).strict(), output: RecoveredSchema },
  /** "Locate": adopt a database file from elsewhere (it is copied in; the original stays where it is). */
  'recovery.useFile': { input: z.object({ path: absolutePath }).strict(), output: RecoveredSchema },
  /** Starts with an empty database. Requires `confirm: true`; the old file stays preserved. */
  'recovery.startFresh': {
    input: z
      .object({ confirm: z.literal(true, { error: 'Confirm that you want to start with an empty database' }) })
      .strict(),
    output: RecoveredSchema,
  },
} as const;

/** What the dispatcher still answers in recovery mode. */
export const recoveryModeProcedures: readonly string[] = [
  'app.getInfo',
  'app.ping',
  'app.getCapabilities',
  'backups.list',
  'backups.getFolder',
  'backups.openFolder',
  ...Object.keys(recoveryProcedures),
];

/** Every entity root the renderer caches, for the data.changed that follows a restore or recovery. */
export const allDataEntities = [
  'app',
  'backups',
  'clients',
  'contacts',
  'tags',
  'gigs',
  'stages',
  'interviews',
  'deadlines',
  'timeline',
  'agenda',
  'calendar',
  'reminders',
  'settings',
  'search',
] as const;
