/**
 * Lookups for the gig and client pickers in the interview and deadline forms (they use the gig form's
 * EntityPicker). A picked gig comes back as an id and a name only, so the gigs seen in results are
 * remembered here to know the picked gig's client.
 */
import type { GigSummary } from '../../../../electron/contract';
import { call } from '../../api/client';
import type { EntityOption, PickedEntity } from '../gigs/entity-picker';

export interface GigOption {
  id: number;
  title: string;
  clientId: number;
  clientName: string;
}

export const gigPickerKey = ['gigs', 'schedule-picker'] as const;
export const clientPickerKey = ['clients', 'schedule-picker'] as const;

const PICKER_LIMIT = 20;
const seenGigs = new Map<number, GigOption>();

export function gigOption(gig: Pick<GigSummary, 'id' | 'title' | 'clientId' | 'clientName'>): GigOption {
  const option = { id: gig.id, title: gig.title, clientId: gig.clientId, clientName: gig.clientName };
  seenGigs.set(gig.id, option);
  return option;
}

/** How a chosen gig reads in the picker: "Data pipeline rebuild · Northwind Analytics". */
export function pickedGig(gig: GigOption | null): PickedEntity | null {
  return gig ? { id: gig.id, name: `${gig.title} · ${gig.clientName}` } : null;
}

export function gigFromPick(picked: PickedEntity | null): GigOption | null {
  return picked ? (seenGigs.get(picked.id) ?? null) : null;
}

export async function searchGigs(text: string): Promise<EntityOption[]> {
  const { items } = await call('gigs.list', {
    archived: 'active',
    sort: 'updated',
    direction: 'desc',
    limit: PICKER_LIMIT,
    ...(text ? { search: text } : {}),
  });
  return items.map((gig) => {
    gigOption(gig);
    return { id: gig.id, name: gig.title, hint: gig.clientName };
  });
}

export async function searchClients(text: string): Promise<EntityOption[]> {
  const { items } = await call('clients.list', {
    archived: 'active',
    sort: text ? 'name' : 'updated',
    limit: PICKER_LIMIT,
    ...(text ? { search: text } : {}),
  });
  return items.map((client) => ({ id: client.id, name: client.name }));
}

/** A gig by id, for `?new=1&gigId=12` prefills. */
export async function gigOptionById(id: number): Promise<GigOption | null> {
  try {
    return gigOption(await call('gigs.get', { id }));
  } catch {
    return null;
  }
}
