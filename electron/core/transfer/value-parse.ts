/**
 * Reading the values people type in spreadsheets: money ("€1,200.50", "1200,50 EUR", "1.200 €", "85/h",
 * "$90 per hour"), dates ("2026-03-31", "31.03.2026", an ISO date-time) and rate units. Each parser
 * returns a value or a message for the row's error list; nothing guesses silently between readings that
 * mean different amounts.
 */
import { currencyDigits, isKnownCurrency, MAX_MINOR_AMOUNT, rateUnits } from '../../contract';

type RateUnit = (typeof rateUnits)[number];

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  A$: 'AUD',
  C$: 'CAD',
};

const UNIT_WORDS: [RegExp, RateUnit][] = [
  [/^(h|hr|hrs|hour|hours|hourly|std|stunde|heure)$/, 'hour'],
  [/^(d|day|days|daily|tag|jour)$/, 'day'],
  [/^(w|wk|week|weeks|weekly|woche)$/, 'week'],
  [/^(fixed|flat|total|project|pauschal|forfait)$/, 'fixed'],
];

export function parseRateUnit(text: string): RateUnit | null {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/^(per|pro|par|\/)\s*/, '')
    .replace(/\.$/, '');
  return UNIT_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

export interface ParsedMoney {
  /** Decimal amount before conversion to minor units. */
  amount: number;
  currency: string | null;
  unit: RateUnit | null;
}

/** Turns "1.234,5" / "1,234.50" / "1200,50" / "1 200" into a number, or null when it is not one. */
function parseDecimal(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normalized = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma !== -1 || lastDot !== -1) {
    const sep = lastComma !== -1 ? ',' : '.';
    const parts = s.split(sep);
    const tail = parts.at(-1) ?? '';
    // One separator followed by exactly three digits reads as thousands ("1,200", "1.200"); otherwise decimal.
    const thousands = parts.length > 2 || (tail.length === 3 && parts[0] !== '0');
    normalized = thousands ? parts.join('') : parts.join('.');
    if (parts.length > 2 && parts.slice(1).some((p) => p.length !== 3)) return null;
  } else normalized = s;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Parses a money cell; a currency or unit written in it wins over the row's own columns. */
export function parseMoney(text: string): ParsedMoney | { error: string } {
  let rest = text.trim();
  let currency: string | null = null;
  let unit: RateUnit | null = null;
  const unitMatch = /(?:\/|\bper\b|\bpro\b|\bpar\b)\s*([a-zA-Z.]+)\s*$/.exec(rest);
  if (unitMatch) {
    unit = parseRateUnit(unitMatch[1] ?? '');
    if (!unit) return { error: `"${text}": "${unitMatch[1]}" is not a rate unit (use hour, day, week or fixed)` };
    rest = rest.slice(0, unitMatch.index).trim();
  }
  const code = /\b([A-Za-z]{3})\b/.exec(rest);
  if (code && isKnownCurrency((code[1] ?? '').toUpperCase())) {
    currency = (code[1] ?? '').toUpperCase();
    rest = (rest.slice(0, code.index) + rest.slice(code.index + 3)).trim();
  }
  for (const [symbol, symbolCurrency] of Object.entries(SYMBOLS).sort((a, b) => b[0].length - a[0].length)) {
    if (rest.includes(symbol)) {
      currency ??= symbolCurrency;
      rest = rest.replace(symbol, '').trim();
      break;
    }
  }
  if (rest.startsWith('-')) return { error: `"${text}" is negative; a rate or budget cannot be` };
  const amount = parseDecimal(rest);
  if (amount === null) return { error: `"${text}" is not an amount (write it like 1200.50 or €1,200.50)` };
  return { amount, currency, unit };
}

/** Decimal amount → integer minor units of the currency (2 digits for EUR, 0 for JPY). */
export function toMinor(amount: number, currency: string | null): number | { error: string } {
  const digits = currency ? currencyDigits(currency) : 2;
  const minor = Math.round(amount * 10 ** digits);
  if (Math.abs(minor / 10 ** digits - amount) > 1e-9 * Math.max(1, amount)) {
    return { error: `${amount} has more decimals than ${currency ?? 'the currency'} allows` };
  }
  if (minor > MAX_MINOR_AMOUNT) return { error: `${amount} is unrealistically large` };
  return minor;
}

/** Minor units → the decimal text our CSV exports write ("1200.50", "85", "1500" for JPY). */
export function formatDecimal(minor: number, currency: string | null): string {
  const digits = currency ? currencyDigits(currency) : 2;
  return (minor / 10 ** digits).toFixed(digits);
}

const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date as 'YYYY-MM-DD' from ISO (date or date-time) or day.month.year; null when invalid. */
export function parseDateCell(text: string): string | null {
  const value = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(value);
  const dmy = DMY.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [y, m, d] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** An instant from an ISO date-time with zone, or a date (midnight UTC); null when invalid. */
export function parseInstantCell(text: string): number | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const at = Date.parse(value.replace(' ', 'T'));
    return Number.isFinite(at) ? at : null;
  }
  const date = parseDateCell(value);
  return date ? Date.parse(`${date}T00:00:00Z`) : null;
}
