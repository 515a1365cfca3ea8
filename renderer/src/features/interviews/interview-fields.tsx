/** The interview form's fields: gig, when (date, time, zone, duration), kind, where, round, people, notes. */
import { Link } from 'wouter';
import type { Contact } from '../../../../electron/contract';
import { Field } from '../../components/field';
import type { FieldErrors } from '../../components/form-errors';
import { DateField, NotesField, TimeField } from '../../components/shared-fields';
import { formatMinutes, instantOf, timeElsewhere } from '../agenda/time-text';
import { TimeZoneField } from '../clients/time-zone-field';
import {
  durationChoices,
  interviewKinds,
  interviewOutcomes,
  kindLabels,
  outcomeLabels,
  type InterviewFieldKey,
  type InterviewFormValues,
} from './interview-form-model';
import { GigPicker } from './gig-picker';

export const interviewFieldId = (key: string) => `interview-${key}`;

interface InterviewFieldsProps {
  values: InterviewFormValues;
  errors: FieldErrors;
  onChange: <K extends InterviewFieldKey>(key: K, value: InterviewFormValues[K]) => void;
  onBlur: (key: string, values?: InterviewFormValues) => void;
  client: { timeZone: string | null; contacts: readonly Contact[] } | null;
  clientLoading: boolean;
  showOutcome: boolean;
}

export function InterviewFields(props: InterviewFieldsProps) {
  const { values, errors, onChange, onBlur, client, clientLoading, showOutcome } = props;
  const startsAt = instantOf(values.date, values.time, values.timeZone);
  const clientTime =
    startsAt !== null && client?.timeZone ? timeElsewhere(startsAt, values.timeZone, client.timeZone) : null;
  const durations = durationChoices.includes(values.durationMinutes)
    ? durationChoices
    : [...durationChoices, values.durationMinutes].sort((a, b) => a - b);

  return (
    <div className="form-grid">
      <Field id={interviewFieldId('gigId')} label="Gig" error={errors.gigId} className="span-2">
        {(a11y) => (
          <GigPicker
            {...a11y}
            value={values.gig}
            onChange={(gig) => onChange('gig', gig)}
            placeholder="Search your gigs by title or client"
            onBlur={() => onBlur('gigId')}
          />
        )}
      </Field>

      <div className="form-row-3 span-2">
        <DateField
          id={interviewFieldId('date')}
          label="Date"
          value={values.date}
          error={errors.startsAt}
          onChange={(date) => onChange('date', date)}
          onBlur={() => onBlur('startsAt')}
        />
        <TimeField
          id={interviewFieldId('time')}
          value={values.time}
          invalid={Boolean(errors.startsAt)}
          hint={clientTime && values.gig ? `Client: ${clientTime}` : undefined}
          onChange={(time) => onChange('time', time)}
          onBlur={() => onBlur('startsAt')}
        />
        <Field id={interviewFieldId('durationMinutes')} label="Duration" error={errors.durationMinutes}>
          {(a11y) => (
            <select
              {...a11y}
              className="select"
              value={values.durationMinutes}
              onChange={(e) => onChange('durationMinutes', Number(e.target.value))}
            >
              {durations.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {formatMinutes(minutes)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <div className="form-row-3 span-2">
        <TimeZoneField
          id={interviewFieldId('timeZone')}
          values={values}
          error={errors.timeZone}
          onChange={onChange}
          onBlur={onBlur}
        />

        <Field id={interviewFieldId('kind')} label="Kind">
          {(a11y) => (
            <select
              {...a11y}
              className="select"
              value={values.kind}
              onChange={(e) => onChange('kind', e.target.value as InterviewFormValues['kind'])}
            >
              {interviewKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={interviewFieldId('round')} label="Round" error={errors.round}>
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              type="number"
              min={1}
              max={50}
              value={values.round}
              onChange={(e) => onChange('round', e.target.value)}
              onBlur={() => onBlur('round')}
            />
          )}
        </Field>
      </div>

      <Field id={interviewFieldId('link')} label="Call link" error={errors.link}>
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            type="text"
            inputMode="url"
            placeholder="meet.example.com/abc-defg"
            value={values.link}
            onChange={(e) => onChange('link', e.target.value)}
            onBlur={() => onBlur('link')}
          />
        )}
      </Field>
      <Field id={interviewFieldId('location')} label="Location" error={errors.location}>
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            placeholder="Office address, for on-site interviews"
            value={values.location}
            onChange={(e) => onChange('location', e.target.value)}
            onBlur={() => onBlur('location')}
          />
        )}
      </Field>

      {showOutcome ? (
        <Field id={interviewFieldId('outcome')} label="Outcome">
          {(a11y) => (
            <select
              {...a11y}
              className="select"
              value={values.outcome}
              onChange={(e) => onChange('outcome', e.target.value as InterviewFormValues['outcome'])}
            >
              {interviewOutcomes.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {outcomeLabels[outcome]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}

      <PeopleField
        values={values}
        error={errors.contactIds}
        onChange={onChange}
        client={client}
        loading={clientLoading}
      />

      <NotesField
        id={interviewFieldId('notes')}
        value={values.notes}
        error={errors.notes}
        placeholder="Agenda, who asked for it, what to bring…"
        onChange={onChange}
        onBlur={onBlur}
      />
    </div>
  );
}

interface PeopleFieldProps {
  values: InterviewFormValues;
  error: string | undefined;
  onChange: InterviewFieldsProps['onChange'];
  client: InterviewFieldsProps['client'];
  loading: boolean;
}

/** The client's contacts as checkboxes: who you will meet. */
function PeopleField({ values, error, onChange, client, loading }: PeopleFieldProps) {
  const toggle = (id: number, on: boolean) =>
    onChange('contactIds', on ? [...values.contactIds, id] : values.contactIds.filter((c) => c !== id));
  let body;
  if (!values.gig) body = <p className="field-hint">Choose the gig first; its client’s people show here.</p>;
  else if (loading) body = <p className="field-hint">Loading {values.gig.clientName}’s contacts…</p>;
  else if (!client?.contacts.length)
    body = (
      <p className="field-hint">
        No contacts at {values.gig.clientName} yet.{' '}
        <Link href={`/clients/${values.gig.clientId}`}>Add them on the client’s page</Link>.
      </p>
    );
  else
    body = (
      <div className="check-grid">
        {client.contacts.map((contact) => (
          <label key={contact.id} className="check-option">
            <input
              type="checkbox"
              checked={values.contactIds.includes(contact.id)}
              onChange={(e) => toggle(contact.id, e.target.checked)}
            />
            <span>{contact.name}</span>
            {contact.role ? <span className="muted">{contact.role}</span> : null}
          </label>
        ))}
      </div>
    );
  return (
    <fieldset className="field fieldset span-2" aria-describedby={error ? 'interview-people-error' : undefined}>
      <legend className="field-label">People</legend>
      {body}
      {error ? (
        <p id="interview-people-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
