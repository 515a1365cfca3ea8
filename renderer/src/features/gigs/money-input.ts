/**
 * Money typed by people ↔ integer minor units. Amounts are converted with string arithmetic (never
 * `amount * 100`, which turns 0.29 into 28.999…), and the separator rule is explicit: with both "." and
 * "," present the last one is the decimal mark; with only one kind, it is the decimal mark when it is the
 * locale's, otherwise it must be a thousands separator followed by groups of three digits.
 */
import { currencyDigits, formatMoney, MAX_MINOR_AMOUNT, type rateUnits } from '../../../../electron/contract';

export type RateUnit = (typeof rateUnits)[number];
export type MoneyParse = { ok: true; minor: number | null } | { ok: false; message: string };

const EXAMPLE = 'Enter an amount like 850 or 850.50';

export function decimalSeparator(locale?: string): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}

function splitNumber(text: string, locale?: string): { whole: string; fraction: string } | null {
  const hasDot = text.includes('.');
  const hasComma = text.includes(',');
  let decimal: string | null = null;
  if (hasDot && hasComma) decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
  else if (hasDot || hasComma) {
    const mark = hasDot ? '.' : ',';
    const single = text.indexOf(mark) === text.lastIndexOf(mark);
    decimal = single && mark === decimalSeparator(locale) ? mark : null;
  }
  const [rawWhole = '', fraction = '', ...rest] = decimal === null ? [text] : text.split(decimal);
  if (rest.length) return null;
  const grouping = decimal === ',' ? '.' : ',';
  if (rawWhole.includes(grouping) || (decimal === null && /[.,]/.test(rawWhole))) {
    if (!/^\d{1,3}([.,]\d{3})+$/.test(rawWhole)) return null;
  }
  const whole = rawWhole.replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return null;
  return { whole: whole || '0', fraction };
}

/** "1,250.50" in EUR → 125050; "" → null (no amount); errors say what to type instead. */
export function parseMoneyInput(text: string, currency: string | null, locale?: string): MoneyParse {
  const cleaned = text.replace(/[\s\u00a0\u202f'’]/g, '');
  if (cleaned === '') return { ok: true, minor: null };
  if (cleaned.startsWith('-')) return { ok: false, message: 'The amount cannot be negative' };
  const parts = splitNumber(cleaned.replace(/^\+/, ''), locale);
  if (!parts) return { ok: false, message: EXAMPLE };
  const digits = currency ? currencyDigits(currency) : 2;
  const fraction = parts.fraction.replace(/0+$/, '');
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency ?? 'This currency'} has no cents: enter a whole amount`
          : `Use at most ${digits} decimal places`,
    };
  }
  const minorText = `${parts.whole}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  if (minorText.length > 16) return { ok: false, message: 'The amount is unrealistically large' };
  const minor = Number(minorText);
  if (minor > MAX_MINOR_AMOUNT) return { ok: false, message: 'The amount is unrealistically large' };
  return { ok: true, minor };
}

/** Minor units back into what the input shows: no grouping, the locale's decimal mark, cents only when there are any. */
export function minorToInput(minor: number | null, currency: string | null, locale?: string): string {
  if (minor === null) return '';
  const digits = currency ? currencyDigits(currency) : 2;
  const shown = minor % 10 ** digits === 0 ? 0 : digits;
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: shown,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}

const UNIT_SUFFIX: Record<RateUnit, string> = { hour: '/hour', day: '/day', week: '/week', fixed: ' fixed' };

/** "€850/day", "€12,000 fixed", or just "€850" when the unit is unknown. */
export function formatRate(minor: number, currency: string, unit: RateUnit | null, locale?: string): string {
  return `${formatMoney(minor, currency, locale)}${unit ? UNIT_SUFFIX[unit] : ''}`;
}
