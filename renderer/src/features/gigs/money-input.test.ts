import { describe, expect, it } from 'vitest';
import { decimalSeparator, formatRate, minorToInput, parseMoneyInput } from './money-input';

describe('parseMoneyInput', () => {
  it('reads plain and decimal amounts into minor units without float errors', () => {
    expect(parseMoneyInput('850', 'EUR', 'en')).toEqual({ ok: true, minor: 85000 });
    expect(parseMoneyInput('850.5', 'EUR', 'en')).toEqual({ ok: true, minor: 85050 });
    expect(parseMoneyInput('0.29', 'EUR', 'en')).toEqual({ ok: true, minor: 29 });
    expect(parseMoneyInput('1.10', 'USD', 'en')).toEqual({ ok: true, minor: 110 });
    expect(parseMoneyInput('.5', 'EUR', 'en')).toEqual({ ok: true, minor: 50 });
    expect(parseMoneyInput(' 12 000 ', 'EUR', 'en')).toEqual({ ok: true, minor: 1_200_000 });
  });

  it('treats an empty field as no amount', () => {
    expect(parseMoneyInput('', 'EUR')).toEqual({ ok: true, minor: null });
    expect(parseMoneyInput('   ', null)).toEqual({ ok: true, minor: null });
  });

  it('understands thousands separators in either convention', () => {
    expect(parseMoneyInput('1,250.50', 'EUR', 'en')).toEqual({ ok: true, minor: 125050 });
    expect(parseMoneyInput('1.250,50', 'EUR', 'de')).toEqual({ ok: true, minor: 125050 });
    expect(parseMoneyInput('1.250,50', 'EUR', 'en')).toEqual({ ok: true, minor: 125050 });
    expect(parseMoneyInput('1,250', 'EUR', 'en')).toEqual({ ok: true, minor: 125000 });
    expect(parseMoneyInput('1.250', 'EUR', 'de')).toEqual({ ok: true, minor: 125000 });
    expect(parseMoneyInput('850,5', 'EUR', 'de')).toEqual({ ok: true, minor: 85050 });
    expect(parseMoneyInput("12'500", 'CHF', 'de-CH')).toEqual({ ok: true, minor: 1_250_000 });
  });

  it('uses the minor-unit digits of the currency', () => {
    expect(parseMoneyInput('1500', 'JPY', 'en')).toEqual({ ok: true, minor: 1500 });
    expect(parseMoneyInput('1.234', 'KWD', 'en')).toEqual({ ok: true, minor: 1234 });
    expect(parseMoneyInput('12.500', 'EUR', 'en')).toEqual({ ok: true, minor: 1250 });
  });

  it('rejects too many decimals, negatives and text with a message to act on', () => {
    expect(parseMoneyInput('10.555', 'EUR', 'en')).toEqual({ ok: false, message: 'Use at most 2 decimal places' });
    expect(parseMoneyInput('1500.5', 'JPY', 'en')).toEqual({
      ok: false,
      message: 'JPY has no cents: enter a whole amount',
    });
    expect(parseMoneyInput('-5', 'EUR', 'en')).toEqual({ ok: false, message: 'The amount cannot be negative' });
    for (const bad of ['abc', '1e5', '12,34,5', '1.2.3', '850,5', ',', '€50']) {
      expect(parseMoneyInput(bad, 'EUR', 'en'), bad).toMatchObject({ ok: false });
    }
  });

  it('rejects absurd amounts', () => {
    expect(parseMoneyInput('10000000001', 'EUR', 'en')).toEqual({
      ok: false,
      message: 'The amount is unrealistically large',
    });
    expect(parseMoneyInput('99999999999999999999', 'EUR', 'en')).toMatchObject({ ok: false });
    expect(parseMoneyInput('10000000000', 'EUR', 'en')).toEqual({ ok: true, minor: 1_000_000_000_000 });
  });
});

describe('minorToInput', () => {
  it('writes amounts back the way the parser reads them', () => {
    expect(minorToInput(85000, 'EUR', 'en')).toBe('850');
    expect(minorToInput(85050, 'EUR', 'en')).toBe('850.50');
    expect(minorToInput(125050, 'EUR', 'de')).toBe('1250,50');
    expect(minorToInput(1500, 'JPY', 'en')).toBe('1500');
    expect(minorToInput(null, 'EUR', 'en')).toBe('');
    for (const [minor, currency, locale] of [
      [123456789, 'EUR', 'de'],
      [7, 'USD', 'en'],
      [1234, 'KWD', 'fr'],
    ] as const) {
      expect(parseMoneyInput(minorToInput(minor, currency, locale), currency, locale)).toEqual({ ok: true, minor });
    }
  });

  it('knows each locale’s decimal mark', () => {
    expect(decimalSeparator('en')).toBe('.');
    expect(decimalSeparator('de')).toBe(',');
  });
});

describe('formatRate', () => {
  it('adds the unit to the formatted amount', () => {
    expect(formatRate(85000, 'EUR', 'day', 'en')).toBe('€850/day');
    expect(formatRate(1_200_000, 'USD', 'fixed', 'en')).toBe('$12,000 fixed');
    expect(formatRate(9550, 'GBP', 'hour', 'en')).toBe('£95.50/hour');
    expect(formatRate(9550, 'GBP', null, 'en')).toBe('£95.50');
  });
});
