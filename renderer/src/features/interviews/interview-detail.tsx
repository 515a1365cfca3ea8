/** One interview: when (in your zone and the client's), where, who, the outcome, the prep checklist and notes. */
import { ArrowLeft, CalendarClock, MapPin, Pencil, SearchX, Trash2, Users, Video } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { InterviewDetail as InterviewDetailDto } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ExternalLink } from '../../components/external-link';
import { displayUrl, safeHttpUrl } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { dateKeyIn, dayLabel, formatMinutes, formatTimeRange, timeElsewhere, userTimeZone } from '../agenda/time-text';
import { useNow } from '../agenda/use-now';
import { KindLabel, OutcomeBadge } from './interview-bits';
import { interviewOutcomes, outcomeLabels, thankYouOutcomes, type InterviewOutcome } from './interview-form-model';
import { OverlapNotice } from './overlap-notice';
import { PrepChecklist } from './prep-checklist';
import { ThankYouOffer } from './thank-you-offer';
import { useDeleteInterview, useInterview, useSaveInterview } from './use-interviews';

interface InterviewDetailProps {
  interviewId: number;
  onEdit: (interview: InterviewDetailDto) => void;
  onDeleted: () => void;
  offerThankYou: boolean;
  onOfferThankYou: (show: boolean) => void;
}

export function InterviewDetail({
  interviewId,
  onEdit,
  onDeleted,
  offerThankYou,
  onOfferThankYou,
}: InterviewDetailProps) {
  const query = useInterview(interviewId);
  const save = useSaveInterview();
  const remove = useDeleteInterview();
  const toast = useToast();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const now = useNow();
  const interview = query.data;
  useDocumentTitle(interview ? `${interview.clientName} interview` : null, 'Interviews');

  if (query.isPending) return <LoadingState label="Loading interview…" />;
  if (query.isError || !interview) {
    if (isApiError(query.error) && query.error.code === 'NOT_FOUND') {
      return (
        <div className="state-panel">
          <span className="empty-icon" aria-hidden="true">
            <SearchX size={20} />
          </span>
          <h2>This interview no longer exists</h2>
          <p>It may have been deleted, or its gig was removed.</p>
          <Link href="/interviews" className="button">
            <ArrowLeft size={14} aria-hidden="true" />
            Back to interviews
          </Link>
        </div>
      );
    }
    return (
      <ErrorState title="Could not load this interview" error={query.error} onRetry={() => void query.refetch()} />
    );
  }

  const setOutcome = async (outcome: InterviewOutcome) => {
    const previous = interview.outcome;
    try {
      await save.mutateAsync({ kind: 'update', values: { id: interview.id, outcome } });
      toast.success(`Outcome saved: ${outcomeLabels[outcome]}`);
      onOfferThankYou(outcome !== previous && thankYouOutcomes.includes(outcome));
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  const zone = userTimeZone();
  const today = dateKeyIn(now, zone);
  const day = dayLabel(dateKeyIn(interview.startsAt, zone), today);
  const clientTime = timeElsewhere(interview.startsAt, zone, interview.clientTimeZone);
  const bookedIn =
    interview.timeZone !== interview.clientTimeZone
      ? timeElsewhere(interview.startsAt, zone, interview.timeZone)
      : null;
  const link = safeHttpUrl(interview.link);

  return (
    <article className="schedule-detail" aria-labelledby="interview-detail-title">
      <Link href="/interviews" className="detail-back">
        <ArrowLeft size={14} aria-hidden="true" />
        All interviews
      </Link>
      <header className="detail-header">
        <div className="detail-title">
          <h2 id="interview-detail-title">{interview.gigTitle}</h2>
          <p className="detail-subtitle">
            <Link href={`/clients/${interview.clientId}`}>{interview.clientName}</Link>
            <span aria-hidden="true">·</span>
            <KindLabel kind={interview.kind} />
            <span aria-hidden="true">·</span>
            <span>Round {interview.round}</span>
            <OutcomeBadge outcome={interview.outcome} />
          </p>
        </div>
        <div className="detail-actions">
          <button type="button" className="button" onClick={() => onEdit(interview)}>
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
        <OverlapNotice interview={interview} />
        <dl className="detail-list">
          <div className="detail-row">
            <dt>
              <CalendarClock size={14} aria-hidden="true" />
              <span>When</span>
            </dt>
            <dd>
              <span className="when-main">
                {day}, {formatTimeRange(interview.startsAt, interview.durationMinutes, zone)}
              </span>
              <span className="muted"> · {formatMinutes(interview.durationMinutes)}</span>
              {clientTime ? (
                <span className="when-elsewhere">
                  {clientTime} for {interview.clientName}
                </span>
              ) : null}
              {bookedIn ? <span className="when-elsewhere">Booked as {bookedIn}</span> : null}
            </dd>
          </div>
          {link || interview.link ? (
            <div className="detail-row">
              <dt>
                <Video size={14} aria-hidden="true" />
                <span>Link</span>
              </dt>
              <dd>{link ? <ExternalLink href={link}>{displayUrl(link)}</ExternalLink> : interview.link}</dd>
            </div>
          ) : null}
          {interview.location ? (
            <div className="detail-row">
              <dt>
                <MapPin size={14} aria-hidden="true" />
                <span>Location</span>
              </dt>
              <dd className="selectable">{interview.location}</dd>
            </div>
          ) : null}
          <div className="detail-row">
            <dt>
              <Users size={14} aria-hidden="true" />
              <span>People</span>
            </dt>
            <dd>
              {interview.contacts.length ? (
                <ul className="people-list" aria-label="People">
                  {interview.contacts.map((person) => (
                    <li key={person.id}>
                      {person.name}
                      {person.role ? <span className="muted"> · {person.role}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">Nobody named yet — Edit to add the people you will meet.</span>
              )}
            </dd>
          </div>
        </dl>

        <section className="detail-section outcome-section" aria-labelledby="outcome-title">
          <div className="detail-section-header">
            <h3 id="outcome-title">Outcome</h3>
          </div>
          <div className="outcome-row">
            <label htmlFor="interview-outcome" className="visually-hidden">
              Outcome
            </label>
            <select
              id="interview-outcome"
              className="select outcome-select"
              value={interview.outcome}
              disabled={save.isPending}
              onChange={(event) => void setOutcome(event.target.value as InterviewOutcome)}
            >
              {interviewOutcomes.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {outcomeLabels[outcome]}
                </option>
              ))}
            </select>
            <Link href={`/gigs/${interview.gigId}`} className="button button-ghost button-sm">
              Open the gig
            </Link>
          </div>
          {offerThankYou ? <ThankYouOffer interview={interview} onDismiss={() => onOfferThankYou(false)} /> : null}
        </section>

        <PrepChecklist interview={interview} />

        <section className="detail-section" aria-labelledby="interview-notes-title">
          <h3 id="interview-notes-title">Notes</h3>
          {interview.notes ? (
            <p className="notes-text">{interview.notes}</p>
          ) : (
            <p className="detail-empty">No notes. Edit to add the agenda, questions they asked, or how it went.</p>
          )}
        </section>
      </div>

      {confirmDelete ? (
        <ConfirmDialog
          title="Delete this interview?"
          confirmLabel="Delete interview"
          destructive
          onClose={() => setConfirmDelete(false)}
          onConfirm={async () => {
            await remove.mutateAsync(interview.id);
            toast.success(`Deleted the ${interview.clientName} interview`);
            onDeleted();
          }}
        >
          <p>
            The interview for {interview.gigTitle} ({day}) and its prep checklist will be deleted. This cannot be
            undone.
          </p>
          <p className="muted">If it did not happen, set the outcome to Cancelled instead.</p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
