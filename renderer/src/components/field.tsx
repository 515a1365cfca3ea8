/**
 * A labelled form field: a real <label>, an optional hint, and the validation message right under the
 * control, wired with aria-invalid/aria-describedby so screen readers announce it with the field.
 */
import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';

export interface ControlA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string | undefined;
  className?: string;
  children: (control: ControlA11y) => ReactNode;
}

export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = error ? errorId : hint ? hintId : undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} className="field-error">
          <CircleAlert size={13} aria-hidden="true" />
          <span>{error}</span>
        </p>
      ) : hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
