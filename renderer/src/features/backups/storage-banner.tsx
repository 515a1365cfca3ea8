/**
 * The banner at the top of the main area while Gigline cannot save (disk full, database read-only). It
 * stays until a write succeeds again; "Try again" checks with a write that changes nothing (the app
 * settings saved as they are), so it answers the real question: can Gigline write now?
 */
import { useQuery } from '@tanstack/react-query';
import { HardDrive, LoaderCircle, RotateCw } from 'lucide-react';
import { useState } from 'react';
import { call } from '../../api/client';
import { useStorageStatus, type StorageStatus } from '../../api/storage-status';

function wording(status: StorageStatus): { title: string; body: string } {
  if (status.problem === 'full') {
    return {
      title: 'Gigline can’t save: the disk is full.',
      body: 'Free some space — nothing was half-saved, and saving resumes by itself.',
    };
  }
  if (status.origin === 'start') {
    return {
      title: 'Gigline can’t save: the database file is read-only.',
      body: 'You can look at your data, but changes are not saved. Make the file (or its disk) writable, then restart Gigline.',
    };
  }
  return {
    title: 'Gigline can’t save: the database file is read-only.',
    body: 'Check the file’s permissions and that its disk is writable — nothing was half-saved, and saving resumes by itself.',
  };
}

export function StorageBanner() {
  const status = useStorageStatus();
  // Feeds the store with the read-only flag from the start (the store learns it from this call's answer).
  useQuery({ queryKey: ['app', 'info'], queryFn: () => call('app.getInfo', {}) });
  // Mounted per problem, so a banner that comes back starts without the last one's "still" note.
  return status.problem ? <Banner status={status} /> : null;
}

function Banner({ status }: { status: StorageStatus }) {
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState(false);
  const { title, body } = wording(status);

  const tryAgain = () => {
    setChecking(true);
    call('settings.update', { app: {} })
      .catch(() => undefined)
      .finally(() => {
        setChecking(false);
        setChecked(true);
      });
  };

  return (
    <div className="storage-banner" role="alert">
      <HardDrive size={16} aria-hidden="true" className="storage-banner-icon" />
      <p className="storage-banner-text">
        <strong>{title}</strong> <span>{body}</span>
        {checked && !checking ? (
          <span className="storage-banner-still"> Still not possible — checked just now.</span>
        ) : null}
      </p>
      <button type="button" className="button button-sm" onClick={tryAgain} disabled={checking}>
        {checking ? (
          <LoaderCircle size={13} className="spinner" aria-hidden="true" />
        ) : (
          <RotateCw size={13} aria-hidden="true" />
        )}
        Try again
      </button>
    </div>
  );
}
