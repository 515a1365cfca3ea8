/**
 * Interviews and deadlines as compact lists, shared by the gig and client screens: times in the user's
 * zone (plus the client's when it differs), prep progress, outcome, and deadlines ticked off in place.
 */
import { CircleAlert, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import type { DeadlineSummary, InterviewSummary } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { useToast } from '../../components/toast';
import { deadlineDue, whenLabel } from '../pipeline/card-format';
import { interviewKindLabels, outcomeLabels } from './gig-labels';
import { useSetDeadlineCompleted } from './use-gig';

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function clientTime(interview: InterviewSummary): string | null {
  const zone = interview.clientTimeZone;
  if (!zone || zone === localZone) return null;
  try {
    const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(
      interview.startsAt,
    );
    return `${time} for the client (${zone.split('/').at(-1)?.replace(/_/g, ' ') ?? zone})`;
  } catch {
    return null;
  }
}

/** Upcoming (soonest first, including one under way) and past (latest first) interviews. */
export function splitInterviews(interviews: readonly InterviewSummary[], now: number) {
  const ends = (i: InterviewSummary) => i.startsAt + i.durationMinutes * 60_000;
  return {
    upcoming: interviews.filter((i) => ends(i) >= now).sort((a, b) => a.startsAt - b.startsAt),
    past: interviews.filter((i) => ends(i) < now).sort((a, b) => b.startsAt - a.startsAt),
  };
}

export function InterviewList({
  interviews,
  now,
  showGig = false,
  label,
}: {
  interviews: readonly InterviewSummary[];
  now: number;
  showGig?: boolean;
  label: string;
}) {
  return (
    <ul className="work-list" aria-label={label}>
      {interviews.map((interview) => {
        const there = clientTime(interview);
        return (
          <li key={interview.id} className="work-item">
            <div className="work-item-main">
              <a href={`#/interviews/${interview.id}`} className="work-item-title">
                {whenLabel(interview.startsAt, now)}
                {' · '}
                {interviewKindLabels[interview.kind]}
                {interview.round > 1 ? `, round ${interview.round}` : ''}
              </a>
              <span className="work-item-meta">
                {showGig ? <span>{interview.gigTitle}</span> : null}
                {there ? <span>{there}</span> : null}
                {interview.prepTotal > 0 ? (
                  <span className={interview.prepDone === interview.prepTotal ? 'prep-done' : undefined}>
                    Prep {interview.prepDone}/{interview.prepTotal}
                  </span>
                ) : null}
                {interview.overlapsWith.length ? (
                  <span className="work-warning">
                    <TriangleAlert size={12} aria-hidden="true" /> Overlaps another interview
                  </span>
                ) : null}
              </span>
            </div>
            <span className={`badge outcome-${interview.outcome}`}>{outcomeLabels[interview.outcome]}</span>
          </li>
        );
      })}
    </ul>
  );
}

function DeadlineRow({ deadline, now, showGig }: { deadline: DeadlineSummary; now: number; showGig: boolean }) {
  const setCompleted = useSetDeadlineCompleted();
  const toast = useToast();
  // The box shows its new state at once; it falls back to the saved state when the save fails.
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const done = optimistic ?? deadline.completedAt !== null;
  const due = deadlineDue(deadline, now);
  const checkboxId = `deadline-done-${deadline.id}`;
  const toggle = async () => {
    if (setCompleted.isPending) return;
    setOptimistic(!done);
    try {
      await setCompleted.mutateAsync({ id: deadline.id, completed: !done });
      toast.success(done ? `${deadline.title} is open again` : `Completed ${deadline.title}`);
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setOptimistic(null);
    }
  };
  return (
    <li className={done ? 'work-item is-done' : 'work-item'}>
      <input
        id={checkboxId}
        type="checkbox"
        className="checkbox"
        checked={done}
        aria-busy={setCompleted.isPending}
        aria-label={`Done: ${deadline.title}`}
        onChange={() => void toggle()}
      />
      <div className="work-item-main">
        <a href={`#/deadlines/${deadline.id}`} className="work-item-title">
          {deadline.title}
        </a>
        <span className="work-item-meta">
          <span className={deadline.overdue && !done ? 'work-overdue' : undefined}>
            {deadline.overdue && !done ? (
              <>
                <CircleAlert size={12} aria-hidden="true" /> Overdue ·{' '}
              </>
            ) : null}
            {done ? 'Was due' : 'Due'} {due.label}
          </span>
          {showGig && deadline.gigTitle ? <span>{deadline.gigTitle}</span> : null}
        </span>
      </div>
      {deadline.priority === 'high' || deadline.important ? (
        <span className="badge badge-warning">{deadline.important ? 'Important' : 'High'}</span>
      ) : null}
    </li>
  );
}

export function DeadlineList({
  deadlines,
  now,
  showGig = false,
  label,
}: {
  deadlines: readonly DeadlineSummary[];
  now: number;
  showGig?: boolean;
  label: string;
}) {
  return (
    <ul className="work-list" aria-label={label}>
      {deadlines.map((deadline) => (
        <DeadlineRow key={deadline.id} deadline={deadline} now={now} showGig={showGig} />
      ))}
    </ul>
  );
}
