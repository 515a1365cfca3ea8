/** Start and end dates, and how often the client expects a status update (every N days or on a weekday). */
import { Field } from '../../components/field';
import { FormBlock, gigFieldId, type GigFieldsProps } from './gig-form-fields';
import type { Cadence } from './gig-form-model';
import { weekdayName } from './gig-labels';

const cadences: { value: Cadence; label: string }[] = [
  { value: 'none', label: 'No regular updates' },
  { value: 'days', label: 'Every few days' },
  { value: 'weekday', label: 'Weekly' },
];

export function GigScheduleFields({ values, errors, onChange, onBlur }: GigFieldsProps) {
  return (
    <FormBlock title="Dates and client updates">
      {(['startDate', 'endDate'] as const).map((key) => (
        <Field
          key={key}
          id={gigFieldId(key)}
          label={key === 'startDate' ? 'Start date' : 'End date'}
          error={errors[key]}
        >
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              type="date"
              value={values[key]}
              onChange={(e) => onChange(key, e.target.value)}
              onBlur={() => onBlur(key)}
            />
          )}
        </Field>
      ))}
      <fieldset className="segmented gig-cadence span-2">
        <legend className="field-label">Client updates</legend>
        {cadences.map((cadence) => (
          <label key={cadence.value} className="segmented-option">
            <input
              type="radio"
              name="gig-cadence"
              value={cadence.value}
              checked={values.cadence === cadence.value}
              onChange={() => onChange('cadence', cadence.value)}
            />
            <span>{cadence.label}</span>
          </label>
        ))}
      </fieldset>
      {values.cadence === 'days' ? (
        <Field
          id={gigFieldId('updateEveryDays')}
          label="Send an update every (days)"
          hint="Gigline reminds you when it is time for the next one."
          error={errors.updateEveryDays}
        >
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              inputMode="numeric"
              placeholder="e.g. 7"
              value={values.updateEveryDays}
              onChange={(e) => onChange('updateEveryDays', e.target.value)}
              onBlur={() => onBlur('updateEveryDays')}
            />
          )}
        </Field>
      ) : null}
      {values.cadence === 'weekday' ? (
        <Field id={gigFieldId('updateWeekday')} label="Send an update every" error={errors.updateWeekday}>
          {(a11y) => (
            <select
              {...a11y}
              className="select"
              value={values.updateWeekday}
              onChange={(e) => onChange('updateWeekday', e.target.value)}
            >
              {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                <option key={day} value={day}>
                  {weekdayName(day)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </FormBlock>
  );
}
