/** Where the gig form's pickers get their options: clients by name, referrers from contacts and clients. */
import { call } from '../../api/client';
import type { EntityOption } from './entity-picker';

const PICKER_SIZE = 12;

export const clientPickerKey = ['clients', 'picker'] as const;
export const referrerPickerKey = ['clients', 'referrer-picker'] as const;

export async function fetchClientOptions(text: string): Promise<EntityOption[]> {
  const { items } = await call('clients.list', {
    sort: 'name',
    archived: 'active',
    limit: PICKER_SIZE,
    ...(text ? { search: text } : {}),
  });
  return items.map((client) => ({
    id: client.id,
    name: client.name,
    ...(client.location ? { hint: client.location } : {}),
  }));
}

/** A referrer is a contact (with the client they work at) or a whole client; search finds both by name. */
export async function fetchReferrerOptions(text: string): Promise<EntityOption[]> {
  if (!text) return [];
  const { results } = await call('search.query', { q: text, limit: 50 });
  return results
    .filter((result) => result.type === 'contact' || result.type === 'client')
    .slice(0, PICKER_SIZE)
    .map((result) => ({
      id: result.id,
      name: result.title,
      kind: result.type,
      hint: result.type === 'client' ? `Client · ${result.subtitle}` : result.subtitle,
    }));
}
