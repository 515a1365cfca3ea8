/**
 * Why this exists: while a modal <dialog> is open the browser makes the rest of the page inert, and an
 * inert live region says nothing. The reminder toasts stay where they are (under the dialog's backdrop,
 * so they never cover the form being filled in, and within reach again once it closes), but a reminder
 * arriving meanwhile would reach a screen reader in silence. So it is also spoken from a visually hidden
 * status line inside the topmost modal. A popover would not do: one shown over a modal is inert as well.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReminderToast } from './reminder-toast-store';

function isTopLayerModal(dialog: HTMLDialogElement): boolean {
  return dialog.isConnected && dialog.matches(':modal');
}

/** The modal dialog on top, followed through the dialogs' toggle events (the top layer's order is not the DOM's). */
export function useTopModalDialog(): HTMLDialogElement | null {
  const [top, setTop] = useState<HTMLDialogElement | null>(null);
  useEffect(() => {
    let stack = [...document.querySelectorAll('dialog')].filter(isTopLayerModal);
    const update = (event?: Event) => {
      const target = event?.target;
      stack = stack.filter((dialog) => dialog !== target && isTopLayerModal(dialog));
      if (target instanceof HTMLDialogElement && isTopLayerModal(target)) stack.push(target);
      setTop(stack.at(-1) ?? null);
    };
    update();
    // Neither event bubbles; listening in the capture phase hears every dialog on the page.
    document.addEventListener('toggle', update, true);
    document.addEventListener('close', update, true);
    return () => {
      document.removeEventListener('toggle', update, true);
      document.removeEventListener('close', update, true);
    };
  }, []);
  return top;
}

export function arrivalMessage(arrived: readonly ReminderToast[]): string {
  const names = arrived.map((toast) =>
    toast.kind === 'single' ? `New reminder: ${toast.reminder.title}` : toast.title,
  );
  const where = arrived.length === 1 ? 'It waits' : 'They wait';
  return `${names.join('. ')}. ${where} at the top right once this dialog is closed.`;
}

/** Speaks the toasts that arrive while a modal dialog is open, from inside that dialog. */
export function ModalAnnouncer({ toasts }: { toasts: readonly ReminderToast[] }) {
  const host = useTopModalDialog();
  const [seen, setSeen] = useState(toasts);
  const [spokenIn, setSpokenIn] = useState(host);
  const [message, setMessage] = useState('');
  if (host !== spokenIn) {
    setSpokenIn(host);
    setMessage('');
  }
  if (toasts !== seen) {
    setSeen(toasts);
    const before = new Set(seen.map((toast) => toast.key));
    const arrived = toasts.filter((toast) => !before.has(toast.key));
    if (host && arrived.length) setMessage(arrivalMessage(arrived));
  }
  if (!host) return null;
  // The status line is rendered empty as soon as a dialog opens: a live region must exist before it changes.
  return createPortal(
    <p role="status" className="visually-hidden" data-reminder-announcer="">
      {message}
    </p>,
    host,
  );
}
