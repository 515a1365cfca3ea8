/**
 * The dispatcher both transports call. It never throws: unknown names, invalid input, domain errors and
 * SQLite errors all come back as Result values with a code; stacks go to the log only.
 */
import type { z } from 'zod';
import {
  fail,
  isProcedureName,
  ok,
  procedures,
  type ParsedInput,
  type ProcedureName,
  type ProcedureOutput,
  type Result,
  type ValidationIssue,
} from '../contract';
import type { Context } from './context';
import { AppError, classifyFileError, classifySqliteError } from './errors';
import { serializeError } from './log';

export type Handler<N extends ProcedureName> = (
  input: ParsedInput<N>,
  ctx: Context,
) => ProcedureOutput<N> | Promise<ProcedureOutput<N>>;

export type HandlerMap<K extends ProcedureName> = { [N in K]: Handler<N> };
export type Handlers = HandlerMap<ProcedureName>;

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>;

export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : issue.message,
  }));
}

export function validationMessage(issues: ValidationIssue[]): string {
  if (issues.length === 1 && issues[0]) return issues[0].message;
  return `${issues.length} fields need attention.`;
}

/** Refuses a call before validation (recovery mode, a restore in progress); null lets it through. */
export type Gate = (name: ProcedureName) => Result<never> | null;

export function createDispatcher(handlers: Handlers, ctx: Context, gate?: Gate): Dispatch {
  return async function dispatch(name, input) {
    try {
      if (!isProcedureName(name)) {
        return fail('UNKNOWN_PROCEDURE', `There is no procedure called "${String(name).slice(0, 100)}".`);
      }
      const refused = gate?.(name);
      if (refused) return refused;
      const parsed = procedures[name].input.safeParse(input === undefined ? {} : input);
      if (!parsed.success) {
        const issues = toValidationIssues(parsed.error);
        return fail('VALIDATION', validationMessage(issues), issues);
      }
      const handler = handlers[name] as (input: unknown, ctx: Context) => unknown;
      const data = await handler(parsed.data, ctx);
      return ok(data);
    } catch (error) {
      return toFailure(error, name, ctx);
    }
  };
}

function toFailure(error: unknown, name: string, ctx: Context): Result<never> {
  if (error instanceof AppError) {
    if (error.code === 'INTERNAL') ctx.log.error('procedure failed', { procedure: name, ...serializeError(error) });
    return fail(error.code, error.message, error.issues);
  }
  const mapped = classifySqliteError(error) ?? classifyFileError(error);
  if (mapped) {
    ctx.log.warn('procedure hit a storage error', { procedure: name, ...serializeError(error) });
    return fail(mapped.code, mapped.message);
  }
  ctx.log.error('procedure crashed', { procedure: name, ...serializeError(error) });
  return fail('INTERNAL', 'Something went wrong inside Gigline. Nothing was changed; the details are in the log.');
}
