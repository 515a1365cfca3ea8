/** One deadline: when it is due (and how late), what it belongs to, its reminders, notes and actions. */
import {
  ArrowLeft,
  BellRing,
  Briefcase,
  Building2,
  CalendarClock,
  CircleCheck,
  Pencil,
  RotateCcw,
  SearchX,
  Trash2,
} from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { DeadlineDetail as DeadlineDetailDto } from '../../../../electron/contract';
import { isApiError } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate, formatRelative } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { formatDue, overdueText, timeElsewhere, userTimeZone } from '../agenda/time-text';
import { useNow } from '../agenda/use-now';
import { formatLeadTime } from '../settings/lead-time';
import { ImportantMark, PriorityMark } from './deadline-bits';
import { useCompleteDeadline, useDeadline, useDeleteDeadline } from './use-deadlines';

interface DeadlineDetailProps {
  deadlineId: number;
  onEdit: (deadline: DeadlineDetailDto) => void;
  onDeleted: () => void;
}

function Row({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>
        {icon}
        <span>{label}</span>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

export function DeadlineDetail({ deadlineId, onEdit, onDeleted }: DeadlineDetailProps) {
  const query = useDeadline(deadlineId);
  const complete = useCompleteDeadline();
  const remove = useDeleteDeadline();
  const toast = useToast();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const now = useNow();
  const deadline = query.data;
  useDocumentTitle(deadline?.title, 'Deadlines');

  if (query.isPending) return <LoadingState label="Loading deadline…" />;
  if (query.isError || !deadline) {
    if (isApiError(query.error) && query.error.code === 'NOT_FOUND') {
      return (
        <div className="state-panel">
          <span className="empty-icon" aria-hidden="true">
            <SearchX size={20} />
          </span>
          <h2>This deadline no longer exists</h2>
          <p>It may have been deleted in another window.</p>
          <Link href="/deadlines" className="button">
            <ArrowLeft size={14} aria-hidden="true" />
            Back to deadlines
          </Link>
        </div>
      );
    }
    return <ErrorState title="Could not load this deadline" error={query.error} onRetry={() => void query.refetch()} />;
  }

  const zone = userTimeZone();
  const done = deadline.completedAt !== null;
  const elsewhere =
    deadline.dueAt !== null && deadline.timeZone ? timeElsewhere(deadline.dueAt, zone, deadline.timeZone) : null;

  return (
    <article className="schedule-detail" aria-labelledby="deadline-detail-title">
      <Link href="/deadlines" className="detail-back">
        <ArrowLeft size={14} aria-hidden="true" />
        All deadlines
      </Link>
      <header className="detail-header">
        <div className="detail-title">
          <h2 id="deadline-detail-title" className={done ? 'is-done' : undefined}>
            {deadline.title}
          </h2>
          <p className="detail-subtitle">
            {done && deadline.completedAt !== null ? (
              <span className="badge badge-success">
                <CircleCheck size={12} aria-hidden="true" />
                Completed {formatRelative(deadline.completedAt)}
              </span>
            ) : deadline.overdue ? (
              <span className="badge badge-danger">{overdueText(deadline, now, zone)}</span>
            ) : (
              <span>Due {formatDue(deadline, now, zone).replace(/^(Today|Tomorrow)/, (d) => d.toLowerCase())}</span>
            )}
            <PriorityMark priority={deadline.priority} />
            <ImportantMark important={deadline.important} />
          </p>
        </div>
        <div className="detail-actions">
          <button
            type="button"
            className={done ? 'button' : 'button button-primary'}
            onClick={() => void complete.run(deadline, !done)}
          >
            {done ? <RotateCcw size={14} aria-hidden="true" /> : <CircleCheck size={14} aria-hidden="true" />}
            {done ? 'Reopen' : 'Mark complete'}
          </button>
          <button type="button" className="button" onClick={() => onEdit(deadline)}>
            <Pencil size={14} aria-hidden="true" />
            Edit
          </button>
          <button type="button" className="button button-ghost-danger" onClick={() => setConfirmDelete(true)}>
            <Trash2 size={14} aria-hidden="true" />
            Delete
          </button>
        </div>
      </header>

      <div className="detail-body">
        <dl className="detail-list">
          <Row icon={<CalendarClock size={14} aria-hidden="true" />} label="Due">
            {formatDue(deadline, now, zone)}
            {elsewhere ? <span className="when-elsewhere">Set as {elsewhere}</span> : null}
          </Row>
          {deadline.gigId !== null ? (
            <Row icon={<Briefcase size={14} aria-hidden="true" />} label="Gig">
              <Link href={`/gigs/${deadline.gigId}`}>{deadline.gigTitle}</Link>
            </Row>
          ) : null}
          {deadline.clientId !== null ? (
            <Row icon={<Building2 size={14} aria-hidden="true" />} label="Client">
              <Link href={`/clients/${deadline.clientId}`}>{deadline.clientName}</Link>
            </Row>
          ) : null}
          <Row icon={<BellRing size={14} aria-hidden="true" />} label="Reminders">
            {deadline.reminderOffsets === null ? (
              <span>Your defaults from Settings</span>
            ) : deadline.reminderOffsets.length ? (
              deadline.reminderOffsets.map(formatLeadTime).join(', ')
            ) : (
              <span className="muted">None</span>
            )}
          </Row>
        </dl>

        <section className="detail-section" aria-labelledby="deadline-notes-title">
          <h3 id="deadline-notes-title">Notes</h3>
          {deadline.notes ? (
            <p className="notes-text">{deadline.notes}</p>
          ) : (
            <p className="detail-empty">No notes. Edit to add what is due and where to send it.</p>
          )}
        </section>
        <p className="detail-meta">
          Added {formatDate(deadline.createdAt)} · Updated {formatRelative(deadline.updatedAt)}
        </p>
      </div>

      {confirmDelete ? (
        <ConfirmDialog
          title={`Delete “${deadline.title}”?`}
          confirmLabel="Delete deadline"
          destructive
          onClose={() => setConfirmDelete(false)}
          onConfirm={async () => {
            await remove.mutateAsync(deadline.id);
            toast.success(`Deleted “${deadline.title}”`);
            onDeleted();
          }}
        >
          <p>The deadline and its reminders will be deleted. This cannot be undone.</p>
          {!done ? <p className="muted">If it is done, mark it complete instead — it stays in your history.</p> : null}
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
