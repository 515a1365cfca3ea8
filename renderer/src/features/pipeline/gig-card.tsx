/**
 * A board card: a link to the gig (Enter or click opens it) that is also the drag handle. Its text is what
 * a screen reader reads: title, client, rate, the next interview or deadline, tags and time in stage.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { CalendarClock, Flag, Hourglass } from 'lucide-react';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { GigSummary } from '../../../../electron/contract';
import { formatRate } from '../gigs/money-input';
import { deadlineDue, interviewLabel } from './card-format';
import { isStale, staleAfterDays, timeInStageLabel } from './time-in-stage';
import type { BoardStage } from './board-moves';

export const cardDomId = (id: number) => `gig-card-${id}`;
export const BOARD_KEYS_HINT_ID = 'board-keys-hint';

interface CardBodyProps {
  gig: GigSummary;
  stage: Pick<BoardStage, 'kind' | 'followUpDays'>;
  now: number;
}

export function GigCardBody({ gig, stage, now }: CardBodyProps) {
  const rateMinor = gig.agreedRateMinor ?? gig.proposedRateMinor;
  const stale = isStale(stage, gig.stageEnteredAt, now);
  const due = gig.nextDeadline ? deadlineDue(gig.nextDeadline, now) : null;
  return (
    <>
      <span className="gig-card-title">{gig.title}</span>
      <span className="gig-card-client">{gig.clientName}</span>
      {rateMinor !== null && gig.currency ? (
        <span className="gig-card-rate">
          <span className="gig-card-amount">{formatRate(rateMinor, gig.currency, gig.rateUnit)}</span>
          <span className={gig.agreedRateMinor !== null ? 'rate-state rate-agreed' : 'rate-state'}>
            {gig.agreedRateMinor !== null ? 'agreed' : 'proposed'}
          </span>
        </span>
      ) : null}
      {gig.nextInterview ? (
        <span className="gig-card-next">
          <CalendarClock size={13} aria-hidden="true" />
          <span>
            <span className="visually-hidden">Interview </span>
            {interviewLabel(gig.nextInterview, now)}
          </span>
        </span>
      ) : gig.nextDeadline && due ? (
        <span className={due.overdue ? 'gig-card-next is-overdue' : 'gig-card-next'}>
          <Flag size={13} aria-hidden="true" />
          <span className="gig-card-next-text">
            {due.overdue ? 'Overdue' : 'Due'} {due.label}: {gig.nextDeadline.title}
          </span>
        </span>
      ) : null}
      {gig.tags.length ? (
        <span className="gig-card-tags">
          {gig.tags.slice(0, 3).map((tag) => (
            <span key={tag} className="chip chip-sm">
              <span>{tag}</span>
            </span>
          ))}
          {gig.tags.length > 3 ? <span className="chip chip-sm">+{gig.tags.length - 3}</span> : null}
        </span>
      ) : null}
      <span
        className={stale ? 'gig-card-age is-stale' : 'gig-card-age'}
        title={stale ? `Longer than ${staleAfterDays(stage)} days: time to follow up` : undefined}
      >
        <Hourglass size={12} aria-hidden="true" />
        {timeInStageLabel(gig.stageEnteredAt, now)}
        {stale ? <span className="visually-hidden"> — time to follow up</span> : null}
      </span>
    </>
  );
}

interface GigCardProps extends CardBodyProps {
  tabbable: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, gig: GigSummary) => void;
  onFocus: (id: number) => void;
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export const GigCard = memo(function GigCard({ gig, stage, now, tabbable, onKeyDown, onFocus, onClick }: GigCardProps) {
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: gig.id,
    data: { stageId: gig.stageId },
  });
  return (
    <li className="board-card-slot">
      <a
        ref={setNodeRef}
        id={cardDomId(gig.id)}
        href={`#/gigs/${gig.id}`}
        className={isDragging ? 'gig-card is-placeholder' : 'gig-card'}
        data-gig-id={gig.id}
        draggable={false}
        tabIndex={tabbable ? 0 : -1}
        aria-describedby={BOARD_KEYS_HINT_ID}
        style={{ transform: CSS.Translate.toString(transform), transition }}
        {...listeners}
        onKeyDown={(event) => onKeyDown(event, gig)}
        onFocus={() => onFocus(gig.id)}
        onClick={onClick}
      >
        <GigCardBody gig={gig} stage={stage} now={now} />
      </a>
    </li>
  );
});
