/**
 * The client form's values and checks. Field checks come from the contract's ClientFieldsSchema and
 * ContactFieldsSchema, so the form says exactly what the core would say.
 */
import {
  ClientFieldsSchema,
  ContactFieldsSchema,
  type ClientDetail,
  type ProcedureInput,
} from '../../../../electron/contract';
import { validate, type FieldErrors, type PathToKey } from '../../components/form-errors';

export interface ClientFormValues {
  name: string;
  kind: 'company' | 'individual';
  email: string;
  phone: string;
  website: string;
  linkedin: string;
  location: string;
  timeZone: string;
  notes: string;
  tags: string[];
}

export interface NewContactValues {
  /** Local key for React lists only; never sent. */
  key: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  linkedin: string;
}

export type ClientFieldKey = keyof ClientFormValues;

export const emptyClient: ClientFormValues = {
  name: '',
  kind: 'company',
  email: '',
  phone: '',
  website: '',
  linkedin: '',
  location: '',
  timeZone: '',
  notes: '',
  tags: [],
};

export function valuesFromClient(client: ClientDetail): ClientFormValues {
  return {
    name: client.name,
    kind: client.kind,
    email: client.email ?? '',
    phone: client.phone ?? '',
    website: client.website ?? '',
    linkedin: client.linkedin ?? '',
    location: client.location ?? '',
    timeZone: client.timeZone ?? '',
    notes: client.notes,
    tags: client.tags,
  };
}

/** "tags.2" is the tag chip list as a whole; "contacts.0.email" stays as it is. */
export const clientErrorKey: PathToKey = (path) => (path === 'tags' || path.startsWith('tags.') ? 'tags' : path);

export function contactInput({ name, role, email, phone, linkedin }: NewContactValues) {
  return { name, role, email, phone, linkedin };
}

export function validateClientForm(values: ClientFormValues, contacts: readonly NewContactValues[]): FieldErrors {
  const errors = validate(ClientFieldsSchema, values, clientErrorKey);
  contacts.forEach((contact, index) => {
    Object.assign(errors, validate(ContactFieldsSchema, contactInput(contact), clientErrorKey, `contacts.${index}.`));
  });
  return errors;
}

export function createInput(
  values: ClientFormValues,
  contacts: readonly NewContactValues[],
): ProcedureInput<'clients.create'> {
  return contacts.length ? { ...values, contacts: contacts.map(contactInput) } : { ...values };
}
