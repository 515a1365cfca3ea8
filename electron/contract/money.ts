/** Money and rates: integer minor units of an ISO 4217 currency, with a sanity ceiling on amounts. */
import { z } from 'zod';

/** 10 billion in major units: anything above is a typo, not a rate. */
export const MAX_MINOR_AMOUNT = 1_000_000_000_000;

export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

export const currencyCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isKnownCurrency, 'Choose a currency code such as EUR, USD or GBP');

export const moneyMinor = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number of cents`)
    .min(0, `${label} cannot be negative`)
    .max(MAX_MINOR_AMOUNT, `${label} is unrealistically large`);

/** Minor-unit digits of a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Formats integer minor units as money, e.g. (12550, 'EUR') → "€125.50", (12500, 'EUR') → "€125". */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = currencyDigits(currency);
  // Whole amounts drop the cents; any cents show all the currency's digits (€72.50, never €72.5).
  const shown = minor % 10 ** digits === 0 ? 0 : digits;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: shown,
      maximumFractionDigits: digits,
    }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}
