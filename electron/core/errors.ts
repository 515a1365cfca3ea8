/**
 * Errors raised inside the core. Handlers and repositories throw AppError with a contract code; the
 * dispatcher turns it (and SQLite's own errors) into a Result, so nothing thrown ever crosses a transport.
 */
import type { ErrorCode, ValidationIssue } from '../contract';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: ValidationIssue[];

  constructor(code: ErrorCode, message: string, issues?: ValidationIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (issues) this.issues = issues;
  }
}

export function notFound(entity: string, id: number): AppError {
  return new AppError('NOT_FOUND', `${entity} ${id} was not found. It may have been deleted.`);
}

export function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION', message, [{ path, message }]);
}

/** SQLite result codes (better-sqlite3's SqliteError.code) mapped to contract codes. */
export function classifySqliteError(error: unknown): { code: ErrorCode; message: string } | null {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  if (!code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL')
    return { code: 'STORAGE_FULL', message: 'The disk is full. Nothing was saved; free some space and try again.' };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return { code: 'BUSY', message: 'The database is busy in another window or process. Try again in a moment.' };
  if (code.startsWith('SQLITE_READONLY'))
    return { code: 'READONLY', message: 'The database file is read-only. Nothing was saved.' };
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return { code: 'DB_CORRUPT', message: 'The database file is damaged.' };
  if (code.startsWith('SQLITE_CONSTRAINT_FOREIGNKEY'))
    return { code: 'NOT_FOUND', message: 'A linked item does not exist (it may have been deleted).' };
  if (code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code.startsWith('SQLITE_CONSTRAINT_PRIMARYKEY'))
    return { code: 'CONFLICT', message: 'An item with the same name or key already exists.' };
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return { code: 'VALIDATION', message: 'The data breaks a rule of the database and was not saved.' };
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR'))
    return { code: 'UNAVAILABLE', message: 'The database file could not be read or written.' };
  return null;
}

/**
 * Node file-system errors (backups, restores, setting a damaged file aside) mapped to contract codes, so
 * a full disk or a read-only folder reads the same whether SQLite or Node hit it.
 */
export function classifyFileError(error: unknown): { code: ErrorCode; message: string } | null {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return { code: 'STORAGE_FULL', message: 'The disk is full. Nothing was saved; free some space and try again.' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return { code: 'READONLY', message: 'Gigline is not allowed to write there (permissions, or a read-only disk). Nothing was changed.' };
  if (['ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EBUSY', 'EIO', 'EMFILE', 'ENFILE', 'EXDEV'].includes(code))
    return { code: 'UNAVAILABLE', message: 'A file Gigline needs could not be read or written. Nothing was changed.' };
  return null;
}
