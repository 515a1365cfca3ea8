/**
 * The searchable time-zone field of the client, deadline and interview forms. Picking a zone from the list
 * checks it at once (with the picked value, before state catches up); typing checks it on blur.
 */
import { useMemo } from 'react';
import { Combobox } from '../../components/combobox';
import { Field } from '../../components/field';
import { timeZoneOptions } from './time-zone-options';

interface TimeZoneFieldProps<V extends { timeZone: string }> {
  id: string;
  values: V;
  error: string | undefined;
  onChange: (key: 'timeZone', value: string) => void;
  onBlur: (key: 'timeZone', values?: V) => void;
}

export function TimeZoneField<V extends { timeZone: string }>(props: TimeZoneFieldProps<V>) {
  const { id, values, error, onChange, onBlur } = props;
  const zones = useMemo(() => timeZoneOptions(), []);
  return (
    <Field id={id} label="Time zone" error={error}>
      {(a11y) => (
        <Combobox
          {...a11y}
          value={values.timeZone}
          options={zones}
          maxOptions={60}
          placeholder="Search, e.g. Berlin"
          onChange={(zone) => onChange('timeZone', zone)}
          onPick={(zone) => {
            onChange('timeZone', zone);
            onBlur('timeZone', { ...values, timeZone: zone });
          }}
          onBlur={() => onBlur('timeZone')}
        />
      )}
    </Field>
  );
}
