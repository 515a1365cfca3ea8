/**
 * User preferences, stored as one validated JSON document per key. Defaults live here so the form,
 * the boundary and the reminder engine agree on them.
 */
import { z } from 'zod';
import { emptyInput } from './fields';
import { MAX_LEAD_MINUTES } from './deadlines';
import { currencyCode, moneyMinor } from './money';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:00');
const leadList = z
  .array(z.number().int().min(1, 'At least 1 minute before').max(MAX_LEAD_MINUTES, 'At most 60 days before'))
  .max(6, 'At most 6 reminders');

export const ReminderSettingsSchema = z
  .object({
    /** Minutes before a deadline; the defaults are 3 days and 1 day. */
    deadlineLeadMinutes: leadList,
    /** Also remind on the morning of the due day, at `allDayTime`. */
    deadlineMorningOf: z.boolean(),
    /** Minutes before an interview: 1 day, 1 hour, 10 minutes. */
    interviewLeadMinutes: leadList,
    /** The day before an interview, at `allDayTime`, when its prep checklist still has open items. */
    interviewPrepNudge: z.boolean(),
    /** Hours after an interview ends to nudge a thank-you note (unless a contact is logged first). */
    thankYouAfterHours: z.number().int().min(1).max(72).nullable(),
    /** Local time for all-day deadlines, morning-of and day-based follow-ups, in the user's current zone. */
    allDayTime: clockTime,
    quietHours: z.object({ enabled: z.boolean(), start: clockTime, end: clockTime }).strict(),
    /** Reminders missed by more than this many days are listed in the app but not notified. */
    catchUpMaxAgeDays: z.number().int().min(1).max(60),
    /** Follow-up (stage silence) and client-update cadence reminders. */
    followUpsEnabled: z.boolean(),
  })
  .strict();
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

export const AppSettingsSchema = z
  .object({
    /** Closing the window keeps Gigline running in the tray so reminders still fire. */
    keepRunningInTray: z.boolean(),
    /** Whether the one-time "Gigline keeps running in the tray" explanation was shown. */
    trayHintShown: z.boolean(),
    launchAtLogin: z.boolean(),
  })
  .strict();
export type AppSettings = z.infer<typeof AppSettingsSchema>;

/** An absolute path to a .ics file (POSIX, drive letter or UNC); the folder must already exist. */
const icsPath = z
  .string()
  .trim()
  .max(1000, 'The path is too long')
  .refine(
    (v) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v) && !v.includes('\0'),
    'Choose a full path, like /Users/me/gigline.ics',
  )
  .refine((v) => /\.ics$/i.test(v), 'The calendar file name must end in .ics');

export const CalendarFeedSettingsSchema = z
  .object({
    /** Keep a .ics file up to date for calendar apps to subscribe to. */
    enabled: z.boolean(),
    /** Where it is written; null = `calendar/gigline.ics` in the data folder. */
    path: icsPath.nullable(),
  })
  .strict();
export type CalendarFeedSettings = z.infer<typeof CalendarFeedSettingsSchema>;

/** Time-based units a benchmark can be set for (a fixed price is the size of a project, not a rate). */
export const benchmarkUnits = ['hour', 'day', 'week'] as const;

/** The user's own rate benchmark for one currency and unit: the floor they will not go below, the rate they aim for. */
export const RateBenchmarkSchema = z
  .object({
    currency: currencyCode,
    unit: z.enum(benchmarkUnits),
    floorMinor: moneyMinor('Floor').nullable(),
    targetMinor: moneyMinor('Target').nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.floorMinor === null && v.targetMinor === null)
      ctx.addIssue({ code: 'custom', path: ['floorMinor'], message: 'Enter a floor, a target or both' });
    if (v.floorMinor !== null && v.targetMinor !== null && v.targetMinor < v.floorMinor)
      ctx.addIssue({ code: 'custom', path: ['targetMinor'], message: 'The target is below the floor' });
  });
export type RateBenchmark = z.infer<typeof RateBenchmarkSchema>;

export const RateSettingsSchema = z
  .object({
    benchmarks: z
      .array(RateBenchmarkSchema)
      .max(24, 'At most 24 benchmarks')
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((b, i) => {
          const key = `${b.currency}/${b.unit}`;
          if (seen.has(key))
            ctx.addIssue({ code: 'custom', path: [i, 'unit'], message: `There is already a benchmark for ${key}` });
          seen.add(key);
        });
      }),
  })
  .strict();
export type RateSettings = z.infer<typeof RateSettingsSchema>;

export const defaultReminderSettings: ReminderSettings = {
  deadlineLeadMinutes: [3 * 24 * 60, 24 * 60],
  deadlineMorningOf: true,
  interviewLeadMinutes: [24 * 60, 60, 10],
  interviewPrepNudge: true,
  thankYouAfterHours: 2,
  allDayTime: '09:00',
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
  catchUpMaxAgeDays: 7,
  followUpsEnabled: true,
};

export const defaultAppSettings: AppSettings = { keepRunningInTray: true, trayHintShown: false, launchAtLogin: false };

export const defaultCalendarFeedSettings: CalendarFeedSettings = { enabled: false, path: null };

export const defaultRateSettings: RateSettings = { benchmarks: [] };

export const SettingsSchema = z.object({
  reminders: ReminderSettingsSchema,
  app: AppSettingsSchema,
  calendarFeed: CalendarFeedSettingsSchema,
  rates: RateSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const settingsProcedures = {
  'settings.get': { input: emptyInput, output: SettingsSchema },
  'settings.update': {
    input: z
      .object({
        reminders: ReminderSettingsSchema.partial().optional(),
        app: AppSettingsSchema.partial().optional(),
        calendarFeed: CalendarFeedSettingsSchema.partial().optional(),
        rates: RateSettingsSchema.partial().optional(),
      })
      .strict(),
    output: SettingsSchema,
  },
} as const;
