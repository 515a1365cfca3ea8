/**
 * The full-page screen shown while Gigline could not open its database: what happened in plain words,
 * where the file is and where a damaged one was kept, the backups (the newest good one first), locating a
 * database file, and starting empty. Nothing here deletes a file: a replaced database is always kept.
 */
import { CircleAlert, FileQuestion, FolderSearch, LockKeyhole, Sparkles, type LucideIcon } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { RecoveryBackup, RecoveryProblem, RecoveryStatus } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { backupName, restoreErrorMessage } from '../backups/backup-format';
import { useBackupFolder } from '../backups/use-backups';
import { LocateFileForm } from './locate-file-form';
import { RecoveryBackups } from './recovery-backups';
import { fileName, useRecover, useRecoveryStatus, type RecoveryAction } from './use-recovery';

const problems: Record<RecoveryProblem, { heading: string; icon: LucideIcon }> = {
  corrupt: { heading: 'Gigline’s database is damaged', icon: CircleAlert },
  missing: { heading: 'Gigline’s database is missing', icon: FileQuestion },
  future: { heading: 'This database is from a newer Gigline', icon: Sparkles },
  unreadable: { heading: 'Gigline can’t read its database', icon: LockKeyhole },
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="info-row">
      <dt>{label}</dt>
      <dd className="mono selectable">{children}</dd>
    </div>
  );
}

/** Why a located file was refused, for the message next to its field. */
function locateError(error: unknown): string {
  if (!isApiError(error)) return errorMessage(error);
  switch (error.code) {
    case 'NOT_FOUND':
      return 'There is no file at that path. Check the spelling, or copy the path from your file manager.';
    case 'DB_CORRUPT':
      return 'That file is damaged or is not a database, so Gigline cannot use it. Nothing was changed.';
    case 'DB_FROM_FUTURE':
      return 'That file was saved by a newer version of Gigline. Update Gigline to open it. Nothing was changed.';
    default:
      return error.message;
  }
}

/** What starting empty keeps, for the confirmation. */
function freshKeeps(status: RecoveryStatus): string {
  const later = 'Your backups stay in their folder, and Settings → Backups can restore one later.';
  if (status.preservedAs) return `The damaged file stays preserved as ${fileName(status.preservedAs)}. ${later}`;
  if (status.problem === 'missing')
    return `If the missing file turns up, keep it: nothing is written over it. ${later}`;
  return `The current database file is kept, renamed, beside the new one. ${later}`;
}

function RecoveryContent({ status }: { status: RecoveryStatus }) {
  const recover = useRecover();
  const folder = useBackupFolder();
  const [locating, setLocating] = useState(false);
  const [confirmFresh, setConfirmFresh] = useState(false);
  const { heading, icon: Icon } = problems[status.problem];
  const action = recover.variables;
  const busy = recover.isPending;
  const failedAction = recover.isError ? action : undefined;

  const restore = (backup: RecoveryBackup, when: string) =>
    recover.mutate({ kind: 'backup', file: backup.file, label: backupName(when) });
  const run = (next: RecoveryAction) => recover.mutate(next);

  return (
    <>
      <header className="recovery-header">
        <span className={`recovery-icon recovery-icon-${status.problem}`} aria-hidden="true">
          <Icon size={22} />
        </span>
        <h1 id="recovery-title">{heading}</h1>
        <p className="recovery-message">{status.message}</p>
      </header>

      <dl className="info-list recovery-facts">
        <Fact label="Database file">{status.databasePath}</Fact>
        {status.preservedAs ? (
          <Fact label={status.problem === 'corrupt' ? 'Damaged file kept as' : 'Set aside as'}>
            {status.preservedAs}
          </Fact>
        ) : null}
        {folder.data ? <Fact label="Backups folder">{folder.data.path}</Fact> : null}
      </dl>

      <section className="recovery-section" aria-labelledby="recovery-backups-title">
        <h2 id="recovery-backups-title">Restore a backup</h2>
        {failedAction?.kind === 'backup' ? (
          <p className="alert" role="alert">
            <CircleAlert size={15} aria-hidden="true" />
            <span>{restoreErrorMessage(recover.error)}</span>
          </p>
        ) : null}
        <RecoveryBackups
          backups={status.backups}
          backupFolder={folder.data?.path ?? null}
          restoringFile={busy && action?.kind === 'backup' ? action.file : null}
          busy={busy}
          onRestore={restore}
        />
      </section>

      <section className="recovery-section" aria-labelledby="recovery-other-title">
        <h2 id="recovery-other-title">Other ways back</h2>
        <div className="recovery-other">
          <button
            type="button"
            className="button"
            aria-expanded={locating}
            aria-controls="recovery-locate"
            onClick={() => setLocating((open) => !open)}
          >
            <FolderSearch size={14} aria-hidden="true" />
            Locate a database file…
          </button>
          <button type="button" className="button button-ghost" disabled={busy} onClick={() => setConfirmFresh(true)}>
            Start with an empty database
          </button>
        </div>
        {locating ? (
          <div id="recovery-locate" className="recovery-locate">
            <LocateFileForm
              busy={busy}
              pending={busy && action?.kind === 'file'}
              serverError={failedAction?.kind === 'file' ? locateError(recover.error) : null}
              onSubmit={(path) => run({ kind: 'file', path })}
            />
          </div>
        ) : null}
      </section>

      <p className="recovery-footnote">
        Nothing on this screen deletes a file. A database that is replaced is kept beside the new one, and your backups
        stay in their folder.
      </p>

      {confirmFresh ? (
        <ConfirmDialog
          title="Start with an empty database?"
          confirmLabel="Start empty"
          onClose={() => setConfirmFresh(false)}
          onConfirm={() => recover.mutateAsync({ kind: 'fresh' })}
        >
          <p>Gigline opens with no clients, gigs, interviews or deadlines.</p>
          <p className="muted">{freshKeeps(status)}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export function RecoveryScreen() {
  useDocumentTitle('Recovery');
  const status = useRecoveryStatus();
  return (
    <div className="recovery-page">
      <main id="main" className="recovery" aria-labelledby={status.data ? 'recovery-title' : undefined}>
        <p className="recovery-brand">
          <span className="brand-mark" aria-hidden="true">
            G
          </span>
          Gigline
        </p>
        {status.isPending ? (
          <LoadingState label="Checking your backups…" />
        ) : status.isError ? (
          <ErrorState
            title="Could not tell what went wrong"
            error={status.error}
            onRetry={() => void status.refetch()}
          />
        ) : (
          <RecoveryContent status={status.data} />
        )}
      </main>
    </div>
  );
}
