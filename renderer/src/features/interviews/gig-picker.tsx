/**
 * The gig picker of the interview and deadline forms: an EntityPicker over gigs that hands back the whole
 * gig option (with its client), not just the picked id and name.
 */
import type { ComponentProps } from 'react';
import { EntityPicker } from '../gigs/entity-picker';
import { gigFromPick, gigPickerKey, pickedGig, searchGigs, type GigOption } from './record-search';

type EntityPickerProps = ComponentProps<typeof EntityPicker>;

interface GigPickerProps extends Omit<EntityPickerProps, 'value' | 'onChange' | 'queryKey' | 'fetchOptions'> {
  value: GigOption | null;
  onChange: (gig: GigOption | null) => void;
}

export function GigPicker({ value, onChange, ...rest }: GigPickerProps) {
  return (
    <EntityPicker
      {...rest}
      value={pickedGig(value)}
      onChange={(picked) => onChange(gigFromPick(picked))}
      queryKey={gigPickerKey}
      fetchOptions={searchGigs}
    />
  );
}
