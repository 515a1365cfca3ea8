/**
 * Reminder toasts arriving while a modal dialog is open are spoken from inside it (the page behind is
 * inert; see components/modal-announcer.tsx), saying where they wait: unlike general toasts they stay.
 */
import { ModalAnnouncer as Announcer } from '../../components/modal-announcer';
import type { ReminderToast } from './reminder-toast-store';

export function arrivalMessage(arrived: readonly ReminderToast[]): string {
  const names = arrived.map((toast) =>
    toast.kind === 'single' ? `New reminder: ${toast.reminder.title}` : toast.title,
  );
  const where = arrived.length === 1 ? 'It waits' : 'They wait';
  return `${names.join('. ')}. ${where} at the top right once this dialog is closed.`;
}

const keyOf = (toast: ReminderToast) => toast.key;

export function ModalAnnouncer({ toasts }: { toasts: readonly ReminderToast[] }) {
  return <Announcer items={toasts} keyOf={keyOf} message={arrivalMessage} source="reminders" />;
}
