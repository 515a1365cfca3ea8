/** The deadline form's fields: title, gig or client, when it is due, priority, importance, notes, reminders. */
import { Field } from '../../components/field';
import type { FieldErrors } from '../../components/form-errors';
import { DateField, NotesField, TimeField } from '../../components/shared-fields';
import { TimeZoneField } from '../clients/time-zone-field';
import { EntityPicker } from '../gigs/entity-picker';
import { GigPicker } from '../interviews/gig-picker';
import { clientPickerKey, searchClients } from '../interviews/record-search';
import { priorityLabels, type DeadlineFieldKey, type DeadlineFormValues, type Priority } from './deadline-form-model';
import { ReminderOffsetsField } from './reminder-offsets-field';

export const deadlineFieldId = (key: string) => `deadline-${key}`;

interface DeadlineFieldsProps {
  values: DeadlineFormValues;
  errors: FieldErrors;
  onChange: <K extends DeadlineFieldKey>(key: K, value: DeadlineFormValues[K]) => void;
  onBlur: (key: string, values?: DeadlineFormValues) => void;
}

export function DeadlineFields({ values, errors, onChange, onBlur }: DeadlineFieldsProps) {
  const timed = values.mode === 'timed';
  return (
    <div className="form-grid">
      <Field id={deadlineFieldId('title')} label="Title" error={errors.title} className="span-2">
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            placeholder="Send the proposal, deliver the first draft…"
            value={values.title}
            onChange={(e) => onChange('title', e.target.value)}
            onBlur={() => onBlur('title')}
          />
        )}
      </Field>

      <Field id={deadlineFieldId('gigId')} label="Gig" hint="Optional" error={errors.gigId}>
        {(a11y) => (
          <GigPicker {...a11y} value={values.gig} onChange={(gig) => onChange('gig', gig)} placeholder="Search gigs" />
        )}
      </Field>
      {values.gig ? (
        <div className="field">
          <span className="field-label">Client</span>
          <p className="field-static">{values.gig.clientName} (the gig’s client)</p>
        </div>
      ) : (
        <Field id={deadlineFieldId('clientId')} label="Client" hint="Optional" error={errors.clientId}>
          {(a11y) => (
            <EntityPicker
              {...a11y}
              value={values.client}
              onChange={(client) => onChange('client', client)}
              queryKey={clientPickerKey}
              fetchOptions={searchClients}
              placeholder="Search clients"
            />
          )}
        </Field>
      )}

      <fieldset className="segmented span-2">
        <legend className="field-label">Due</legend>
        {(['timed', 'allDay'] as const).map((mode) => (
          <label key={mode} className="segmented-option">
            <input
              type="radio"
              name="deadline-due-mode"
              value={mode}
              checked={values.mode === mode}
              onChange={() => onChange('mode', mode)}
            />
            <span>{mode === 'timed' ? 'At a time' : 'All day'}</span>
          </label>
        ))}
      </fieldset>

      <div className={`${timed ? 'form-row-3' : 'form-row-1'} span-2`}>
        <DateField
          id={deadlineFieldId('date')}
          label={timed ? 'Date' : 'Day'}
          value={values.date}
          error={errors.due}
          onChange={(date) => onChange('date', date)}
          onBlur={() => onBlur('due')}
        />
        {timed ? (
          <>
            <TimeField
              id={deadlineFieldId('time')}
              value={values.time}
              invalid={Boolean(errors.due)}
              onChange={(time) => onChange('time', time)}
              onBlur={() => onBlur('due')}
            />
            <TimeZoneField
              id={deadlineFieldId('timeZone')}
              values={values}
              error={errors.timeZone}
              onChange={onChange}
              onBlur={onBlur}
            />
          </>
        ) : null}
      </div>

      <fieldset className="segmented">
        <legend className="field-label">Priority</legend>
        {(Object.keys(priorityLabels) as Priority[]).map((priority) => (
          <label key={priority} className="segmented-option">
            <input
              type="radio"
              name="deadline-priority"
              value={priority}
              checked={values.priority === priority}
              onChange={() => onChange('priority', priority)}
            />
            <span>{priorityLabels[priority]}</span>
          </label>
        ))}
      </fieldset>

      <label className="check-option important-option">
        <input type="checkbox" checked={values.important} onChange={(e) => onChange('important', e.target.checked)} />
        <span>
          <span className="field-label">Important</span>
          <span className="field-hint">Its reminders come even during quiet hours.</span>
        </span>
      </label>

      <ReminderOffsetsField
        value={values.reminderOffsets}
        onChange={(next) => onChange('reminderOffsets', next)}
        error={errors.reminderOffsets}
      />

      <NotesField
        id={deadlineFieldId('notes')}
        value={values.notes}
        error={errors.notes}
        placeholder="What is due, where to send it, who to ask…"
        onChange={onChange}
        onBlur={onBlur}
      />
    </div>
  );
}
