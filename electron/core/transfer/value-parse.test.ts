/** Money, dates and column names as people write them in spreadsheets. */
import { describe, expect, it } from 'vitest';
import { CLIENT_FIELDS, GIG_FIELDS, suggestMapping } from './csv-mapping';
import { detectDelimiter } from './csv-format';
import { formatDecimal, parseDateCell, parseMoney, toMinor } from './value-parse';

describe('parseMoney', () => {
  it.each([
    ['€1,200.50', 1200.5, 'EUR', null],
    ['1200,50 EUR', 1200.5, 'EUR', null],
    ['1.200,50 €', 1200.5, 'EUR', null],
    ['1 200', 1200, null, null],
    ['1,200', 1200, null, null],
    ['1,5', 1.5, null, null],
    ['0.125', 0.125, null, null],
    ['85/h', 85, null, 'hour'],
    ['$90 per hour', 90, 'USD', 'hour'],
    ['650 EUR/day', 650, 'EUR', 'day'],
    ['£4,000 / week', 4000, 'GBP', 'week'],
    ['12000 usd', 12000, 'USD', null],
  ])('%s → %s %s per %s', (text, amount, currency, unit) => {
    expect(parseMoney(text)).toEqual({ amount, currency, unit });
  });

  it.each(['twelve', '-5', '1,2,3', '€', '85/fortnight'])('%s is an error', (text) => {
    expect(parseMoney(text)).toHaveProperty('error');
  });

  it('converts to minor units by the currency, refusing extra decimals', () => {
    expect(toMinor(1200.5, 'EUR')).toBe(120050);
    expect(toMinor(1500, 'JPY')).toBe(1500);
    expect(toMinor(12.5, 'JPY')).toHaveProperty('error');
    expect(toMinor(1.2345, 'EUR')).toHaveProperty('error');
    expect(formatDecimal(120050, 'EUR')).toBe('1200.50');
    expect(formatDecimal(1500, 'JPY')).toBe('1500');
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-03-31T10:00:00Z', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['1.4.2026', '2026-04-01'],
    ['2026-02-30', null],
    ['31/03/2026', null],
    ['next week', null],
  ])('%s → %s', (text, date) => {
    expect(parseDateCell(text)).toBe(date);
  });
});

describe('column mapping and delimiters', () => {
  it('maps common header names and leaves ids and unknown columns alone', () => {
    const headers = ['Client ID', 'Organisation', 'Primary E-mail', 'Mobile', 'Contact', 'Contact email', 'Misc'];
    expect(suggestMapping(headers, CLIENT_FIELDS)).toMatchObject({
      name: 1,
      email: 2,
      phone: 3,
      contactName: 4,
      contactEmail: 5,
      notes: null,
    });
    expect(suggestMapping(['Deal name', 'Company', 'Stage', 'Hourly rate', 'Stage kind'], GIG_FIELDS)).toMatchObject({
      title: 0,
      client: 1,
      stage: 2,
      proposedRate: 3,
    });
  });

  it('takes the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('Name;Email\r\n"a,b";c')).toBe(';');
    expect(detectDelimiter('"Name;x",Email,Phone\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('Name\tEmail')).toBe('\t');
  });
});
