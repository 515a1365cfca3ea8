/** The error `call()` throws when a procedure answers `{ok:false}` or the transport itself fails. */
import type { AppErrorShape, ErrorCode, ValidationIssue } from '../../../electron/contract';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: ValidationIssue[];

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.issues = shape.issues ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Nothing was changed.';
}
