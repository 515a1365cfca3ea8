import { describe, expect, it } from 'vitest';
import { emptyGig, toGigInput, validateGigForm, type GigFormValues } from './gig-form-model';

const base: GigFormValues = { ...emptyGig('EUR'), title: 'Website redesign', client: { id: 3, name: 'Acme' } };

describe('gig form checks', () => {
  it('accepts a complete gig and converts typed money to minor units', () => {
    const values = { ...base, proposedRate: '850', agreedRate: '800.50', budget: '12,000' };
    expect(validateGigForm(values, null, 'en')).toEqual({});
    const { input } = toGigInput(values, 'en');
    expect(input).toMatchObject({
      clientId: 3,
      currency: 'EUR',
      rateUnit: 'day',
      proposedRateMinor: 85000,
      agreedRateMinor: 80050,
      budgetMinor: 1_200_000,
      updateEveryDays: null,
      updateWeekday: null,
    });
  });

  it('asks for a title and a client', () => {
    const errors = validateGigForm({ ...base, title: ' ', client: null }, null, 'en');
    expect(errors.title).toBe('Title is required');
    expect(errors.clientId).toBe('Choose the client this gig is for');
  });

  it('names the currency when a rate has none, and the end date when it is before the start', () => {
    const errors = validateGigForm(
      { ...base, currency: '', proposedRate: '90', startDate: '2026-05-10', endDate: '2026-05-01' },
      null,
      'en',
    );
    expect(errors.currency).toBe('Choose the currency of the rate or budget');
    expect(errors.endDate).toBe('The end date is before the start date');
  });

  it('rejects an unknown currency, too many decimals and bad numbers on their own fields', () => {
    const errors = validateGigForm(
      { ...base, currency: 'XYZ', agreedRate: '10.505', estimatedHours: 'lots' },
      null,
      'en',
    );
    expect(errors.currency).toBe('Choose a currency code such as EUR, USD or GBP');
    expect(errors.agreedRateMinor).toBe('Use at most 2 decimal places');
    expect(errors.estimatedHours).toBe('Enter hours as a number, like 40');
  });

  it('refuses the client as its own agency', () => {
    const errors = validateGigForm({ ...base, agency: { id: 3, name: 'Acme' } }, 7, 'en');
    expect(errors.agencyClientId).toBe('The agency must be a different client');
  });

  it('sends either an update interval or a weekday, never both', () => {
    expect(toGigInput({ ...base, cadence: 'days', updateEveryDays: '7' }).input).toMatchObject({
      updateEveryDays: 7,
      updateWeekday: null,
    });
    expect(toGigInput({ ...base, cadence: 'weekday', updateWeekday: '5' }).input).toMatchObject({
      updateEveryDays: null,
      updateWeekday: 5,
    });
    expect(validateGigForm({ ...base, cadence: 'days', updateEveryDays: '2.5' }, null).updateEveryDays).toBe(
      'Enter a whole number of days, like 7',
    );
    expect(validateGigForm({ ...base, cadence: 'days', updateEveryDays: '400' }, null).updateEveryDays).toBe(
      'At most every 365 days',
    );
  });

  it('keeps a referrer as a contact or a client id', () => {
    const contact = toGigInput({ ...base, referrer: { id: 4, name: 'Lena', kind: 'contact' } }).input;
    expect(contact).toMatchObject({ referrerContactId: 4, referrerClientId: null });
    const client = toGigInput({ ...base, referrer: { id: 9, name: 'Globex', kind: 'client' } }).input;
    expect(client).toMatchObject({ referrerContactId: null, referrerClientId: 9 });
  });
});
