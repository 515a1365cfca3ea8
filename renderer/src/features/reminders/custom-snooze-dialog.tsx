/** Snooze until a chosen local date and time; it must lie in the future. */
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { fromLocalInput, toLocalInput } from './reminder-format';

interface CustomSnoozeDialogProps {
  onClose: () => void;
  onSnooze: (until: number) => void;
}

export function CustomSnoozeDialog({ onClose, onSnooze }: CustomSnoozeDialogProps) {
  const [value, setValue] = useState(() => toLocalInput(Date.now() + 2 * 60 * 60_000));
  const [earliest] = useState(() => toLocalInput(Date.now()));
  const [error, setError] = useState<string | undefined>();
  const formId = useId();
  const inputId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const until = fromLocalInput(value);
    if (until === null) return setError('Enter a date and a time');
    if (until <= Date.now()) return setError('Choose a time in the future');
    onSnooze(until);
    onClose();
  };

  return (
    <Dialog
      title="Snooze until…"
      description="The reminder comes back at this time (your local time)."
      size="sm"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary">
            Snooze
          </button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit}>
        <Field id={inputId} label="Remind me at" error={error}>
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              type="datetime-local"
              value={value}
              min={earliest}
              onChange={(event) => {
                setValue(event.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
