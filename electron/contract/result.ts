/**
 * The Result envelope every procedure returns over every transport. Errors are values with a code the
 * renderer can branch on and a message written for people; stacks stay in the main-side log.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNKNOWN_PROCEDURE',
  'STORAGE_FULL',
  'BUSY',
  'READONLY',
  'DB_FROM_FUTURE',
  'DB_CORRUPT',
  'MIGRATION_FAILED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** A failing field: `path` is dotted ("contacts.0.email"); "" means the input as a whole. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: ValidationIssue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, issues?: ValidationIssue[]): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
