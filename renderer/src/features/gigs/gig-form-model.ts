/**
 * The gig form's values (strings as typed), how they become a gigs.create/gigs.update input, and the
 * checks: typed money and numbers are parsed here, then the contract's GigCreateSchema/GigUpdateSchema and
 * gigRuleIssues run on the result, so messages match what the core would say. Errors are keyed by the
 * contract's field paths ("agreedRateMinor", "endDate"), which is also where server issues land.
 */
import {
  GigCreateSchema,
  gigRuleIssues,
  GigUpdateSchema,
  type GigDetail,
  type ProcedureInput,
} from '../../../../electron/contract';
import { issuesToErrors, validate, type FieldErrors, type PathToKey } from '../../components/form-errors';
import type { PickedEntity } from './entity-picker';
import { minorToInput, parseMoneyInput, type RateUnit } from './money-input';
import type { GigSource } from '../pipeline/pipeline-filters';

export type Cadence = 'none' | 'days' | 'weekday';

export interface GigFormValues {
  title: string;
  client: PickedEntity | null;
  /** '' = the first open stage. */
  stageId: string;
  source: GigSource | '';
  sourceDetail: string;
  referrer: PickedEntity | null;
  agency: PickedEntity | null;
  currency: string;
  rateUnit: RateUnit | '';
  proposedRate: string;
  agreedRate: string;
  estimatedHours: string;
  budget: string;
  startDate: string;
  endDate: string;
  requirements: string;
  notes: string;
  tags: string[];
  cadence: Cadence;
  updateEveryDays: string;
  updateWeekday: string;
}

export type GigFieldKey = keyof GigFormValues;
type GigInput = Omit<ProcedureInput<'gigs.create'>, 'clientId'> & { clientId?: number };

/** Error key for each form value (the contract path its message arrives under). */
export const errorKeyOf: Partial<Record<GigFieldKey, string>> = {
  client: 'clientId',
  agency: 'agencyClientId',
  proposedRate: 'proposedRateMinor',
  agreedRate: 'agreedRateMinor',
  budget: 'budgetMinor',
};
export const keyFor = (field: GigFieldKey) => errorKeyOf[field] ?? field;

export const gigErrorKey: PathToKey = (path) => {
  if (path === 'tags' || path.startsWith('tags.')) return 'tags';
  if (path === 'referrerContactId' || path === 'referrerClientId') return 'referrer';
  return path;
};

export function emptyGig(currency: string, prefill: { client?: PickedEntity | null; stageId?: number } = {}) {
  const values: GigFormValues = {
    title: '',
    client: prefill.client ?? null,
    stageId: prefill.stageId ? String(prefill.stageId) : '',
    source: '',
    sourceDetail: '',
    referrer: null,
    agency: null,
    currency,
    rateUnit: 'day',
    proposedRate: '',
    agreedRate: '',
    estimatedHours: '',
    budget: '',
    startDate: '',
    endDate: '',
    requirements: '',
    notes: '',
    tags: [],
    cadence: 'none',
    updateEveryDays: '',
    updateWeekday: '1',
  };
  return values;
}

export function valuesFromGig(gig: GigDetail, locale?: string): GigFormValues {
  const currency = gig.currency ?? '';
  const referrer = gig.referrerContact
    ? { ...gig.referrerContact, kind: 'contact' }
    : gig.referrerClient
      ? { ...gig.referrerClient, kind: 'client' }
      : null;
  return {
    title: gig.title,
    client: { id: gig.clientId, name: gig.clientName },
    stageId: String(gig.stageId),
    source: gig.source ?? '',
    sourceDetail: gig.sourceDetail ?? '',
    referrer,
    agency: gig.agency,
    currency,
    rateUnit: gig.rateUnit ?? '',
    proposedRate: minorToInput(gig.proposedRateMinor, currency || null, locale),
    agreedRate: minorToInput(gig.agreedRateMinor, currency || null, locale),
    estimatedHours: gig.estimatedHours === null ? '' : String(gig.estimatedHours),
    budget: minorToInput(gig.budgetMinor, currency || null, locale),
    startDate: gig.startDate ?? '',
    endDate: gig.endDate ?? '',
    requirements: gig.requirements,
    notes: gig.notes,
    tags: gig.tags,
    cadence: gig.updateEveryDays !== null ? 'days' : gig.updateWeekday !== null ? 'weekday' : 'none',
    updateEveryDays: gig.updateEveryDays === null ? '' : String(gig.updateEveryDays),
    updateWeekday: String(gig.updateWeekday ?? 1),
  };
}

function parseNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** The procedure input and the typing errors found on the way (unparseable money or numbers). */
export function toGigInput(values: GigFormValues, locale?: string): { input: GigInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const currency = values.currency.trim().toUpperCase() || null;
  const money = (field: 'proposedRate' | 'agreedRate' | 'budget') => {
    const parsed = parseMoneyInput(values[field], currency, locale);
    if (parsed.ok) return parsed.minor;
    errors[keyFor(field)] = parsed.message;
    return null;
  };
  const hours = parseNumber(values.estimatedHours);
  if (hours === 'invalid') errors.estimatedHours = 'Enter hours as a number, like 40';
  const everyDays = values.cadence === 'days' ? parseNumber(values.updateEveryDays) : null;
  if (values.cadence === 'days' && (everyDays === null || everyDays === 'invalid' || !Number.isInteger(everyDays))) {
    errors.updateEveryDays = 'Enter a whole number of days, like 7';
  }
  const input: GigInput = {
    title: values.title,
    ...(values.client ? { clientId: values.client.id } : {}),
    ...(values.stageId ? { stageId: Number(values.stageId) } : {}),
    source: values.source || null,
    sourceDetail: values.sourceDetail,
    referrerContactId: values.referrer?.kind === 'contact' ? values.referrer.id : null,
    referrerClientId: values.referrer?.kind === 'client' ? values.referrer.id : null,
    agencyClientId: values.agency?.id ?? null,
    currency,
    rateUnit: values.rateUnit || null,
    proposedRateMinor: money('proposedRate'),
    agreedRateMinor: money('agreedRate'),
    estimatedHours: typeof hours === 'number' ? hours : null,
    budgetMinor: money('budget'),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    requirements: values.requirements,
    notes: values.notes,
    tags: values.tags,
    updateEveryDays: typeof everyDays === 'number' && Number.isInteger(everyDays) ? everyDays : null,
    updateWeekday: values.cadence === 'weekday' ? Number(values.updateWeekday) : null,
  };
  return { input, errors };
}

/** Every message for the form, keyed by contract path: typing errors first, then the contract's checks. */
export function validateGigForm(values: GigFormValues, editingId: number | null, locale?: string): FieldErrors {
  const { input, errors: typing } = toGigInput(values, locale);
  const schema = editingId === null ? GigCreateSchema : GigUpdateSchema;
  const found = validate(schema, editingId === null ? input : { ...input, id: editingId }, gigErrorKey);
  const rules = issuesToErrors(gigRuleIssues(input), gigErrorKey);
  const errors: FieldErrors = { ...rules, ...found, ...typing };
  if (!values.client) errors.clientId = 'Choose the client this gig is for';
  return errors;
}
