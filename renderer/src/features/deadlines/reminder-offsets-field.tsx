/**
 * A deadline's reminder lead times as chips ("1 day before ×"), with one-click common choices and a field
 * for any other ("2 hours"). No chips means "use my defaults", and the defaults from Settings are named.
 */
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatLeadTime, parseLeadTime, withLeadTime } from '../settings/lead-time';
import { useSettings } from '../settings/use-settings';

const COMMON = [3 * 24 * 60, 24 * 60, 60];

interface ReminderOffsetsFieldProps {
  value: readonly number[];
  onChange: (next: number[]) => void;
  error: string | undefined;
}

function DefaultsNote() {
  const settings = useSettings();
  const reminders = settings.data?.reminders;
  if (!reminders) return <p className="field-hint">No reminders chosen: your defaults from Settings apply.</p>;
  const parts = reminders.deadlineLeadMinutes.map(formatLeadTime);
  if (reminders.deadlineMorningOf) parts.push(`the morning of the day (${reminders.allDayTime})`);
  return (
    <p className="field-hint" id="deadline-reminders-defaults">
      No reminders chosen, so your defaults apply: {parts.length ? parts.join(', ') : 'none'}.{' '}
      <Link href="/settings">Change the defaults in Settings</Link>.
    </p>
  );
}

export function ReminderOffsetsField({ value, onChange, error }: ReminderOffsetsFieldProps) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const add = (minutes: number) => onChange(withLeadTime(value, minutes));
  const addDraft = () => {
    if (!draft.trim()) return;
    const minutes = parseLeadTime(draft);
    if (minutes === null) return setDraftError('Type a time before, like 2 hours, 3 days or 30 minutes');
    if (value.includes(minutes)) return setDraftError(`${formatLeadTime(minutes)} is already chosen`);
    setDraftError(null);
    setDraft('');
    add(minutes);
  };
  const shownError = draftError ?? error;

  return (
    <fieldset className="field fieldset span-2">
      <legend className="field-label">Reminders</legend>
      {value.length ? (
        <ul className="tag-input-chips" aria-label="Reminders for this deadline">
          {value.map((minutes) => (
            <li key={minutes} className="chip">
              <span>{formatLeadTime(minutes)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove reminder ${formatLeadTime(minutes)}`}
                onClick={() => onChange(value.filter((m) => m !== minutes))}
              >
                <X size={11} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <DefaultsNote />
      )}
      <div className="reminder-add">
        {COMMON.filter((m) => !value.includes(m)).map((minutes) => (
          <button key={minutes} type="button" className="button button-sm" onClick={() => add(minutes)}>
            <Plus size={12} aria-hidden="true" />
            {formatLeadTime(minutes)}
          </button>
        ))}
        <label htmlFor="deadline-reminder-custom" className="visually-hidden">
          Other reminder time
        </label>
        <input
          id="deadline-reminder-custom"
          className="input input-sm reminder-custom"
          placeholder="Other, e.g. 2 hours"
          value={draft}
          aria-invalid={Boolean(shownError)}
          aria-describedby={shownError ? 'deadline-reminder-error' : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            if (draftError) setDraftError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              addDraft();
            }
          }}
        />
        <button type="button" className="button button-sm" disabled={!draft.trim()} onClick={addDraft}>
          Add reminder
        </button>
      </div>
      {shownError ? (
        <p id="deadline-reminder-error" className="field-error">
          {shownError}
        </p>
      ) : null}
    </fieldset>
  );
}
