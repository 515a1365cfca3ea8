/**
 * Small builders and probes for the pipeline tests (gigs, interviews, deadlines, agenda): create rows
 * through the dispatcher as the renderer would, read a failure's envelope, and count rows.
 */
import type Database from 'better-sqlite3';
import type { AppErrorShape, ProcedureInput, ProcedureName } from '../../contract';
import type { TempCore } from './temp-core';

/** Calls a procedure that must fail and returns its error envelope. */
export async function failure<N extends ProcedureName>(
  t: TempCore,
  name: N,
  input: ProcedureInput<N>,
): Promise<AppErrorShape> {
  const result = await t.core.dispatch(name, input);
  if (result.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(result.data)}`);
  return result.error;
}

export async function makeClient(t: TempCore, name: string, extra: Partial<ProcedureInput<'clients.create'>> = {}) {
  return t.call('clients.create', { name, ...extra });
}

export async function makeGig(
  t: TempCore,
  clientId: number,
  title: string,
  extra: Partial<ProcedureInput<'gigs.create'>> = {},
) {
  return t.call('gigs.create', { title, clientId, ...extra });
}

export async function stageId(t: TempCore, name: string): Promise<number> {
  const stage = (await t.call('stages.list', {})).find((s) => s.name === name);
  if (!stage) throw new Error(`no stage called ${name}`);
  return stage.id;
}

/** Counts rows of a table matching a WHERE clause (for "nothing written" and cascade assertions). */
export function countWhere(sqlite: Database.Database, table: string, where = '1', ...params: unknown[]): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
}
