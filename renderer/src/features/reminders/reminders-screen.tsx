/**
 * Reminders: what was delivered and still waits for you (missed ones first), and what comes next, with
 * the pause switch. The sidebar bell leads here; so does a "while you were away" summary.
 */
import { BellOff, BellRing, CheckCheck, Pause, Play } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { Reminder } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { useSettings } from '../settings/use-settings';
import { formatWhen, wasMissed } from './reminder-format';
import { InboxRow, UpcomingRow } from './reminder-row';
import { useDismissAll, usePauseReminders, useReminderInbox, useUpcomingReminders } from './use-reminders';

/** Rows per page: a long inbox (the core returns up to 200) grows on request instead of all at once. */
const PAGE = 50;
/** The core's inbox limit; at this many the list says there may be more. */
const INBOX_LIMIT = 200;

function PagedList({ label, items, render }: { label: string; items: Reminder[]; render: (r: Reminder) => ReactNode }) {
  const [shown, setShown] = useState(PAGE);
  const rest = items.length - shown;
  return (
    <>
      <ul className="reminder-list" aria-label={label}>
        {items.slice(0, shown).map(render)}
      </ul>
      {rest > 0 ? (
        <button type="button" className="button button-sm reminders-more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(rest, PAGE)} more of {rest}
        </button>
      ) : null}
    </>
  );
}

function PauseControl({ pausedUntil }: { pausedUntil: number | null }) {
  const pause = usePauseReminders();
  const toast = useToast();
  const set = (minutes: number) =>
    void pause.mutateAsync({ minutes }).then(
      (result) =>
        toast.success(
          result.pausedUntil ? `Reminders paused until ${formatWhen(result.pausedUntil)}` : 'Reminders are on again',
        ),
      (error: unknown) => toast.error(errorMessage(error)),
    );
  return pausedUntil ? (
    <button type="button" className="button button-sm" disabled={pause.isPending} onClick={() => set(0)}>
      <Play size={13} aria-hidden="true" />
      Resume reminders
    </button>
  ) : (
    <button type="button" className="button button-sm" disabled={pause.isPending} onClick={() => set(60)}>
      <Pause size={13} aria-hidden="true" />
      Pause for 1 hour
    </button>
  );
}

export function RemindersScreen() {
  useDocumentTitle('Reminders');
  const inbox = useReminderInbox();
  const upcoming = useUpcomingReminders(20);
  const settings = useSettings();
  const dismissAll = useDismissAll();
  const toast = useToast();
  const [confirmAll, setConfirmAll] = useState(false);
  const tomorrowAt = settings.data?.reminders.allDayTime ?? '09:00';

  if (inbox.isPending || upcoming.isPending) return <LoadingState label="Loading reminders…" />;
  if (inbox.isError) {
    return (
      <ErrorState title="Could not load your reminders" error={inbox.error} onRetry={() => void inbox.refetch()} />
    );
  }
  if (upcoming.isError) {
    return (
      <ErrorState
        title="Could not load your reminders"
        error={upcoming.error}
        onRetry={() => void upcoming.refetch()}
      />
    );
  }

  const items = inbox.data.items;
  const missed = items.filter(wasMissed).sort((a, b) => b.dueAt - a.dueAt);
  const recent = items.filter((item) => !wasMissed(item));
  const { pausedUntil } = upcoming.data;

  return (
    <div className="page reminders-page">
      <header className="page-header">
        <h1>Reminders</h1>
        <div className="page-header-actions">
          <PauseControl pausedUntil={pausedUntil} />
          {items.length > 0 ? (
            <button type="button" className="button button-sm" onClick={() => setConfirmAll(true)}>
              <CheckCheck size={13} aria-hidden="true" />
              Dismiss all
            </button>
          ) : null}
        </div>
      </header>

      {pausedUntil ? (
        <p className="notice" role="status">
          <BellOff size={15} aria-hidden="true" />
          <span>
            Reminders are paused until {formatWhen(pausedUntil)}. Nothing is lost: what falls due meanwhile arrives when
            the pause ends.
          </span>
        </p>
      ) : null}

      <section className="reminders-section" aria-labelledby="inbox-title">
        <h2 id="inbox-title">
          Waiting for you{' '}
          <span className="count">{items.length >= INBOX_LIMIT ? `${INBOX_LIMIT}+` : items.length}</span>
        </h2>
        {items.length === 0 ? (
          <div className="reminders-empty">
            <BellRing size={18} aria-hidden="true" />
            <p>
              Nothing waiting. Reminders you have not snoozed, dismissed or done stay here, including any that fell due
              while Gigline was closed.
            </p>
          </div>
        ) : (
          <>
            {missed.length > 0 ? (
              <>
                <h3 className="reminders-subheading">Missed while you were away</h3>
                <PagedList
                  label="Missed while you were away"
                  items={missed}
                  render={(reminder) => <InboxRow key={reminder.id} reminder={reminder} tomorrowAt={tomorrowAt} />}
                />
              </>
            ) : null}
            {recent.length > 0 ? (
              <>
                {missed.length > 0 ? <h3 className="reminders-subheading">Delivered</h3> : null}
                <PagedList
                  label="Delivered reminders"
                  items={recent}
                  render={(reminder) => <InboxRow key={reminder.id} reminder={reminder} tomorrowAt={tomorrowAt} />}
                />
              </>
            ) : null}
          </>
        )}
      </section>

      <section className="reminders-section" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">Coming up</h2>
        {upcoming.data.items.length === 0 ? (
          <div className="reminders-empty">
            <BellRing size={18} aria-hidden="true" />
            <p>
              Nothing scheduled yet. Add a deadline or schedule an interview and its reminders appear here; lead times
              are in Settings.
            </p>
          </div>
        ) : (
          <ul className="reminder-list" aria-label="Coming up">
            {upcoming.data.items.map((reminder) => (
              <UpcomingRow key={reminder.id} reminder={reminder} />
            ))}
          </ul>
        )}
      </section>

      {confirmAll ? (
        <ConfirmDialog
          title={
            items.length >= INBOX_LIMIT
              ? 'Dismiss every waiting reminder?'
              : items.length === 1
                ? 'Dismiss 1 reminder?'
                : `Dismiss all ${items.length} reminders?`
          }
          confirmLabel="Dismiss all"
          onConfirm={() =>
            dismissAll.mutateAsync(items.map((item) => item.id)).then((result) => {
              toast.success(result.count === 1 ? 'Dismissed 1 reminder' : `Dismissed ${result.count} reminders`);
            })
          }
          onClose={() => setConfirmAll(false)}
        >
          <p>
            They leave this list for good. The deadlines, interviews and gigs they point to stay as they are; nothing is
            marked as done.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
