/**
 * Restoring a backup: a confirmation that says exactly what happens (the current data is backed up
 * first, then replaced), the core's refusal explained inside the dialog, and afterwards a toast whose
 * Undo restores the safety backup the core just made.
 */
import { useCallback } from 'react';
import type { BackupInfo } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useToast } from '../../components/toast';
import { backupName, countsInSentence, restoreErrorMessage } from './backup-format';
import { useRestoreBackup } from './use-backups';

/** Restores a backup by file name and offers Undo; throws a people-readable Error when refused. */
export function useRestoreWithUndo() {
  const restore = useRestoreBackup();
  const toast = useToast();
  const { mutateAsync } = restore;

  const run = useCallback(
    async (backup: Pick<BackupInfo, 'file'>, when: string) => {
      const result = await mutateAsync(backup.file).catch((error: unknown) => {
        throw new Error(restoreErrorMessage(error), { cause: error });
      });
      const safety = result.safetyBackup;
      const undo = safety
        ? {
            label: 'Undo',
            run: () => {
              mutateAsync(safety.file).then(
                () => toast.success('Undone: your data is back as it was before the restore'),
                (error: unknown) => toast.error(`Could not undo the restore. ${errorMessage(error)}`),
              );
            },
          }
        : undefined;
      toast.success(`Restored ${backupName(when)}`, undo ? { action: undo } : undefined);
    },
    [mutateAsync, toast],
  );
  return { run, pending: restore.isPending };
}

interface RestoreDialogProps {
  backup: BackupInfo;
  when: string;
  onClose: () => void;
}

export function RestoreDialog({ backup, when, onClose }: RestoreDialogProps) {
  const { run } = useRestoreWithUndo();
  return (
    <ConfirmDialog
      title={`Restore ${backupName(when)}?`}
      confirmLabel="Restore backup"
      onConfirm={() => run(backup, when)}
      onClose={onClose}
    >
      <p>
        Your current data is backed up first, then replaced by {backupName(when)} {countsInSentence(backup.counts)}.
      </p>
      <p className="muted">
        Anything you changed since then stays in that first backup: you can undo the restore right afterwards, or
        restore that backup from this list later.
      </p>
      {backup.suspicious ? (
        <p className="restore-warning">
          This backup is much smaller than the one before it. Check that it is the one you want.
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
