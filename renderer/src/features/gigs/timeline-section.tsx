/**
 * A gig's or client's history: entries people logged (which they may delete) and the ones Gigline wrote
 * itself (stage changes, rate steps, interviews, completed deadlines), newest first, with the log form.
 */
import {
  ArrowRightLeft,
  CalendarCheck,
  CircleDollarSign,
  Mail,
  MessageSquare,
  MessagesSquare,
  NotebookText,
  Phone,
  Trash2,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { useState } from 'react';
import { loggableKinds, type TimelineEvent } from '../../../../electron/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate, formatRelative } from '../../components/format';
import { useToast } from '../../components/toast';
import { timelineKindLabels } from './gig-labels';
import { LogEntryForm } from './log-entry-form';
import { useTimelineMutations } from './use-gig';

const icons: Record<TimelineEvent['kind'], LucideIcon> = {
  note: NotebookText,
  email: Mail,
  call: Phone,
  meeting: Users,
  message_in: MessageSquare,
  message_out: MessageSquare,
  stage_change: ArrowRightLeft,
  interview: MessagesSquare,
  deadline_completed: CalendarCheck,
  rate: CircleDollarSign,
};

const FIRST_SHOWN = 20;
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface TimelineSectionProps {
  events: readonly TimelineEvent[];
  target: { gigId: number } | { clientId: number };
  /** On a client screen: name the gig each entry is about. */
  showGig?: boolean;
  now: number;
}

export function TimelineSection({ events, target, showGig = false, now }: TimelineSectionProps) {
  const [showAll, setShowAll] = useState(false);
  const [deleting, setDeleting] = useState<TimelineEvent | null>(null);
  const { remove } = useTimelineMutations();
  const toast = useToast();
  const shown = showAll ? events : events.slice(0, FIRST_SHOWN);
  return (
    <section className="detail-section" aria-labelledby="timeline-title">
      <div className="detail-section-header">
        <h3 id="timeline-title">Timeline {events.length ? <span className="count">{events.length}</span> : null}</h3>
      </div>
      <LogEntryForm target={target} />
      {events.length ? (
        <ol className="timeline" aria-label="Timeline entries">
          {shown.map((event) => {
            const Icon = icons[event.kind];
            const own = (loggableKinds as readonly string[]).includes(event.kind);
            return (
              <li key={event.id} className={`timeline-entry kind-${event.kind}`}>
                <span className="timeline-icon" aria-hidden="true">
                  <Icon size={13} />
                </span>
                <div className="timeline-main">
                  <p className="timeline-head">
                    <span className="timeline-kind">{timelineKindLabels[event.kind]}</span>
                    <time dateTime={new Date(event.occurredAt).toISOString()} title={dateTime.format(event.occurredAt)}>
                      {formatRelative(event.occurredAt, now)}
                    </time>
                    {showGig && event.gigId !== null && event.gigTitle ? (
                      <a href={`#/gigs/${event.gigId}`} className="timeline-gig">
                        {event.gigTitle}
                      </a>
                    ) : null}
                  </p>
                  <p className="timeline-body">{event.body}</p>
                </div>
                {own ? (
                  <button
                    type="button"
                    className="icon-button icon-button-danger timeline-delete"
                    aria-label={`Delete ${timelineKindLabels[event.kind].toLowerCase()} from ${formatDate(event.occurredAt)}`}
                    onClick={() => setDeleting(event)}
                  >
                    <Trash2 size={13} aria-hidden="true" />
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="detail-empty">Nothing logged yet. Stage changes, rate steps and contacts will appear here.</p>
      )}
      {!showAll && events.length > FIRST_SHOWN ? (
        <button type="button" className="button button-ghost button-sm" onClick={() => setShowAll(true)}>
          Show all {events.length} entries
        </button>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete this entry?"
          confirmLabel="Delete entry"
          destructive
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await remove.mutateAsync(deleting.id);
            toast.success('Deleted the entry');
          }}
        >
          <p>
            “{deleting.body.length > 120 ? `${deleting.body.slice(0, 120)}…` : deleting.body}” will be removed from the
            timeline. It cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
