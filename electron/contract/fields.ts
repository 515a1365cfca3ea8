/**
 * Field schemas shared by the main-side boundary and the renderer's forms, so a message shown next to a
 * field is the same wherever the check runs. Optional text fields accept '' from forms and store null.
 */
import { z } from 'zod';

export const MAX_NAME = 200;
export const MAX_SHORT = 500;
export const MAX_LONG = 20_000;

export const id = z
  .number({ error: 'Expected a numeric id' })
  .int('Expected a whole-number id')
  .positive('Expected a positive id')
  .max(Number.MAX_SAFE_INTEGER, 'Id is too large');

export const requiredText = (label: string, max = MAX_NAME) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

const blankToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value;

/** Optional free text: '' or whitespace becomes null. */
export const optionalText = (label: string, max = MAX_SHORT) =>
  z.preprocess(blankToNull, z.string().max(max, `${label} must be at most ${max} characters`).nullable().optional());

/** Long notes: stored as '' rather than null, so the column stays NOT NULL. */
export const notesText = (label = 'Notes') =>
  z.string().max(MAX_LONG, `${label} must be at most ${MAX_LONG} characters`).optional();

export const optionalEmail = z.preprocess(
  blankToNull,
  z.email('Enter a valid email address, like name@example.com').max(MAX_NAME).nullable().optional(),
);

const PHONE_PATTERN = /^\+?[0-9 ()./-]{4,}(?:\s*(?:x|ext\.?)\s*\d{1,6})?$/i;
export const optionalPhone = z.preprocess(
  blankToNull,
  z
    .string()
    .max(40, 'Phone must be at most 40 characters')
    .refine(
      (v) => PHONE_PATTERN.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5,
      'Enter a valid phone number, like +1 555 010 2030',
    )
    .nullable()
    .optional(),
);

/** Adds https:// when a user types "acme.com", as browsers do in the address bar. */
function withScheme(value: unknown): unknown {
  const v = blankToNull(value);
  if (typeof v !== 'string') return v;
  return /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
}

const httpUrl = z
  .string()
  .max(2000, 'Link must be at most 2000 characters')
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'Enter a web address, like https://example.com');

export const optionalUrl = z.preprocess(withScheme, httpUrl.nullable().optional());

export const optionalLinkedIn = z.preprocess(
  withScheme,
  httpUrl
    .refine((v) => {
      try {
        const host = new URL(v).hostname.toLowerCase();
        return host === 'linkedin.com' || host.endsWith('.linkedin.com');
      } catch {
        return false;
      }
    }, 'Enter a LinkedIn address, like https://www.linkedin.com/in/name')
    .nullable()
    .optional(),
);

const knownZones = new Map<string, boolean>();

/** Memoised: building an Intl.DateTimeFormat costs ~30 µs, and imports check a zone per row. */
export function isValidTimeZone(zone: string): boolean {
  const known = knownZones.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    valid = zone.length > 0;
  } catch {
    valid = false;
  }
  // Bounded, so a stream of garbage zone names cannot grow it without limit.
  if (knownZones.size < 1000) knownZones.set(zone, valid);
  return valid;
}

export const timeZone = z.string().max(64).refine(isValidTimeZone, 'Choose a valid time zone, like Europe/Berlin');
export const optionalTimeZone = z.preprocess(blankToNull, timeZone.nullable().optional());

/** 'YYYY-MM-DD' that exists on the calendar (rejects 2025-02-30). */
export const isoDate = z.iso.date('Enter a date as YYYY-MM-DD');

export const tagName = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(40, 'A tag must be at most 40 characters')
  .refine((v) => !v.includes(','), 'A tag cannot contain a comma');

export const tagList = z
  .array(tagName)
  .max(30, 'At most 30 tags')
  .transform((names) => {
    const seen = new Set<string>();
    return names.filter((n) => {
      const key = n.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

/** Epoch milliseconds within a sane range (years 1970–2200); rejects 1e20. */
export const instant = z
  .number()
  .int('Expected whole milliseconds')
  .min(0, 'Date is out of range')
  .max(7_258_118_400_000, 'Date is out of range');

export const emptyInput = z.object({}).strict();
