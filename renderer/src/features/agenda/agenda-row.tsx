/**
 * One agenda line: time (or "All day"), what it is, client · gig, and its markers — for an interview its
 * kind, prep progress and join link; for a deadline its priority and a checkbox that completes it.
 */
import { CalendarClock, MessagesSquare, Video } from 'lucide-react';
import { Link } from 'wouter';
import type { AgendaItem } from '../../../../electron/contract';
import { CompleteBox, ImportantMark, PriorityMark } from '../deadlines/deadline-bits';
import { KindLabel, PrepPill } from '../interviews/interview-bits';
import { safeHttpUrl } from '../../components/format';
import { dateKeyIn, dayLabel, formatTime, overdueText } from './time-text';

interface AgendaRowProps {
  item: AgendaItem;
  now: number;
  today: string;
  zone: string;
  /** Overdue rows name their day; rows under a day heading only need the time. */
  showDay: boolean;
  completing: boolean;
  onComplete: (item: AgendaItem) => Promise<void>;
}

function When({ item, now, today, zone, showDay }: Omit<AgendaRowProps, 'completing' | 'onComplete'>) {
  const day = showDay ? dayLabel(item.at !== null ? dateKeyIn(item.at, zone) : item.date, today) : null;
  const time = item.allDay || item.at === null ? 'All day' : formatTime(item.at, zone);
  return (
    <span className="agenda-when">
      {day ? <span className="agenda-when-day">{day}</span> : null}
      <span className="agenda-when-time">{time}</span>
      {item.overdue ? (
        <span className="overdue-text">
          {overdueText({ dueAt: item.allDay ? null : item.at, dueDate: item.allDay ? item.date : null }, now, zone)}
        </span>
      ) : null}
    </span>
  );
}

export function AgendaRow(props: AgendaRowProps) {
  const { item, completing, onComplete } = props;
  const context = [item.clientName, item.gigTitle].filter(Boolean).join(' · ');
  if (item.type === 'interview') {
    const link = safeHttpUrl(item.link);
    return (
      <li className="agenda-row agenda-interview">
        <When {...props} />
        <span className="agenda-icon" aria-hidden="true">
          <MessagesSquare size={15} />
        </span>
        <span className="agenda-main">
          <Link href={`/interviews/${item.id}`} className="agenda-title">
            Interview: {item.title}
          </Link>
          <span className="agenda-context">{item.clientName}</span>
        </span>
        <span className="agenda-markers">
          {item.interviewKind ? <KindLabel kind={item.interviewKind} /> : null}
          <PrepPill done={item.prepDone ?? 0} total={item.prepTotal ?? 0} />
          {link ? (
            <a className="button button-sm join-link" href={link} target="_blank" rel="noreferrer">
              <Video size={13} aria-hidden="true" />
              Join
              <span className="visually-hidden"> the {item.clientName} call (opens in your browser)</span>
            </a>
          ) : null}
        </span>
      </li>
    );
  }
  return (
    <li className={`agenda-row agenda-deadline${item.overdue ? ' is-overdue' : ''}`}>
      <When {...props} />
      <CompleteBox
        title={item.title}
        completed={item.completedAt !== null}
        pending={completing}
        onChange={() => onComplete(item)}
      />
      <span className="agenda-main">
        <Link href={`/deadlines/${item.id}`} className="agenda-title">
          {item.title}
        </Link>
        <span className="agenda-context">
          {context || (
            <>
              <CalendarClock size={12} aria-hidden="true" /> Deadline
            </>
          )}
        </span>
      </span>
      <span className="agenda-markers">
        <PriorityMark priority={item.priority} />
        <ImportantMark important={item.important} />
      </span>
    </li>
  );
}
