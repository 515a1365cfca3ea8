/**
 * After an outcome is set: one click adds a "thank-you note" deadline due 24 hours from now, on the same
 * gig, so the follow-up is not left to memory.
 */
import { HeartHandshake, LoaderCircle, X } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { DeadlineDetail, InterviewDetail } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { formatDue, userTimeZone } from '../agenda/time-text';
import { useNow } from '../agenda/use-now';
import { useSaveDeadline } from '../deadlines/use-deadlines';

const DAY_MS = 24 * 60 * 60_000;

export function thankYouTitle(clientName: string): string {
  return `Send ${clientName} a thank-you note`;
}

function dueText(deadline: DeadlineDetail, now: number): string {
  const text = formatDue(deadline, now, userTimeZone());
  return /^(Today|Tomorrow)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function ThankYouOffer({ interview, onDismiss }: { interview: InterviewDetail; onDismiss: () => void }) {
  const save = useSaveDeadline();
  const [added, setAdded] = useState<DeadlineDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useNow();

  const add = async () => {
    setError(null);
    try {
      const zone = userTimeZone();
      const deadline = await save.mutateAsync({
        kind: 'create',
        values: {
          title: thankYouTitle(interview.clientName),
          gigId: interview.gigId,
          dueAt: Date.now() + DAY_MS,
          timeZone: zone,
          priority: 'normal',
        },
      });
      setAdded(deadline);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  if (added) {
    return (
      <div className="offer offer-done" role="status">
        <HeartHandshake size={16} aria-hidden="true" className="offer-icon" />
        <p>
          Added “{added.title}”, due {dueText(added, now)}.{' '}
          <Link href={`/deadlines/${added.id}`}>Open the deadline</Link>
        </p>
        <button type="button" className="icon-button" aria-label="Close" onClick={onDismiss}>
          <X size={14} aria-hidden="true" />
        </button>
      </div>
    );
  }

  return (
    <div className="offer" role="region" aria-label="Thank-you follow-up">
      <HeartHandshake size={16} aria-hidden="true" className="offer-icon" />
      <div className="offer-body">
        <p className="offer-title">Follow up with a thank-you?</p>
        <p className="muted">
          A short note within a day keeps you in mind at {interview.clientName}, whatever the outcome.
        </p>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="offer-actions">
          <button
            type="button"
            className="button button-primary button-sm"
            onClick={() => void add()}
            disabled={save.isPending}
          >
            {save.isPending ? <LoaderCircle size={13} className="spinner" aria-hidden="true" /> : null}
            Add a thank-you follow-up deadline 24 h later
          </button>
          <button type="button" className="button button-ghost button-sm" onClick={onDismiss}>
            No thanks
          </button>
        </div>
      </div>
    </div>
  );
}
