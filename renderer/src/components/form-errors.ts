/**
 * Validation messages keyed by field. The same zod schemas the core validates with run here on blur and
 * submit; the core's VALIDATION issues (dotted paths such as "contacts.0.email") map onto the same keys.
 */
import type { z } from 'zod';
import type { ValidationIssue } from '../../../electron/contract';

export type FieldErrors = Record<string, string>;

/** The key an issue's path belongs to, e.g. "tags.3" → "tags" (a chip list is one field). */
export type PathToKey = (path: string) => string;

export const identityKey: PathToKey = (path) => path;

export function zodIssues(error: z.ZodError, prefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: prefix + issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function issuesToErrors(issues: readonly ValidationIssue[], toKey: PathToKey = identityKey): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = toKey(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}

export function validate(schema: z.ZodType, values: unknown, toKey: PathToKey = identityKey, prefix = ''): FieldErrors {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : issuesToErrors(zodIssues(parsed.error, prefix), toKey);
}

/** Updates one field's message from a full validation run, leaving the others as they are. */
export function withFieldResult(current: FieldErrors, all: FieldErrors, key: string): FieldErrors {
  const next = { ...current };
  if (all[key]) next[key] = all[key];
  else delete next[key];
  return next;
}

/** Moves focus to the first control that has an error, in document order. */
export function focusFirstInvalid(container: HTMLElement | null) {
  container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

let pointerDown = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pointerDown = true), true);
  window.addEventListener('pointerup', () => (pointerDown = false), true);
  window.addEventListener('pointercancel', () => (pointerDown = false), true);
}

/**
 * Runs a blur-time check after the pointer is released. A message appearing on mousedown would push the
 * button being clicked (Add contact, Cancel) away before the click lands.
 */
export function afterPointerRelease(run: () => void) {
  if (!pointerDown) return run();
  // pointerup, mouseup and click are dispatched in one task, so a timeout set here runs after the click.
  window.addEventListener('pointerup', () => window.setTimeout(run, 0), { once: true, capture: true });
}
