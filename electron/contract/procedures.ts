/**
 * The one procedure map: every call the renderer can make, named `area.verbNoun`, with the zod schema
 * of its single object argument and of its result. Transports and the dispatcher are typed from this.
 */
import type { z } from 'zod';
import { agendaProcedures, searchProcedures } from './agenda';
import { appProcedures } from './app';
import { backupProcedures } from './backups';
import { clientProcedures } from './clients';
import { deadlineProcedures } from './deadlines';
import { gigProcedures } from './gigs';
import { insightProcedures } from './insights';
import { interviewProcedures } from './interviews';
import { recoveryProcedures } from './recovery';
import { reminderProcedures } from './reminders';
import { settingsProcedures } from './settings';
import { timelineProcedures } from './timeline';
import { transferProcedures } from './transfer';

export const procedures = {
  ...appProcedures,
  ...clientProcedures,
  ...gigProcedures,
  ...interviewProcedures,
  ...deadlineProcedures,
  ...timelineProcedures,
  ...agendaProcedures,
  ...searchProcedures,
  ...reminderProcedures,
  ...settingsProcedures,
  ...backupProcedures,
  ...recoveryProcedures,
  ...transferProcedures,
  ...insightProcedures,
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
/** What a caller sends (before parsing: optional fields may be omitted, '' allowed for blank text). */
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
/** What a handler receives (after parsing and normalising). */
export type ParsedInput<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>;

export const procedureNames = Object.keys(procedures) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(procedures, name);
}
