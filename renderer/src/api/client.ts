/** The one typed entry point to the core: `call('clients.list', {...})` resolves with data or throws ApiError. */
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../electron/contract';
import { ApiError } from './api-error';
import { storageStatus } from './storage-status';
import { currentTransport } from './transport';

export async function call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
  const result = await currentTransport()(name, input);
  storageStatus.note(name, result);
  if (!result.ok) throw new ApiError(result.error);
  return result.data as ProcedureOutput<N>;
}
