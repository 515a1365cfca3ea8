/**
 * The time line of a week block, in parts the block's width can drop (calendar-week.css, container
 * queries): a narrow day column keeps "10:00 – 11:00 AM", then "10:00 AM", then "10:00" rather than
 * cutting "10:00 AM – 11:00 AM" to "10:00 …". The text itself stays whole, as formatted for the locale.
 */
import type { AgendaItem } from '../../../../electron/contract';

export interface TimeParts {
  /** The day period ("AM", "午後") with the space that joins it, or '' in 24-hour locales. */
  period: string;
  periodFirst: boolean;
  rest: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A time split around its day period; `period` + `rest` (in order) is the whole formatted time. */
export function timeParts(epochMs: number, zone: string, locale?: string): TimeParts {
  const key = `${locale ?? ''}|${zone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' });
    formatters.set(key, format);
  }
  // Some V8 versions (Node 20's) put a narrow no-break space before "PM" in formatToParts where
  // format() has a plain one; the plain one keeps this time identical to formatTime's elsewhere.
  const parts = format.formatToParts(epochMs).map((part) => ({ ...part, value: part.value.replace(/\u202f/g, ' ') }));
  const at = parts.findIndex((part) => part.type === 'dayPeriod');
  if (at < 0) return { period: '', periodFirst: false, rest: parts.map((part) => part.value).join('') };
  const periodFirst = at === 0;
  // The literal between the period and the time goes with the period, so hiding it leaves no stray space.
  const joiner = periodFirst ? at + 1 : at - 1;
  const withPeriod = new Set([at, parts[joiner]?.type === 'literal' ? joiner : at]);
  return {
    period: parts.flatMap((part, index) => (withPeriod.has(index) ? [part.value] : [])).join(''),
    periodFirst,
    rest: parts.flatMap((part, index) => (withPeriod.has(index) ? [] : [part.value])).join(''),
  };
}

function Time({ parts, periodClass }: { parts: TimeParts; periodClass: string }) {
  const period = parts.period ? <span className={periodClass}>{parts.period}</span> : null;
  return (
    <>
      {parts.periodFirst ? period : null}
      {parts.rest}
      {parts.periodFirst ? null : period}
    </>
  );
}

/** "Due 5:00 PM" for a deadline, "10:00 AM – 11:00 AM" for an interview; just the start on one line. */
export function BlockTime({ item, zone, oneLine }: { item: AgendaItem; zone: string; oneLine: boolean }) {
  if (item.at === null) return null;
  const start = timeParts(item.at, zone);
  const end = item.endsAt === null || oneLine ? null : timeParts(item.endsAt, zone);
  const samePeriod = end !== null && end.period === start.period;
  return (
    <span className={`cal-block-time${samePeriod ? ' is-same-period' : ''}`}>
      {item.type === 'deadline' && !oneLine ? <span className="cal-block-due">Due </span> : null}
      <Time parts={start} periodClass="cal-block-period cal-block-start-period" />
      {end ? (
        <span className="cal-block-end">
          {' – '}
          <Time parts={end} periodClass="cal-block-period" />
        </span>
      ) : null}
    </span>
  );
}
