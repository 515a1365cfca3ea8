/** Lead times as removable chips ("3 days before ×") and a field to add one by typing "2 hours" or picking. */
import { Plus, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Combobox } from '../../components/combobox';
import { Field } from '../../components/field';
import { formatDuration, formatLeadTime, leadTimeSuggestions, parseLeadTime, withLeadTime } from './lead-time';

interface LeadTimeChipsProps {
  id: string;
  label: string;
  /** What the chips remind of, for the list's and buttons' names: "deadline" → "Deadline reminders". */
  noun: 'deadline' | 'interview';
  value: readonly number[];
  onChange: (next: number[]) => void;
  error: string | undefined;
  onError: (message: string | null) => void;
  hint?: string;
}

export function LeadTimeChips({ id, label, noun, value, onChange, error, onError, hint }: LeadTimeChipsProps) {
  const [draft, setDraft] = useState('');
  const options = useMemo(
    () => leadTimeSuggestions.filter((m) => !value.includes(m)).map((m) => ({ value: formatDuration(m) })),
    [value],
  );

  const add = (text: string) => {
    if (!text.trim()) return;
    const minutes = parseLeadTime(text);
    if (minutes === null) return onError('Type a time before, like 2 hours, 3 days or 30 minutes');
    if (value.includes(minutes)) return onError(`${formatLeadTime(minutes)} is already in the list`);
    setDraft('');
    onError(null);
    onChange(withLeadTime(value, minutes));
  };

  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(a11y) => (
        <div className="lead-chips">
          {value.length ? (
            <ul className="lead-chip-list" aria-label={`${noun === 'deadline' ? 'Deadline' : 'Interview'} reminders`}>
              {value.map((minutes) => (
                <li key={minutes} className="chip lead-chip">
                  <span>{formatLeadTime(minutes)}</span>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Remove the ${noun} reminder ${formatLeadTime(minutes)}`}
                    onClick={() => onChange(value.filter((m) => m !== minutes))}
                  >
                    <X size={11} aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="lead-chip-none">No reminders before; add one below.</p>
          )}
          <div className="lead-chip-add">
            <Combobox
              {...a11y}
              value={draft}
              options={options}
              maxOptions={9}
              placeholder="Add, e.g. 2 hours"
              onChange={(text) => {
                setDraft(text);
                if (error) onError(null);
              }}
              onPick={add}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add(draft);
                }
              }}
            />
            <button type="button" className="button" disabled={!draft.trim()} onClick={() => add(draft)}>
              <Plus size={14} aria-hidden="true" />
              Add
            </button>
          </div>
        </div>
      )}
    </Field>
  );
}
