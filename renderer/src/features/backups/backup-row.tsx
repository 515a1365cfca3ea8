/** One backup in the list: when and why it was made, what it holds, and Restore. */
import { RotateCcw, TriangleAlert } from 'lucide-react';
import type { BackupInfo } from '../../../../electron/contract';
import { formatRelative } from '../../components/format';
import { countsInWords, formatSize, reasonLabels } from './backup-format';

interface BackupRowProps {
  backup: BackupInfo;
  /** Its date and time as the list shows it (see backupWhenLabels). */
  when: string;
  onRestore: (backup: BackupInfo) => void;
  disabled: boolean;
}

const SUSPICIOUS_TEXT = 'Much smaller than the backup before it — kept, and older backups are not rotated away';

/** The flag on a backup with under half the rows of the one before it (Settings and the recovery screen). */
export function SuspiciousBackupWarning() {
  return (
    <p className="backup-warning">
      <TriangleAlert size={14} aria-hidden="true" />
      <span>{SUSPICIOUS_TEXT}</span>
    </p>
  );
}

export function BackupRow({ backup, when, onRestore, disabled }: BackupRowProps) {
  const counts = countsInWords(backup.counts);
  return (
    <li className="backup-row" aria-label={`Backup from ${when}`}>
      <div className="backup-row-main">
        <div className="backup-row-title">
          <span className="backup-when">{when}</span>
          <span className="badge">{reasonLabels[backup.reason]}</span>
          <span className="backup-age">{formatRelative(backup.createdAt)}</span>
        </div>
        <p className="backup-row-facts">
          <span>{counts ?? 'Contents not recorded'}</span>
          <span aria-hidden="true">·</span>
          <span className="backup-size">{formatSize(backup.sizeBytes)}</span>
        </p>
        {backup.suspicious ? <SuspiciousBackupWarning /> : null}
      </div>
      <button
        type="button"
        className="button button-sm"
        aria-label={`Restore the backup from ${when}`}
        disabled={disabled}
        onClick={() => onRestore(backup)}
      >
        <RotateCcw size={13} aria-hidden="true" />
        Restore
      </button>
    </li>
  );
}
