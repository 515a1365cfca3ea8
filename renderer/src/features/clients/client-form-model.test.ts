import { describe, expect, it } from 'vitest';
import { createInput, emptyClient, validateClientForm, type NewContactValues } from './client-form-model';

const contact = (patch: Partial<NewContactValues>): NewContactValues => ({
  key: 1,
  name: 'Hannah',
  role: '',
  email: '',
  phone: '',
  linkedin: '',
  ...patch,
});

describe('validateClientForm', () => {
  it('accepts a name alone (blank optional fields are fine)', () => {
    expect(validateClientForm({ ...emptyClient, name: 'Acme' }, [])).toEqual({});
  });

  it('keys messages by field, the tag list as one field and contacts by index', () => {
    const errors = validateClientForm(
      { ...emptyClient, name: ' ', email: 'nope', tags: ['ok', 'x'.repeat(41)], timeZone: 'Mars/Olympus' },
      [contact({}), contact({ key: 2, name: '', email: 'bad@' })],
    );
    expect(errors).toEqual({
      name: 'Name is required',
      email: 'Enter a valid email address, like name@example.com',
      tags: 'A tag must be at most 40 characters',
      timeZone: 'Choose a valid time zone, like Europe/Berlin',
      'contacts.1.name': 'Name is required',
      'contacts.1.email': 'Enter a valid email address, like name@example.com',
    });
  });
});

describe('createInput', () => {
  it('sends contacts without their local keys, and none when there are none', () => {
    const values = { ...emptyClient, name: 'Acme' };
    expect(createInput(values, [])).not.toHaveProperty('contacts');
    expect(createInput(values, [contact({ role: 'Recruiter' })]).contacts).toEqual([
      { name: 'Hannah', role: 'Recruiter', email: '', phone: '', linkedin: '' },
    ]);
  });
});
