/**
 * Reminder lead times as people write them ("3 days", "2h", "1 day 2 hours before") and as Gigline
 * shows them ("3 days before"), stored as minutes.
 */
const UNIT_MINUTES: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  w: 10080,
  wk: 10080,
  week: 10080,
  weeks: 10080,
};

/** Minutes for a typed lead time, or null when it is not one (a bare number means minutes). */
export function parseLeadTime(text: string): number | null {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/\s+(before|ahead|earlier)$/, '')
    .replace(/,|\band\b/g, ' ');
  if (!cleaned) return null;
  if (/^\d+$/.test(cleaned)) return Number(cleaned);
  const pattern = /(\d+(?:\.\d+)?)\s*([a-z]+)/g;
  let total = 0;
  let consumed = '';
  for (const match of cleaned.matchAll(pattern)) {
    const unit = UNIT_MINUTES[match[2] ?? ''];
    if (unit === undefined) return null;
    total += Number(match[1]) * unit;
    consumed += match[0];
  }
  if (consumed.replace(/\s/g, '') !== cleaned.replace(/\s/g, '')) return null;
  return Number.isInteger(total) && total > 0 ? total : null;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** 4320 → "3 days", 1500 → "1 day 1 hour", 90 → "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days && plural(days, 'day'), hours && plural(hours, 'hour'), mins && plural(mins, 'minute')];
  return parts.filter(Boolean).join(' ') || '0 minutes';
}

export function formatLeadTime(minutes: number): string {
  return `${formatDuration(minutes)} before`;
}

/** Adds a lead time to a list: no duplicates, longest first (the order reminders arrive in). */
export function withLeadTime(list: readonly number[], minutes: number): number[] {
  return [...new Set([...list, minutes])].sort((a, b) => b - a);
}

/** Suggestions offered while typing a new lead time. */
export const leadTimeSuggestions = [10, 30, 60, 120, 180, 24 * 60, 2 * 24 * 60, 3 * 24 * 60, 7 * 24 * 60];
