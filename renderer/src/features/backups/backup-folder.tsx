/**
 * Where the backups live. The desktop app opens the folder in the file manager; a browser cannot, so
 * there (or when opening fails) the path is offered to copy instead.
 */
import { Copy, FolderOpen, LoaderCircle } from 'lucide-react';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { copyText } from '../../components/copy-text';
import { useToast } from '../../components/toast';
import { useOpenBackupFolder } from './use-backups';

interface BackupFolderProps {
  path: string;
  /** The shell can open folders (the desktop app). */
  canOpen: boolean;
}

export function BackupFolder({ path, canOpen }: BackupFolderProps) {
  const open = useOpenBackupFolder();
  const toast = useToast();
  const pathRef = useRef<HTMLElement>(null);
  const [openFailed, setOpenFailed] = useState(false);
  const offerCopy = !canOpen || openFailed;

  const openFolder = () => {
    open.mutateAsync().then(
      (result) => {
        if (!result.opened) setOpenFailed(true);
      },
      (error: unknown) => toast.error(`Could not open the backups folder. ${errorMessage(error)}`),
    );
  };

  const copyPath = () => {
    void copyText(path, pathRef.current).then((copied) => {
      if (copied) toast.success('Copied the backups folder’s path');
      else toast.error('Could not copy the path. It is selected now: press Ctrl+C (⌘C on a Mac) to copy it.');
    });
  };

  return (
    <div className="backup-folder">
      <dl className="backup-folder-text">
        <dt className="backup-folder-label">Backups folder</dt>
        <dd>
          <code ref={pathRef} className="mono selectable backup-folder-path">
            {path}
          </code>
        </dd>
        {offerCopy ? (
          <dd className="field-hint">
            {canOpen
              ? 'Gigline could not open the folder. Copy its path into your file manager instead.'
              : 'The browser cannot open folders. Copy the path into your file manager to see the files.'}
          </dd>
        ) : null}
      </dl>
      {offerCopy ? (
        <button type="button" className="button" onClick={copyPath}>
          <Copy size={14} aria-hidden="true" />
          Copy path
        </button>
      ) : (
        <button type="button" className="button" onClick={openFolder} disabled={open.isPending}>
          {open.isPending ? (
            <LoaderCircle size={14} className="spinner" aria-hidden="true" />
          ) : (
            <FolderOpen size={14} aria-hidden="true" />
          )}
          Open folder
        </button>
      )}
    </div>
  );
}
