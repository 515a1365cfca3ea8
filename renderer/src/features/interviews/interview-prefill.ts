/** Reads a create deep link's prefill (`gigId`, `date`, `time`) into the interview form's starting values. */
import type { InterviewPrefill } from './interview-form-model';
import { gigOptionById } from './record-search';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function positiveId(raw: string | null): number | null {
  if (!raw || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function dateTimeParams(params: URLSearchParams): { date?: string; time?: string } {
  const date = params.get('date');
  const time = params.get('time');
  return {
    ...(date && DATE.test(date) ? { date } : {}),
    ...(time && TIME.test(time) ? { time } : {}),
  };
}

export async function prefillFromParams(params: URLSearchParams): Promise<InterviewPrefill> {
  const gigId = positiveId(params.get('gigId'));
  const gig = gigId === null ? null : await gigOptionById(gigId);
  return { ...dateTimeParams(params), gig };
}
