/** The agenda (home screen), the calendar range and global search. */
import { z } from 'zod';
import { emptyInput, isoDate } from './fields';
import { interviewKinds } from './interviews';
import { priorities } from './deadlines';

export const AgendaItemSchema = z.object({
  type: z.enum(['interview', 'deadline']),
  id: z.number(),
  title: z.string(),
  /** The instant, for timed items. */
  at: z.number().nullable(),
  /** 'YYYY-MM-DD' local day the item falls on (all-day deadlines carry only this). */
  date: z.string(),
  allDay: z.boolean(),
  endsAt: z.number().nullable(),
  gigId: z.number().nullable(),
  gigTitle: z.string().nullable(),
  clientId: z.number().nullable(),
  clientName: z.string().nullable(),
  interviewKind: z.enum(interviewKinds).nullable(),
  timeZone: z.string().nullable(),
  link: z.string().nullable(),
  priority: z.enum(priorities).nullable(),
  important: z.boolean(),
  prepDone: z.number().nullable(),
  prepTotal: z.number().nullable(),
  completedAt: z.number().nullable(),
  overdue: z.boolean(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const AgendaCountsSchema = z.object({ overdue: z.number(), today: z.number(), upcoming: z.number() });
export type AgendaCounts = z.infer<typeof AgendaCountsSchema>;

/** calendar.range carries this many items a day unless asked otherwise (the week view's number). */
export const CALENDAR_PER_DAY = 24;
export const CALENDAR_MAX_PER_DAY = 100;

export const searchResultTypes = ['client', 'contact', 'gig', 'interview', 'deadline', 'note'] as const;
export const SearchResultSchema = z.object({
  type: z.enum(searchResultTypes),
  id: z.number(),
  title: z.string(),
  subtitle: z.string(),
  /** Where to open it: a client, a gig, an interview or a deadline. */
  clientId: z.number().nullable(),
  gigId: z.number().nullable(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const agendaProcedures = {
  'agenda.get': {
    input: z.object({ days: z.number().int().min(1).max(31).optional() }).strict(),
    output: z.object({
      now: z.number(),
      timeZone: z.string(),
      today: z.string(),
      overdue: z.array(AgendaItemSchema),
      todayItems: z.array(AgendaItemSchema),
      upcoming: z.array(AgendaItemSchema),
      counts: AgendaCountsSchema,
    }),
  },
  'agenda.counts': { input: emptyInput, output: AgendaCountsSchema },
  'calendar.range': {
    input: z
      .object({
        from: isoDate,
        to: isoDate,
        /** Items carried per day, earliest first (default CALENDAR_PER_DAY); crowdedDays counts the rest. */
        perDay: z.number().int().min(1).max(CALENDAR_MAX_PER_DAY).optional(),
      })
      .strict()
      .refine((v) => v.from <= v.to, { message: 'The range ends before it starts', path: ['to'] })
      .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 62 * 86_400_000, {
        message: 'Ask for at most 62 days at a time',
        path: ['to'],
      }),
    output: z.object({
      timeZone: z.string(),
      /** Each day's first `perDay` items (completed deadlines too), in time order. */
      items: z.array(AgendaItemSchema),
      /** The days that hold more than `perDay` items, with how many each holds in all. */
      crowdedDays: z.array(z.object({ date: z.string(), total: z.number() })),
    }),
  },
} as const;

export const searchProcedures = {
  'search.query': {
    input: z
      .object({
        q: z.string().trim().min(1, 'Type something to search for').max(200, 'Search is too long'),
        limit: z.number().int().min(1).max(50).optional(),
      })
      .strict(),
    output: z.object({ results: z.array(SearchResultSchema) }),
  },
} as const;
