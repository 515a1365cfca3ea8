/**
 * The frame every add/edit dialog shares: a <form noValidate> inside a Dialog, a Cancel + Save footer whose
 * Save button submits the form from outside it (form=) and spins while saving, and the alert for errors that
 * belong to no single field. The form's own state and checks stay with each feature.
 */
import { CircleAlert, LoaderCircle } from 'lucide-react';
import { useId, type ReactNode, type Ref } from 'react';
import { Dialog } from './dialog';

interface FormDialogProps {
  title: ReactNode;
  description?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  initialFocusId: string;
  saveLabel: ReactNode;
  pending: boolean;
  /** Shown above the fields; null hides the alert. */
  formError: string | null;
  formRef: Ref<HTMLFormElement>;
  /** 'grid': the form itself is the two-column grid (the alert then spans both columns). */
  layout?: 'grid';
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

export function FormDialog(props: FormDialogProps) {
  const { title, description, size, initialFocusId, saveLabel, pending, formError, formRef, layout } = props;
  const { onSubmit, onClose, children } = props;
  const formId = useId();
  const grid = layout === 'grid';
  return (
    <Dialog
      title={title}
      description={description}
      size={size}
      onClose={onClose}
      initialFocusId={initialFocusId}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={pending}>
            {pending ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
            {saveLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        ref={formRef}
        noValidate
        className={grid ? 'form-grid' : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        {formError ? (
          <p className={grid ? 'alert form-alert span-2' : 'alert form-alert'} role="alert">
            <CircleAlert size={15} aria-hidden="true" />
            <span>{formError}</span>
          </p>
        ) : null}
        {children}
      </form>
    </Dialog>
  );
}
