/** Reads a create deep link's prefill (`gigId` or `clientId`, `date`, `time`) into the deadline form. */
import { call } from '../../api/client';
import { dateTimeParams, positiveId } from '../interviews/interview-prefill';
import { gigOptionById } from '../interviews/record-search';
import type { DeadlinePrefill } from './deadline-form-model';

async function clientOption(id: number) {
  try {
    const client = await call('clients.get', { id });
    return { id: client.id, name: client.name };
  } catch {
    return null;
  }
}

export async function deadlinePrefillFromParams(params: URLSearchParams): Promise<DeadlinePrefill> {
  const gigId = positiveId(params.get('gigId'));
  const clientId = positiveId(params.get('clientId'));
  const gig = gigId === null ? null : await gigOptionById(gigId);
  const client = gig || clientId === null ? null : await clientOption(clientId);
  return { ...dateTimeParams(params), gig, client };
}
