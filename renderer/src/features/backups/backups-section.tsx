/**
 * Settings → Backups: where they are, what each one holds (so an empty one stands out), "Back up now",
 * and Restore behind a confirmation. The newest ten show first; older ones are one click away.
 */
import { DatabaseBackup, LoaderCircle } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { BackupInfo } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { useCapabilities } from '../../app/use-capabilities';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { backupWhenLabels, countsInWords, formatBackupWhen } from './backup-format';
import { BackupFolder } from './backup-folder';
import { BackupRow } from './backup-row';
import { RestoreDialog } from './restore-dialog';
import { useBackupFolder, useBackupList, useCreateBackup } from './use-backups';

const NEWEST = 10;

/** The palette's links: `?section=backups` scrolls here, `&backup=now` also makes a backup (once). */
function usePaletteLink(backUp: () => void) {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const latest = useRef(backUp);
  useEffect(() => {
    latest.current = backUp;
  });
  useEffect(() => {
    const params = new URLSearchParams(search);
    if (params.get('section') !== 'backups') return;
    navigate(path, { replace: true });
    document.getElementById('settings-backups')?.scrollIntoView({ block: 'start' });
    if (params.get('backup') === 'now') latest.current();
  }, [search, path, navigate]);
}

export function BackupsSection() {
  const list = useBackupList();
  const folder = useBackupFolder();
  const capabilities = useCapabilities();
  const create = useCreateBackup();
  const toast = useToast();
  const [showAll, setShowAll] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const { mutateAsync, isPending: creating } = create;
  const backUp = useCallback(() => {
    if (creating) return;
    mutateAsync().then(
      (backup) => toast.success(`Backed up: ${countsInWords(backup.counts) ?? 'your data'}`),
      (error: unknown) => toast.error(`The backup failed. ${errorMessage(error)}`),
    );
  }, [creating, mutateAsync, toast]);
  usePaletteLink(backUp);

  const backups = list.data ?? [];
  const shown = showAll ? backups : backups.slice(0, NEWEST);
  const labels = backupWhenLabels(backups);
  const whenOf = (backup: BackupInfo) => labels.get(backup.file) ?? formatBackupWhen(backup.createdAt);

  return (
    <section className="settings-section" aria-labelledby="settings-backups">
      <h2 id="settings-backups">Backups</h2>
      <p className="muted">
        Gigline backs up your data every day while it runs and before every update, keeping 7 daily, 4 weekly and 12
        monthly backups. Restoring one first backs up what you have now, so a restore can be undone.
      </p>
      <div className="settings-card backups-card">
        {folder.data ? (
          <BackupFolder path={folder.data.path} canOpen={capabilities.data?.shell === 'desktop'} />
        ) : folder.isError ? (
          <p className="field-error">Could not find the backups folder. {errorMessage(folder.error)}</p>
        ) : null}
        <div className="backups-toolbar">
          <span className="backups-count">{list.data ? backupCount(backups.length) : ''}</span>
          <button type="button" className="button button-primary" onClick={backUp} disabled={creating}>
            {creating ? (
              <LoaderCircle size={14} className="spinner" aria-hidden="true" />
            ) : (
              <DatabaseBackup size={14} aria-hidden="true" />
            )}
            {creating ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </div>
      {list.isPending ? (
        <LoadingState label="Loading backups…" />
      ) : list.isError ? (
        <ErrorState title="Could not list the backups" error={list.error} onRetry={() => void list.refetch()} />
      ) : backups.length === 0 ? (
        <p className="backups-empty">
          No backups yet. Gigline makes one each day while it runs; “Back up now” makes one right away.
        </p>
      ) : (
        <>
          <ol className="backup-list" aria-label="Backups">
            {shown.map((backup) => (
              <BackupRow
                key={backup.file}
                backup={backup}
                when={whenOf(backup)}
                onRestore={setRestoring}
                disabled={creating}
              />
            ))}
          </ol>
          {backups.length > NEWEST ? (
            <button type="button" className="button button-ghost backups-more" onClick={() => setShowAll((v) => !v)}>
              {showAll ? `Show only the newest ${NEWEST}` : `Show all ${backups.length} backups`}
            </button>
          ) : null}
        </>
      )}
      {restoring ? (
        <RestoreDialog backup={restoring} when={whenOf(restoring)} onClose={() => setRestoring(null)} />
      ) : null}
    </section>
  );
}

function backupCount(n: number): string {
  if (n === 0) return 'No backups yet';
  return n === 1 ? '1 backup' : `${n} backups`;
}
