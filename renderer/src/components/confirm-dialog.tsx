/** Asks before an action that changes or removes data; shows the server's answer if it refuses (e.g. CONFLICT). */
import { CircleAlert, LoaderCircle } from 'lucide-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/api-error';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  /** Where focus lands after a confirmed action (the opener may be gone); Cancel returns it to the opener. */
  focusAfterConfirm?: () => HTMLElement | null | undefined;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  destructive,
  onConfirm,
  onClose,
  focusAfterConfirm,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const confirmed = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const cancelId = useId();

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      confirmed.current = true;
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
      returnFocusTo={() => (confirmed.current ? focusAfterConfirm?.() : undefined)}
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
