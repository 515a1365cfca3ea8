/** An interview or deadline inside a calendar day: a link to it, struck through when done, red when overdue. */
import { CalendarClock, MessagesSquare } from 'lucide-react';
import type { CSSProperties } from 'react';
import { Link } from 'wouter';
import type { AgendaItem } from '../../../../electron/contract';
import { formatTime, userTimeZone } from '../agenda/time-text';
import { BlockTime } from './block-time';

export function itemHref(item: AgendaItem): string {
  return item.type === 'interview' ? `/interviews/${item.id}` : `/deadlines/${item.id}`;
}

/** The chip's accessible text: "Interview: Website revamp, 10:00 AM" / "Deadline: Send invoice, all day". */
export function itemLabel(item: AgendaItem): string {
  const when = item.allDay || item.at === null ? 'all day' : formatTime(item.at, userTimeZone());
  const state = item.completedAt !== null ? ', completed' : item.overdue ? ', overdue' : '';
  return `${item.type === 'interview' ? 'Interview' : 'Deadline'}: ${item.title}, ${when}${state}`;
}

function classes(item: AgendaItem, base: string): string {
  return [
    base,
    item.type === 'interview' ? 'cal-interview' : 'cal-deadline',
    item.completedAt !== null ? 'is-done' : '',
    item.overdue ? 'is-overdue' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function CalendarChip({ item }: { item: AgendaItem }) {
  const time = item.allDay || item.at === null ? null : formatTime(item.at, userTimeZone());
  const Icon = item.type === 'interview' ? MessagesSquare : CalendarClock;
  return (
    <Link
      href={itemHref(item)}
      className={classes(item, 'cal-chip')}
      aria-label={itemLabel(item)}
      title={itemLabel(item)}
    >
      <Icon size={11} aria-hidden="true" className="cal-chip-icon" />
      {time ? <span className="cal-chip-time">{time}</span> : null}
      <span className="cal-chip-title">{item.title}</span>
    </Link>
  );
}

/**
 * A timed block in the week view, placed and sized by the caller, which says how many text lines fit.
 * Two lines or more: the time on its own line, the title wrapping below it into the rest (cut with an
 * ellipsis; calendar-week.css gives it the time's line too when the block is too narrow for the time).
 * One line: the title, then the start time if the block is wide enough (a container query).
 * The full title and time are always in the accessible name and the tooltip.
 */
export function CalendarBlock({ item, style, lines }: { item: AgendaItem; style: CSSProperties; lines: number }) {
  const compact = lines < 2;
  const time = <BlockTime item={item} zone={userTimeZone()} oneLine={compact} />;
  const title = <span className="cal-block-title">{item.title}</span>;
  return (
    <Link
      href={itemHref(item)}
      className={classes(item, `cal-block${compact ? ' is-compact' : ''}`)}
      style={{ ...style, '--cal-lines': lines, '--cal-title-lines': Math.max(1, lines - 1) } as CSSProperties}
      aria-label={itemLabel(item)}
      title={itemLabel(item)}
      onClick={(event) => event.stopPropagation()}
    >
      {compact ? title : time}
      {compact ? time : title}
    </Link>
  );
}

/** "+N more" on a crowded day (month cell, week all-day row): opens that day's list. */
export function MoreOnDay({
  more,
  dayLabel,
  title,
  onShow,
}: {
  more: number;
  dayLabel: string;
  title?: string;
  onShow: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className="cal-more"
        aria-label={`+${more.toLocaleString()} more on ${dayLabel}`}
        aria-haspopup="dialog"
        title={title}
        onClick={onShow}
      >
        +{more.toLocaleString()} more
      </button>
    </li>
  );
}
