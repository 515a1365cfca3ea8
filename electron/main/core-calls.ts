/**
 * How the shell talks to the core. The tray and the notifications call the same dispatcher as the renderer
 * (same validation, same events). The one direct read is the app settings for the window's close handler,
 * which must decide synchronously whether to prevent the close.
 */
import type { AppSettings, ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../contract';
import type { Core } from '../core/app-core';
import { readAppSettings } from '../core/repositories/settings-repository';
import type { Dispatch } from '../core/router';

export type CallCore = <N extends ProcedureName>(
  name: N,
  input: ProcedureInput<N>,
) => Promise<Result<ProcedureOutput<N>>>;

export function typedCalls(dispatch: Dispatch): CallCore {
  // The dispatcher validates the input against the contract and answers with that procedure's output.
  return (name, input) => dispatch(name, input) as Promise<Result<ProcedureOutput<typeof name>>>;
}

/** The app settings now, or null when there is no open database (before start, after quit). */
export function readAppSettingsNow(core: Core | null): AppSettings | null {
  if (!core || !core.context.sqlite.open) return null;
  try {
    return readAppSettings(core.context.sqlite);
  } catch {
    return null;
  }
}
