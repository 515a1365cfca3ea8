/**
 * Import and export. Exports return the file as a string for the shell to save; imports take the file's
 * text and run in two steps with the same input: `import.preview` (what would happen, per row, with a
 * suggested CSV column mapping or ICS gig suggestions) and `import.commit` (does it in one transaction,
 * or writes nothing and lists every failing row). Nothing is kept between the two calls.
 */
import { z } from 'zod';
import { emptyInput, id, instant } from './fields';
import { gigSources } from './gigs';
import { interviewOutcomes } from './interviews';
import { currencyCode } from './money';

/** Imports larger than this are refused before parsing (a full-database move is a backup restore). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const JSON_FORMAT = 'gigline';
export const JSON_FORMAT_VERSION = 1;
/** Rows returned by a preview (errors are listed separately, up to MAX_REPORTED_ERRORS). */
export const PREVIEW_ROWS = 200;
export const MAX_REPORTED_ERRORS = 500;

/** Shown when a file is over MAX_IMPORT_BYTES (the renderer refuses it before reading it, with the same words). */
export const IMPORT_TOO_LARGE_MESSAGE = 'This file is larger than 20 MB, the most Gigline imports at once.';
const fileContent = z.string({ error: 'Choose a file to import' }).max(MAX_IMPORT_BYTES, IMPORT_TOO_LARGE_MESSAGE);

export const ExportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  /** Records written (rows for CSV, events for ICS, all rows for JSON). */
  count: z.number(),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

const archived = z.enum(['active', 'archived', 'all']).optional();
const tag = z.string().max(40).optional();

export const CsvExportSchema = z.discriminatedUnion('list', [
  z.object({ list: z.literal('clients'), filters: z.object({ archived, tag }).strict().optional() }).strict(),
  z
    .object({
      list: z.literal('gigs'),
      filters: z
        .object({
          archived,
          tag,
          clientId: id.optional(),
          stageId: id.optional(),
          source: z.enum(gigSources).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  z
    .object({
      list: z.literal('interviews'),
      filters: z
        .object({
          from: instant.optional(),
          to: instant.optional(),
          gigId: id.optional(),
          clientId: id.optional(),
          outcome: z.enum(interviewOutcomes).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  z
    .object({
      list: z.literal('deadlines'),
      filters: z
        .object({
          status: z.enum(['open', 'completed', 'all']).optional(),
          from: instant.optional(),
          to: instant.optional(),
          gigId: id.optional(),
          clientId: id.optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
]);
export type CsvExportInput = z.infer<typeof CsvExportSchema>;

export const IcsExportSchema = z
  .object({
    /** Items from this instant on (all-day deadlines: from its local day). */
    from: instant.optional(),
    to: instant.optional(),
    include: z
      .array(z.enum(['interviews', 'deadlines']))
      .min(1, 'Choose interviews, deadlines or both')
      .optional(),
  })
  .strict();

export const importKinds = ['json', 'clients-csv', 'gigs-csv', 'ics'] as const;
export type ImportKind = (typeof importKinds)[number];

export const clientCsvFields = [
  'name',
  'kind',
  'email',
  'phone',
  'website',
  'linkedin',
  'location',
  'timeZone',
  'tags',
  'notes',
  'archived',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactRole',
] as const;
export const gigCsvFields = [
  'title',
  'client',
  'clientEmail',
  'agency',
  'stage',
  'source',
  'sourceDetail',
  'currency',
  'rateUnit',
  'proposedRate',
  'agreedRate',
  'budget',
  'estimatedHours',
  'startDate',
  'endDate',
  'tags',
  'requirements',
  'notes',
  'archived',
] as const;
export type ClientCsvField = (typeof clientCsvFields)[number];
export type GigCsvField = (typeof gigCsvFields)[number];

/** Which column (0-based index into `csv.headers`) feeds each field; null or absent = not imported. */
const columnIndex = z.number().int().min(0).max(999).nullable();
const duplicatesCsv = z.enum(['skip', 'update']).optional();

export const ImportInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('json'),
      content: fileContent,
      options: z
        .object({
          /** exact = ids preserved, only into a database without data; merge = fresh ids, duplicates matched. */
          mode: z.enum(['auto', 'exact', 'merge']).optional(),
          /** merge: a record matching an existing one is skipped (kept as is) or fills the existing one's blanks. */
          duplicates: z.enum(['skip', 'merge']).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('clients-csv'),
      content: fileContent,
      options: z
        .object({
          mapping: z.partialRecord(z.enum(clientCsvFields), columnIndex).optional(),
          duplicates: duplicatesCsv,
        })
        .strict()
        .optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('gigs-csv'),
      content: fileContent,
      options: z
        .object({
          mapping: z.partialRecord(z.enum(gigCsvFields), columnIndex).optional(),
          duplicates: duplicatesCsv,
          /** A client name not found is created (default) or reported as an error. */
          createMissingClients: z.boolean().optional(),
          /** A stage name not found puts the gig in the first open stage (default) or is an error. */
          unknownStage: z.enum(['default', 'error']).optional(),
          /** For amounts written without a currency. */
          defaultCurrency: currencyCode.nullable().optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('ics'),
      content: fileContent,
      options: z
        .object({
          /** The gig the interviews belong to; required to commit (the preview suggests some). */
          gigId: id.optional(),
          /** 1-based indexes of the events to import (default: all). */
          events: z.array(z.number().int().min(1)).max(500).optional(),
          /** Add the organiser as a contact of the gig's client (default true). */
          organizerAsContact: z.boolean().optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
]);
export type ImportInput = z.input<typeof ImportInputSchema>;

export const ImportCountsSchema = z.object({ created: z.number(), updated: z.number(), skipped: z.number() });
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

const EntityCountsSchema = ImportCountsSchema.extend({ entity: z.string() });

export const ImportRowSchema = z.object({
  /** CSV: the spreadsheet row (the header is row 1); JSON: the record's position in its table; ICS: the event. */
  row: z.number(),
  entity: z.string(),
  /** What a person recognises the row by: a name, a title, an event summary. */
  label: z.string(),
  status: z.enum(['new', 'update', 'duplicate', 'error']),
  /** The existing record a duplicate or update matches. */
  matchId: z.number().nullable(),
  /** Problems for 'error' rows; notes (e.g. "stage X unknown: goes to Lead") for the others. */
  messages: z.array(z.string()),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportIssueSchema = z.object({
  row: z.number().nullable(),
  entity: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

export const CsvFieldInfoSchema = z.object({ key: z.string(), label: z.string(), required: z.boolean() });

export const IcsEventPreviewSchema = z.object({
  index: z.number(),
  uid: z.string().nullable(),
  summary: z.string(),
  startsAt: z.number().nullable(),
  timeZone: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  link: z.string().nullable(),
  location: z.string().nullable(),
  organizer: z.object({ name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  attendees: z.array(z.object({ name: z.string().nullable(), email: z.string().nullable() })),
});

export const SuggestedGigSchema = z.object({
  id: z.number(),
  title: z.string(),
  clientId: z.number(),
  clientName: z.string(),
  /** Why it is suggested, e.g. "The organiser is a contact of Acme". */
  reason: z.string(),
});

export const ImportPreviewSchema = z.object({
  kind: z.enum(importKinds),
  /** False while any error remains or a choice is missing (an .ics file's gig): commit would refuse. */
  canCommit: z.boolean(),
  totalRows: z.number(),
  totals: ImportCountsSchema,
  summary: z.array(EntityCountsSchema),
  rows: z.array(ImportRowSchema),
  errors: z.array(ImportIssueSchema),
  errorCount: z.number(),
  warnings: z.array(z.string()),
  csv: z
    .object({
      headers: z.array(z.string()),
      delimiter: z.string(),
      fields: z.array(CsvFieldInfoSchema),
      /** The mapping used: the one sent, or the suggestion from the headers. */
      mapping: z.record(z.string(), z.number().nullable()),
    })
    .nullable(),
  json: z
    .object({
      formatVersion: z.number(),
      schemaVersion: z.number(),
      exportedAt: z.number().nullable(),
      appVersion: z.string().nullable(),
      mode: z.enum(['exact', 'merge']),
    })
    .nullable(),
  ics: z.object({ events: z.array(IcsEventPreviewSchema), suggestedGigs: z.array(SuggestedGigSchema) }).nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = ImportCountsSchema.extend({
  kind: z.enum(importKinds),
  summary: z.array(EntityCountsSchema),
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const CalendarFeedStatusSchema = z.object({
  enabled: z.boolean(),
  /** The file calendar apps subscribe to (the configured path, or the default one). */
  path: z.string(),
  defaultPath: z.string(),
  exists: z.boolean(),
  writtenAt: z.number().nullable(),
  sizeBytes: z.number().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatusSchema>;

export const transferProcedures = {
  'export.json': { input: emptyInput, output: ExportFileSchema },
  'export.csv': { input: CsvExportSchema, output: ExportFileSchema },
  'export.ics': { input: IcsExportSchema, output: ExportFileSchema },
  'import.preview': { input: ImportInputSchema, output: ImportPreviewSchema },
  'import.commit': { input: ImportInputSchema, output: ImportResultSchema },
  'calendarFeed.status': { input: emptyInput, output: CalendarFeedStatusSchema },
  /** Rewrites the calendar file now (also when the automatic refresh is off). */
  'calendarFeed.write': { input: emptyInput, output: CalendarFeedStatusSchema },
} as const;
