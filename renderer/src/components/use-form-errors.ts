/**
 * The error state every add/edit form keeps: a message per field, one form-level message for what no field
 * shows, and the form element so showing a set of messages can move focus to the first invalid control.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ValidationIssue } from '../../../electron/contract';
import { focusFirstInvalid, issuesToErrors, type FieldErrors, type PathToKey } from './form-errors';

export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const showErrors = (next: FieldErrors) => {
    flushSync(() => setErrors(next));
    focusFirstInvalid(formRef.current);
  };

  /** Issues from a refused save land on their fields; those no field shows go in the form alert. */
  const showIssues = (issues: readonly ValidationIssue[], toKey: PathToKey, isKnown: (key: string) => boolean) => {
    const mapped = issuesToErrors(issues, toKey);
    const unplaced = Object.entries(mapped).filter(([key]) => !isKnown(key));
    if (unplaced.length) setFormError(unplaced.map(([, message]) => message).join(' '));
    showErrors(mapped);
  };

  return { errors, setErrors, formError, setFormError, formRef, showErrors, showIssues };
}

/** The value of the last render, for checks that run after the pointer is released (see afterPointerRelease). */
export function useLatest<T>(value: T) {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
