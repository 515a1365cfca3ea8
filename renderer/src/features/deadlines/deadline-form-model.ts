/**
 * The deadline form's values and checks: due at a date and time in a zone, or on an all-day date (never
 * both — the contract's deadlineRuleIssues says so), checked with DeadlineFieldsSchema.
 */
import {
  DeadlineFieldsSchema,
  priorities,
  type DeadlineDetail,
  type ProcedureInput,
} from '../../../../electron/contract';
import { validate, type FieldErrors } from '../../components/form-errors';
import { clockTimeIn, dateKeyIn, instantOf, userTimeZone } from '../agenda/time-text';
import type { PickedEntity } from '../gigs/entity-picker';
import type { GigOption } from '../interviews/record-search';

export type Priority = (typeof priorities)[number];
export type DueMode = 'timed' | 'allDay';

export const priorityLabels: Record<Priority, string> = { low: 'Low', normal: 'Normal', high: 'High' };

export interface DeadlineFormValues {
  title: string;
  gig: GigOption | null;
  /** Only used when no gig is chosen (a gig brings its own client). */
  client: PickedEntity | null;
  mode: DueMode;
  date: string;
  time: string;
  timeZone: string;
  priority: Priority;
  important: boolean;
  notes: string;
  /** Minutes before; empty means "use my defaults from Settings". */
  reminderOffsets: number[];
}

export type DeadlineFieldKey = keyof DeadlineFormValues;

export interface DeadlinePrefill {
  gig?: GigOption | null;
  client?: PickedEntity | null;
  date?: string;
  time?: string;
  allDay?: boolean;
}

export function emptyDeadline(prefill: DeadlinePrefill = {}, now = Date.now()): DeadlineFormValues {
  const zone = userTimeZone();
  const allDay = prefill.allDay ?? (prefill.date !== undefined && prefill.time === undefined);
  return {
    title: '',
    gig: prefill.gig ?? null,
    client: prefill.client ?? null,
    mode: allDay ? 'allDay' : 'timed',
    date: prefill.date ?? dateKeyIn(now + 86_400_000, zone),
    time: prefill.time ?? '17:00',
    timeZone: zone,
    priority: 'normal',
    important: false,
    notes: '',
    reminderOffsets: [],
  };
}

export function valuesFromDeadline(d: DeadlineDetail): DeadlineFormValues {
  const zone = d.timeZone ?? userTimeZone();
  return {
    title: d.title,
    gig:
      d.gigId !== null && d.clientId !== null
        ? { id: d.gigId, title: d.gigTitle ?? '', clientId: d.clientId, clientName: d.clientName ?? '' }
        : null,
    client: d.gigId === null && d.clientId !== null ? { id: d.clientId, name: d.clientName ?? '' } : null,
    mode: d.dueAt !== null ? 'timed' : 'allDay',
    date: d.dueAt !== null ? dateKeyIn(d.dueAt, zone) : (d.dueDate ?? ''),
    time: d.dueAt !== null ? clockTimeIn(d.dueAt, zone) : '17:00',
    timeZone: zone,
    priority: d.priority,
    important: d.important,
    notes: d.notes,
    reminderOffsets: d.reminderOffsets ?? [],
  };
}

/** Both the create and the update input: cleared links and the unused due field are sent as null. */
export function deadlineInput(values: DeadlineFormValues): ProcedureInput<'deadlines.create'> {
  const timed = values.mode === 'timed';
  const dueAt = timed ? instantOf(values.date, values.time, values.timeZone) : null;
  const dueDate = !timed && values.date ? values.date : null;
  return {
    title: values.title,
    gigId: values.gig?.id ?? null,
    clientId: values.gig ? values.gig.clientId : (values.client?.id ?? null),
    dueAt,
    dueDate,
    timeZone: timed ? values.timeZone : null,
    priority: values.priority,
    important: values.important,
    notes: values.notes,
    reminderOffsets: values.reminderOffsets.length ? values.reminderOffsets : null,
  };
}

/** Issue paths to form keys: the due rule ("dueAt") and an all-day date both show under the due fields. */
export const deadlineErrorKey = (path: string) =>
  path === 'dueDate' || path === 'dueAt' ? 'due' : path.startsWith('reminderOffsets') ? 'reminderOffsets' : path;

export function validateDeadlineForm(values: DeadlineFormValues): FieldErrors {
  const errors = validate(DeadlineFieldsSchema, deadlineInput(values), deadlineErrorKey);
  if (!errors.due && values.mode === 'timed' && !values.timeZone) errors.timeZone = 'Choose a time zone';
  return errors;
}
