/**
 * Reminder toasts, top right: they stay until acted on or closed (closing keeps the reminder in the
 * Reminders inbox). A summary stands for several reminders and leads to that inbox. They live in the
 * page, not the top layer: an open modal dialog covers them with its backdrop (they never hide the form
 * in front) and they are there to act on once it closes; what arrives meanwhile is spoken from inside the
 * dialog (see modal-announcer.tsx).
 */
import { AlarmClock, Bell, Check, X } from 'lucide-react';
import { useId } from 'react';
import { useLocation } from 'wouter';
import { errorMessage } from '../../api/api-error';
import { useToast } from '../../components/toast';
import { ModalAnnouncer } from './modal-announcer';
import { reminderIcons } from './reminder-format';
import { closeToast, useReminderToasts, type ReminderToast } from './reminder-toast-store';
import { useReminderAction, type ReminderAction } from './use-reminders';
import { useReminderDeliveries } from './use-reminder-deliveries';

function SingleToast({ toast }: { toast: Extract<ReminderToast, { kind: 'single' }> }) {
  const { reminder } = toast;
  const [, navigate] = useLocation();
  const action = useReminderAction();
  const notices = useToast();
  const titleId = useId();
  const bodyId = useId();
  const Icon = reminderIcons[reminder.sourceKind];
  // mutateAsync, not mutate's callbacks: the toast unmounts as soon as the action succeeds.
  const act = (input: ReminderAction, done: string) =>
    void action.mutateAsync(input).then(
      () => notices.success(done),
      (error: unknown) => notices.error(errorMessage(error)),
    );
  return (
    <li
      className={reminder.important ? 'reminder-toast reminder-toast-important' : 'reminder-toast'}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
    >
      <span className="reminder-toast-icon" aria-hidden="true">
        <Icon size={16} />
      </span>
      <div className="reminder-toast-content">
        <p id={titleId} className="reminder-toast-title">
          {reminder.title}
        </p>
        <p id={bodyId} className="reminder-toast-body">
          {reminder.body}
        </p>
        <div className="reminder-toast-actions">
          <button
            type="button"
            className="button button-sm button-primary"
            onClick={() => {
              closeToast(toast.key);
              navigate(reminder.route);
            }}
          >
            Open
          </button>
          <button
            type="button"
            className="button button-sm"
            disabled={action.isPending}
            onClick={() => act({ kind: 'snooze', id: reminder.id, preset: '10m' }, 'Snoozed for 10 minutes')}
          >
            <AlarmClock size={13} aria-hidden="true" />
            Snooze 10 min
          </button>
          {reminder.canComplete ? (
            <button
              type="button"
              className="button button-sm"
              disabled={action.isPending}
              onClick={() => act({ kind: 'complete', id: reminder.id }, 'Marked as done')}
            >
              <Check size={13} aria-hidden="true" />
              Done
            </button>
          ) : (
            <button
              type="button"
              className="button button-sm"
              disabled={action.isPending}
              onClick={() => act({ kind: 'dismiss', id: reminder.id }, 'Reminder dismissed')}
            >
              Dismiss
            </button>
          )}
        </div>
      </div>
      <button
        type="button"
        className="icon-button reminder-toast-close"
        aria-label="Close (stays in Reminders)"
        onClick={() => closeToast(toast.key)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </li>
  );
}

function SummaryToast({ toast }: { toast: Extract<ReminderToast, { kind: 'summary' }> }) {
  const [, navigate] = useLocation();
  const titleId = useId();
  const bodyId = useId();
  return (
    <li className="reminder-toast" aria-labelledby={titleId} aria-describedby={bodyId}>
      <span className="reminder-toast-icon" aria-hidden="true">
        <Bell size={16} />
      </span>
      <div className="reminder-toast-content">
        <p id={titleId} className="reminder-toast-title">
          {toast.title}
        </p>
        <p id={bodyId} className="reminder-toast-body">
          {toast.body}
        </p>
        <div className="reminder-toast-actions">
          <button
            type="button"
            className="button button-sm button-primary"
            onClick={() => {
              closeToast(toast.key);
              navigate('/reminders');
            }}
          >
            Show
          </button>
        </div>
      </div>
      <button
        type="button"
        className="icon-button reminder-toast-close"
        aria-label="Close (stays in Reminders)"
        onClick={() => closeToast(toast.key)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </li>
  );
}

export function ReminderToasts() {
  useReminderDeliveries();
  const toasts = useReminderToasts();
  return (
    <section className="reminder-toasts" aria-label="New reminders" aria-live="polite">
      <ol>
        {toasts.map((toast) =>
          toast.kind === 'single' ? (
            <SingleToast key={toast.key} toast={toast} />
          ) : (
            <SummaryToast key={toast.key} toast={toast} />
          ),
        )}
      </ol>
      <ModalAnnouncer toasts={toasts} />
    </section>
  );
}
