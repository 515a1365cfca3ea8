/**
 * "Locate a database file…": the full path of a Gigline database (a moved file, a copy on another disk,
 * a backup kept elsewhere). Checked with the contract's own rule first; the core's refusal (not found,
 * damaged, not Gigline's, from a newer version) is shown next to the field too.
 */
import { FileSearch, LoaderCircle } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { recoveryProcedures } from '../../../../electron/contract';
import { Field } from '../../components/field';

const pathSchema = recoveryProcedures['recovery.useFile'].input.shape.path;

interface LocateFileFormProps {
  busy: boolean;
  pending: boolean;
  /** The core's answer for the last attempt, shown under the field. */
  serverError: string | null;
  onSubmit: (path: string) => void;
}

export function LocateFileForm({ busy, pending, serverError, onSubmit }: LocateFileFormProps) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The core's answer belongs to the path it was given; typing a new one hides it.
  const [edited, setEdited] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = pathSchema.safeParse(path);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Give the full path of the database file');
      return;
    }
    setError(null);
    setEdited(false);
    onSubmit(parsed.data);
  };

  return (
    <form className="locate-form" onSubmit={submit} noValidate>
      <Field
        id="recovery-locate-path"
        label="Full path of the database file"
        hint="For example /home/you/Documents/gigline.sqlite. Gigline copies the file in; the original stays where it is."
        error={error ?? (edited ? null : serverError) ?? undefined}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="input mono"
            value={path}
            onChange={(event) => {
              setPath(event.target.value);
              setError(null);
              setEdited(true);
            }}
            autoComplete="off"
            spellCheck={false}
            maxLength={4096}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {pending ? (
          <LoaderCircle size={14} className="spinner" aria-hidden="true" />
        ) : (
          <FileSearch size={14} aria-hidden="true" />
        )}
        Use this file
      </button>
    </form>
  );
}
