/**
 * The interview form's values and checks. The date, time and zone the user picks become one instant; the
 * rest is checked with the contract's InterviewFieldsSchema, so the form says what the core would say.
 */
import {
  InterviewFieldsSchema,
  interviewKinds,
  interviewOutcomes,
  type InterviewDetail,
  type ProcedureInput,
} from '../../../../electron/contract';
import { validate, type FieldErrors } from '../../components/form-errors';
import { clockTimeIn, dateKeyIn, instantOf, userTimeZone } from '../agenda/time-text';
import type { GigOption } from './record-search';

export { interviewKinds, interviewOutcomes };
export type InterviewKind = (typeof interviewKinds)[number];
export type InterviewOutcome = (typeof interviewOutcomes)[number];

export const kindLabels: Record<InterviewKind, string> = {
  call: 'Phone call',
  video: 'Video call',
  onsite: 'On site',
  technical: 'Technical',
  take_home: 'Take-home task',
};

export const outcomeLabels: Record<InterviewOutcome, string> = {
  pending: 'Pending',
  passed: 'Passed',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

/** Outcomes after which a thank-you note is customary. */
export const thankYouOutcomes: readonly InterviewOutcome[] = ['passed', 'rejected'];

export const durationChoices = [15, 30, 45, 60, 90, 120, 180, 240, 480];

export interface InterviewFormValues {
  gig: GigOption | null;
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: number;
  kind: InterviewKind;
  link: string;
  location: string;
  round: string;
  contactIds: number[];
  outcome: InterviewOutcome;
  notes: string;
}

export type InterviewFieldKey = keyof InterviewFormValues;

export interface InterviewPrefill {
  gig?: GigOption | null;
  date?: string;
  time?: string;
}

export function emptyInterview(prefill: InterviewPrefill = {}, now = Date.now()): InterviewFormValues {
  const zone = userTimeZone();
  return {
    gig: prefill.gig ?? null,
    date: prefill.date ?? dateKeyIn(now + 86_400_000, zone),
    time: prefill.time ?? '10:00',
    timeZone: zone,
    durationMinutes: 60,
    kind: 'video',
    link: '',
    location: '',
    round: '1',
    contactIds: [],
    outcome: 'pending',
    notes: '',
  };
}

export function valuesFromInterview(interview: InterviewDetail): InterviewFormValues {
  return {
    gig: {
      id: interview.gigId,
      title: interview.gigTitle,
      clientId: interview.clientId,
      clientName: interview.clientName,
    },
    date: dateKeyIn(interview.startsAt, interview.timeZone),
    time: clockTimeIn(interview.startsAt, interview.timeZone),
    timeZone: interview.timeZone,
    durationMinutes: interview.durationMinutes,
    kind: interview.kind,
    link: interview.link ?? '',
    location: interview.location ?? '',
    round: String(interview.round),
    contactIds: interview.contacts.map((c) => c.id),
    outcome: interview.outcome,
    notes: interview.notes,
  };
}

/** Form keys for the core's issue paths: the instant belongs to the date and time fields. */
export const interviewErrorKey = (path: string) => (path.startsWith('contactIds') ? 'contactIds' : path);

function roundNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

export function interviewInput(values: InterviewFormValues): Partial<ProcedureInput<'interviews.create'>> {
  const startsAt = instantOf(values.date, values.time, values.timeZone);
  const round = roundNumber(values.round);
  return {
    ...(values.gig ? { gigId: values.gig.id } : {}),
    ...(startsAt === null ? {} : { startsAt }),
    timeZone: values.timeZone,
    durationMinutes: values.durationMinutes,
    kind: values.kind,
    link: values.link,
    location: values.location,
    ...(round === undefined ? {} : { round }),
    contactIds: values.contactIds,
    outcome: values.outcome,
    notes: values.notes,
  };
}

export function validateInterviewForm(values: InterviewFormValues): FieldErrors {
  const errors = validate(InterviewFieldsSchema, interviewInput(values), interviewErrorKey);
  if (!values.gig) errors.gigId = 'Choose the gig this interview is for';
  if (!values.date) errors.startsAt = 'Choose the day of the interview';
  else if (!/^\d{2}:\d{2}$/.test(values.time)) errors.startsAt = 'Choose the time it starts';
  else if (errors.startsAt || !interviewInput(values).startsAt) errors.startsAt = 'Choose a valid date and time';
  if (values.round.trim() !== '' && !Number.isInteger(Number(values.round))) errors.round = 'Enter a whole number';
  return errors;
}
