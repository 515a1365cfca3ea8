/**
 * The backups on the recovery screen: the newest usable one as the main way back, the other usable ones
 * below it, and the unusable ones greyed out with the reason the core found. Long lists start short.
 */
import { CircleSlash, LoaderCircle, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { RecoveryBackup } from '../../../../electron/contract';
import { formatRelative } from '../../components/format';
import {
  backupName,
  backupWhenLabels,
  countsInWords,
  formatBackupWhen,
  formatSize,
  reasonLabels,
} from '../backups/backup-format';
import { SuspiciousBackupWarning } from '../backups/backup-row';

/** Rows shown below the main button before "Show all". */
const FIRST_ROWS = 5;

interface RecoveryBackupsProps {
  backups: RecoveryBackup[];
  backupFolder: string | null;
  /** The file of the backup being restored now, if any. */
  restoringFile: string | null;
  busy: boolean;
  onRestore: (backup: RecoveryBackup, when: string) => void;
}

function Facts({ backup }: { backup: RecoveryBackup }) {
  return (
    <>
      <p className="recovery-backup-facts">
        <span className="badge">{reasonLabels[backup.reason]}</span>
        <span>{countsInWords(backup.counts) ?? 'Contents not recorded'}</span>
        <span aria-hidden="true">·</span>
        <span>{formatSize(backup.sizeBytes)}</span>
      </p>
      {backup.suspicious ? <SuspiciousBackupWarning /> : null}
    </>
  );
}

function RestoreIcon({ busy }: { busy: boolean }) {
  return busy ? (
    <LoaderCircle size={14} className="spinner" aria-hidden="true" />
  ) : (
    <RotateCcw size={14} aria-hidden="true" />
  );
}

export function RecoveryBackups({ backups, backupFolder, restoringFile, busy, onRestore }: RecoveryBackupsProps) {
  const [showAll, setShowAll] = useState(false);
  const labels = backupWhenLabels(backups);
  const whenOf = (backup: RecoveryBackup) => labels.get(backup.file) ?? formatBackupWhen(backup.createdAt);
  const [newest, ...others] = backups.filter((backup) => backup.usable);
  const rest = [...others, ...backups.filter((backup) => !backup.usable)];
  const shown = showAll ? rest : rest.slice(0, FIRST_ROWS);

  if (backups.length === 0) {
    return (
      <p className="recovery-note">
        There are no backups{backupFolder ? ' in ' : ''}
        {backupFolder ? <code className="mono selectable">{backupFolder}</code> : null}. Locate a database file, or
        start with an empty database.
      </p>
    );
  }

  return (
    <>
      {newest ? (
        <div className="recovery-primary">
          <div>
            <p className="recovery-primary-label">Newest good backup · {formatRelative(newest.createdAt)}</p>
            <Facts backup={newest} />
          </div>
          <button
            type="button"
            className="button button-primary recovery-primary-button"
            disabled={busy}
            onClick={() => onRestore(newest, whenOf(newest))}
          >
            <RestoreIcon busy={restoringFile === newest.file} />
            Restore {backupName(whenOf(newest))}
          </button>
        </div>
      ) : (
        <p className="recovery-note">None of the backups can be restored. Locate a database file instead.</p>
      )}
      {shown.length ? (
        <ul className="recovery-backup-list" aria-label="Other backups">
          {shown.map((backup) =>
            backup.usable ? (
              <li key={backup.file} className="recovery-backup">
                <div className="recovery-backup-main">
                  <span className="backup-when">{whenOf(backup)}</span>
                  <Facts backup={backup} />
                </div>
                <button
                  type="button"
                  className="button button-sm"
                  aria-label={`Restore ${backupName(whenOf(backup))}`}
                  disabled={busy}
                  onClick={() => onRestore(backup, whenOf(backup))}
                >
                  <RestoreIcon busy={restoringFile === backup.file} />
                  Restore
                </button>
              </li>
            ) : (
              <li key={backup.file} className="recovery-backup recovery-backup-unusable">
                <div className="recovery-backup-main">
                  <span className="backup-when">{whenOf(backup)}</span>
                  <p className="recovery-backup-reason">
                    <CircleSlash size={13} aria-hidden="true" />
                    <span>Cannot be restored. {backup.unusableReason ?? 'It failed the check.'}</span>
                  </p>
                </div>
              </li>
            ),
          )}
        </ul>
      ) : null}
      {rest.length > FIRST_ROWS ? (
        <button type="button" className="button button-ghost recovery-more" onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show fewer backups' : `Show all ${backups.length} backups`}
        </button>
      ) : null}
    </>
  );
}
