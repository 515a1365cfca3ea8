/**
 * "Log contact / note": a note, email, call, meeting or message about a gig or a client. Contact kinds
 * reset the follow-up clock, which the hint says, so people know why logging a call matters.
 */
import { CircleAlert, LoaderCircle, NotebookPen } from 'lucide-react';
import { useId, useState } from 'react';
import { loggableKinds, timelineProcedures } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { useToast } from '../../components/toast';
import { timelineKindLabels } from './gig-labels';
import { useTimelineMutations } from './use-gig';

type LoggableKind = (typeof loggableKinds)[number];

/** 'YYYY-MM-DDTHH:mm' of a datetime-local input, read in the user's zone; '' = now. */
function parseLocal(value: string): number | null | 'invalid' {
  if (!value) return null;
  const at = new Date(value).getTime();
  return Number.isFinite(at) ? at : 'invalid';
}

export function LogEntryForm({ target }: { target: { gigId: number } | { clientId: number } }) {
  const [kind, setKind] = useState<LoggableKind>('note');
  const [body, setBody] = useState('');
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { create } = useTimelineMutations();
  const toast = useToast();
  const id = useId();

  const submit = async () => {
    const occurredAt = parseLocal(when);
    if (occurredAt === 'invalid') return setError('Enter a valid date and time, or leave it empty for now');
    if (occurredAt !== null && occurredAt > Date.now() + 60_000) return setError('Log what already happened');
    const input = { ...target, kind, body, ...(occurredAt !== null ? { occurredAt } : {}) };
    const parsed = timelineProcedures['timeline.create'].input.safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Write something to log');
    try {
      await create.mutateAsync(input);
      setBody('');
      setWhen('');
      setError(null);
      toast.success(`Logged ${timelineKindLabels[kind].toLowerCase()}`);
    } catch (caught) {
      setError(isApiError(caught) && caught.issues[0] ? caught.issues[0].message : errorMessage(caught));
    }
  };

  return (
    <form
      className="log-form"
      aria-label="Log contact or note"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="log-form-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          <select
            id={`${id}-kind`}
            className="select"
            value={kind}
            onChange={(event) => setKind(event.target.value as LoggableKind)}
          >
            {loggableKinds.map((value) => (
              <option key={value} value={value}>
                {timelineKindLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-when`}>
            When <span className="field-optional">(empty = now)</span>
          </label>
          <input
            id={`${id}-when`}
            className="input"
            type="datetime-local"
            value={when}
            onChange={(event) => setWhen(event.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-body`}>
          What happened
        </label>
        <textarea
          id={`${id}-body`}
          className="textarea log-body"
          rows={2}
          placeholder={kind === 'note' ? 'A thought, a decision, a detail to remember…' : 'What was said or agreed'}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            if (error) setError(null);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            <CircleAlert size={13} aria-hidden="true" />
            <span>{error}</span>
          </p>
        ) : (
          <p id={`${id}-hint`} className="field-hint">
            Emails, calls, meetings and messages count as contact and restart the follow-up clock.
          </p>
        )}
      </div>
      <div className="log-form-actions">
        <button type="submit" className="button button-sm" disabled={create.isPending}>
          {create.isPending ? (
            <LoaderCircle size={14} className="spinner" aria-hidden="true" />
          ) : (
            <NotebookPen size={14} aria-hidden="true" />
          )}
          Log entry
        </button>
      </div>
    </form>
  );
}
