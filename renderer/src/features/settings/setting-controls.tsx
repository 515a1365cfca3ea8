/**
 * Small controls the settings sections share: a labelled switch, a whole-number field and a time field.
 * The fields keep what was typed until the saved value comes back, so nothing flickers while saving.
 */
import { useState, type ReactNode } from 'react';
import { Field } from '../../components/field';

/** Local text while editing; dropped when the saved value changes (derived state, adjusted during render). */
function useDraft<T>(value: unknown): [T | null, (next: T | null) => void] {
  const [draft, setDraft] = useState<T | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(null);
  }
  return [draft, setDraft];
}

interface ToggleProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  /** Saves; the switch shows the new state at once and flips back if this resolves to false. */
  onChange: (checked: boolean) => void | Promise<boolean>;
}

export function Toggle({ id, label, hint, checked, disabled, onChange }: ToggleProps) {
  const [draft, setDraft] = useDraft<boolean>(checked);
  return (
    <div className="toggle-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="toggle"
        checked={draft ?? checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const next = event.target.checked;
          setDraft(next);
          const saved = onChange(next);
          if (saved instanceof Promise) void saved.then((ok) => (ok ? undefined : setDraft(null)));
        }}
      />
      <div className="toggle-text">
        <label htmlFor={id} className="toggle-label">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

interface NumberSettingProps {
  id: string;
  label: string;
  hint?: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  error: string | undefined;
  disabled?: boolean;
  onSave: (value: number) => void;
  onError: (message: string | null) => void;
}

/** Saved on Enter or when the field is left; out-of-range input is explained and not saved. */
export function NumberSetting(props: NumberSettingProps) {
  const { id, label, hint, unit, value, min, max, error, disabled, onSave, onError } = props;
  const [draft, setDraft] = useDraft<string>(value);
  const commit = () => {
    if (draft === null) return;
    const number = Number(draft);
    if (!draft.trim() || !Number.isInteger(number) || number < min || number > max) {
      onError(`Enter a whole number from ${min} to ${max}`);
      return;
    }
    if (number !== value) onSave(number);
    else {
      setDraft(null);
      onError(null);
    }
  };
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <div className="input-with-unit">
          <input
            {...a11y}
            className="input input-number"
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            disabled={disabled}
            value={draft ?? String(value)}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commit();
              }
            }}
          />
          <span className="input-unit">{unit}</span>
        </div>
      )}
    </Field>
  );
}

interface TimeSettingProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  disabled?: boolean;
  onSave: (value: string) => void;
  onError: (message: string | null) => void;
}

/** A 24-hour "HH:MM" time; each complete change is saved. */
export function TimeSetting({ id, label, hint, value, error, disabled, onSave, onError }: TimeSettingProps) {
  const [draft, setDraft] = useDraft<string>(value);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          className="input input-time"
          type="time"
          step={60}
          disabled={disabled}
          value={draft ?? value}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            if (/^\d{2}:\d{2}$/.test(next)) {
              onSave(next);
            } else {
              onError('Enter a time like 09:00');
            }
          }}
        />
      )}
    </Field>
  );
}
