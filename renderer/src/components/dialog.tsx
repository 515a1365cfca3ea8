/**
 * A modal built on the native <dialog> (showModal): the browser traps focus, makes the page inert, closes
 * on Esc and restores focus afterwards. Mount it to open it; it calls onClose when it closes.
 */
import { X } from 'lucide-react';
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  role?: 'dialog' | 'alertdialog';
  /** Element id to focus on open (otherwise the first control in the body, not the close button). */
  initialFocusId?: string;
  /**
   * Where focus goes once the dialog has closed, instead of the control that opened it (for example when
   * that control's row was just deleted). Asked after the browser restored focus, so it always wins.
   */
  returnFocusTo?: () => HTMLElement | null | undefined;
}

export function Dialog({
  title,
  description,
  onClose,
  children,
  footer,
  size = 'md',
  role,
  initialFocusId,
  returnFocusTo,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  const returnFocusRef = useRef(returnFocusTo);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
    returnFocusRef.current = returnFocusTo;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    if (!dialog.open) dialog.showModal();
    const target = initialFocusId
      ? document.getElementById(initialFocusId)
      : dialog.querySelector<HTMLElement>('.dialog-body :is(input, select, textarea, button)');
    target?.focus();
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
      const next = returnFocusRef.current?.();
      if (next?.isConnected) next.focus();
    };
  }, [initialFocusId]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <header className="dialog-header">
        <div>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="dialog-description">
              {description}
            </p>
          ) : null}
        </div>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => ref.current?.close()}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer ? <footer className="dialog-footer">{footer}</footer> : null}
    </dialog>
  );
}
