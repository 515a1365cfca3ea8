/** Names, addresses and sentences built from the vocabulary in words.ts with a seeded Random. */
import type { Random } from './random';
import {
  AGENCY_SECOND,
  COMPANY_FIRST,
  COMPANY_SECOND,
  COMPANY_SUFFIX,
  FIRST_NAMES,
  LAST_NAMES,
  SENTENCE_WORDS,
} from './words';

export const DAY = 86_400_000;

/** ASCII slug for e-mail addresses and domains: "Café Müller" → "cafe-muller". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function companyName(random: Random, agency: boolean): string {
  if (agency) return `${random.pick(COMPANY_FIRST)} ${random.pick(AGENCY_SECOND)}`;
  const suffix = random.pick(COMPANY_SUFFIX);
  return `${random.pick(COMPANY_FIRST)} ${random.pick(COMPANY_SECOND)}${suffix ? ` ${suffix}` : ''}`;
}

export function personName(random: Random): [first: string, last: string] {
  return [random.pick(FIRST_NAMES), random.pick(LAST_NAMES)];
}

export function phone(random: Random): string {
  return `+${random.pick(['49', '44', '33', '1', '31', '46'])} ${random.int(20, 99)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
}

/** A sentence of `min`..`max` words, capitalised, with a full stop. */
export function sentence(random: Random, min = 5, max = 14): string {
  const count = random.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) words.push(random.pick(SENTENCE_WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Whole sentences and words, at most `maxChars` characters. */
export function paragraph(random: Random, maxChars: number): string {
  const target = random.int(20, maxChars);
  let text = sentence(random);
  while (text.length < target) text += ` ${sentence(random)}`;
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[.,]$/, '')}.`;
}

/** 'YYYY-MM-DD' of an instant in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of the day `offsetDays` away from `now`, plus a working-hours time on the quarter hour. */
export function workingTime(random: Random, now: number, offsetDays: number): number {
  const day = Math.floor(now / DAY) * DAY + offsetDays * DAY;
  return day + random.int(8, 17) * 3_600_000 + random.int(0, 3) * 900_000;
}
