/**
 * Short-lived notices ("Client saved") in a polite live region; errors stay until dismissed or replaced.
 * A notice may carry one action ("Undo"), which also keeps it up longer so there is time to reach it.
 * While a modal dialog is open the page behind it is inert and its live regions silent, so a toast raised
 * meanwhile is also spoken from inside the dialog (modal-announcer.tsx).
 */
import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ModalAnnouncer } from './modal-announcer';

type ToastKind = 'success' | 'error';
export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  action?: ToastAction | undefined;
}

interface ToastApi {
  success: (message: string, options?: { action?: ToastAction }) => void;
  error: (message: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const SUCCESS_MS = 4000;
const ERROR_MS = 8000;
const ACTION_MS = 10_000;

/** What toasts raised behind a modal dialog say from inside it: each message as a sentence, in order. */
export function toastAnnouncement(arrived: readonly Pick<Toast, 'message'>[]): string {
  return arrived
    .map(({ message }) => message.trim())
    .filter(Boolean)
    .map((message) => (/[.!?…]$/.test(message) ? message : `${message}.`))
    .join(' ');
}

const toastKey = (toast: Toast) => toast.id;

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  useEffect(() => {
    const delay = toast.action ? ACTION_MS : toast.kind === 'error' ? ERROR_MS : SUCCESS_MS;
    const timer = window.setTimeout(() => onDismiss(toast.id), delay);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);
  const Icon = toast.kind === 'error' ? CircleAlert : CircleCheck;
  return (
    <li className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <Icon size={16} aria-hidden="true" className="toast-icon" />
      <span className="toast-message">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="button button-sm toast-action"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button toast-close"
        aria-label="Dismiss"
        onClick={() => onDismiss(toast.id)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </li>
  );
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback((kind: ToastKind, message: string, action?: ToastAction) => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-3), { id, kind, message, action }]);
  }, []);
  const api = useMemo<ToastApi>(
    () => ({ success: (m, options) => push('success', m, options?.action), error: (m) => push('error', m) }),
    [push],
  );
  // Errors are spoken at once (an alert), the rest politely, as the toasts themselves are.
  const errors = useMemo(() => toasts.filter((toast) => toast.kind === 'error'), [toasts]);
  const notices = useMemo(() => toasts.filter((toast) => toast.kind !== 'error'), [toasts]);
  return (
    <ToastContext value={api}>
      {children}
      <ol className="toasts" aria-label="Notifications">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </ol>
      <ModalAnnouncer items={notices} keyOf={toastKey} message={toastAnnouncement} source="toasts" />
      <ModalAnnouncer items={errors} keyOf={toastKey} message={toastAnnouncement} role="alert" source="toast-errors" />
    </ToastContext>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>.');
  return api;
}
