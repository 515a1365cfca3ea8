/**
 * Why this exists: while a modal <dialog> is open the browser makes the rest of the page inert, and an
 * inert live region says nothing. Toasts (general ones and reminders) stay where they are, under the
 * dialog's backdrop, so they never cover the form being filled in; but one raised meanwhile would reach a
 * screen reader in silence. So what arrives is also spoken from a visually hidden live line inside the
 * topmost modal. A popover would not do: one shown over a modal is inert as well.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

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

/** The items of `next` whose keys `before` did not have, in order. */
export function arrivedItems<T>(before: readonly T[], next: readonly T[], keyOf: (item: T) => string | number): T[] {
  const known = new Set(before.map(keyOf));
  return next.filter((item) => !known.has(keyOf(item)));
}

interface ModalAnnouncerProps<T> {
  /** What is on screen now; pass the same array until it changes (a new array is compared key by key). */
  items: readonly T[];
  keyOf: (item: T) => string | number;
  /** What to say for the items that arrived while a dialog was open. */
  message: (arrived: readonly T[]) => string;
  /**
   * 'status' (polite) is in the dialog from the moment it opens, empty: a live region must exist before it
   * changes. 'alert' (spoken at once, for errors) appears only with its text, as an alert is announced when
   * it appears; an empty one would otherwise sit in every dialog beside the dialog's own alerts.
   */
  role?: 'status' | 'alert';
  /** Names the line in the DOM (data-modal-announcer), for reading and debugging. */
  source: string;
}

/** Speaks the items that arrive while a modal dialog is open, from inside that dialog. */
export function ModalAnnouncer<T>({ items, keyOf, message, role = 'status', source }: ModalAnnouncerProps<T>) {
  const host = useTopModalDialog();
  const [seen, setSeen] = useState(items);
  const [spokenIn, setSpokenIn] = useState(host);
  const [text, setText] = useState('');
  if (host !== spokenIn) {
    setSpokenIn(host);
    setText('');
  }
  if (items !== seen) {
    setSeen(items);
    const arrived = arrivedItems(seen, items, keyOf);
    if (host && arrived.length) setText(message(arrived));
  }
  if (!host || (role === 'alert' && !text)) return null;
  return createPortal(
    <p role={role} className="visually-hidden" data-modal-announcer={source}>
      {text}
    </p>,
    host,
  );
}
