/** Asks before an action that changes or removes data; shows the server's answer if it refuses (e.g. CONFLICT). */
import { CircleAlert, LoaderCircle } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/api-error';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

export function ConfirmDialog({ title, children, confirmLabel, destructive, onConfirm, onClose }: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelId = useId();

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
      setPending(false);
    }
  };

  return (
    <Dialog
      title={title}
      size="sm"
      role="alertdialog"
      onClose={onClose}
      initialFocusId={cancelId}
      footer={
        <>
          <button id={cancelId} type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={destructive ? 'button button-danger' : 'button button-primary'}
            disabled={pending}
            onClick={() => void confirm()}
          >
            {pending ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="confirm-body">{children}</div>
      {error ? (
        <p className="alert" role="alert">
          <CircleAlert size={15} aria-hidden="true" />
          <span>{error}</span>
        </p>
      ) : null}
    </Dialog>
  );
}
