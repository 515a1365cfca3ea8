/** Backups (list, "Back up now", restore, the folder) and the recovery-mode actions. */
import fs from 'node:fs';
import type { backupProcedures, recoveryProcedures } from '../../contract';
import { serializeError } from '../log';
import type { HandlerMap } from '../router';

export const backupHandlers = {
  'backups.list': (_input, ctx) => ctx.data.listBackups(),
  'backups.create': (_input, ctx) => ctx.data.createBackup('manual'),
  'backups.restore': (input, ctx) => ctx.data.restore(input.file),
  'backups.getFolder': (_input, ctx) => ({ path: ctx.data.backupDir }),
  'backups.openFolder': async (_input, ctx) => {
    const folder = ctx.data.backupDir;
    if (!ctx.platform.openPath) return { path: folder, opened: false };
    fs.mkdirSync(folder, { recursive: true });
    const problem = await ctx.platform.openPath(folder).catch((error: unknown) => String(error));
    if (problem) ctx.log.warn('could not open the backups folder', { problem, ...serializeError(problem) });
    return { path: folder, opened: !problem };
  },
} satisfies HandlerMap<keyof typeof backupProcedures>;

export const recoveryHandlers = {
  'recovery.getStatus': (_input, ctx) => ctx.data.recoveryStatus(),
  'recovery.restoreBackup': (input, ctx) => ctx.data.recoverFromBackup(input.file),
  'recovery.useFile': (input, ctx) => ctx.data.recoverFromFile(input.path),
  'recovery.startFresh': (_input, ctx) => ctx.data.startFresh(),
} satisfies HandlerMap<keyof typeof recoveryProcedures>;
