/** One reminder in the Reminders screen: what, when, and (for delivered ones) what to do about it. */
import { ArrowRight, Check, X } from 'lucide-react';
import { useId } from 'react';
import { useLocation } from 'wouter';
import type { Reminder } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { useToast } from '../../components/toast';
import { formatWhen, reminderIcons, wasMissed } from './reminder-format';
import { SnoozeMenu, type SnoozeChoice } from './snooze-menu';
import { useReminderAction, type ReminderAction } from './use-reminders';

function snoozeAction(id: number, choice: SnoozeChoice): ReminderAction {
  return 'until' in choice ? { kind: 'snoozeUntil', id, until: choice.until } : { kind: 'snooze', id, ...choice };
}

export function InboxRow({ reminder, tomorrowAt }: { reminder: Reminder; tomorrowAt: string }) {
  const [, navigate] = useLocation();
  const action = useReminderAction();
  const toast = useToast();
  const titleId = useId();
  const Icon = reminderIcons[reminder.sourceKind];
  const act = (input: ReminderAction, done: (updated: Reminder) => string) =>
    void action.mutateAsync(input).then(
      (updated) => toast.success(done(updated)),
      (error: unknown) => toast.error(errorMessage(error)),
    );
  const missed = wasMissed(reminder);
  return (
    <li className="reminder-row" aria-labelledby={titleId}>
      <span className="reminder-row-icon" aria-hidden="true">
        <Icon size={16} />
      </span>
      <div className="reminder-row-main">
        <p id={titleId} className="reminder-row-title">
          {reminder.title}
          {reminder.important ? <span className="badge badge-warning">Important</span> : null}
        </p>
        <p className="reminder-row-body">{reminder.body}</p>
        <p className="reminder-row-meta">
          Due {formatWhen(reminder.dueAt)}
          {missed && reminder.deliveredAt !== null ? ` · shown ${formatWhen(reminder.deliveredAt)}` : ''}
        </p>
      </div>
      <div className="reminder-row-actions">
        <button type="button" className="button button-sm" onClick={() => navigate(reminder.route)}>
          Open
          <ArrowRight size={13} aria-hidden="true" />
        </button>
        <SnoozeMenu
          label={reminder.title}
          tomorrowAt={tomorrowAt}
          disabled={action.isPending}
          onSnooze={(choice) =>
            act(snoozeAction(reminder.id, choice), (updated) => `Snoozed until ${formatWhen(updated.dueAt)}`)
          }
        />
        {reminder.canComplete ? (
          <button
            type="button"
            className="button button-sm"
            aria-label={`Done: ${reminder.title}`}
            disabled={action.isPending}
            onClick={() => act({ kind: 'complete', id: reminder.id }, () => 'Marked as done')}
          >
            <Check size={13} aria-hidden="true" />
            Done
          </button>
        ) : null}
        <button
          type="button"
          className="button button-sm button-ghost"
          aria-label={`Dismiss ${reminder.title}`}
          disabled={action.isPending}
          onClick={() => act({ kind: 'dismiss', id: reminder.id }, () => 'Reminder dismissed')}
        >
          <X size={13} aria-hidden="true" />
          Dismiss
        </button>
      </div>
    </li>
  );
}

export function UpcomingRow({ reminder }: { reminder: Reminder }) {
  const [, navigate] = useLocation();
  const Icon = reminderIcons[reminder.sourceKind];
  return (
    <li className="reminder-row reminder-row-upcoming">
      <span className="reminder-row-icon" aria-hidden="true">
        <Icon size={16} />
      </span>
      <div className="reminder-row-main">
        <p className="reminder-row-title">
          <a
            href={`#${reminder.route}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(reminder.route);
            }}
          >
            {reminder.title}
          </a>
          {reminder.state === 'snoozed' ? <span className="badge">Snoozed</span> : null}
        </p>
        <p className="reminder-row-body">{reminder.body}</p>
      </div>
      <p className="reminder-row-when">{formatWhen(reminder.dueAt)}</p>
    </li>
  );
}
