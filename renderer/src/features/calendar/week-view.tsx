/**
 * The week: a header button per day (arrows move between them, Enter adds on that day), an all-day row,
 * and an hour grid where timed items sit at their time and length — overlapping ones side by side.
 * Clicking an empty slot adds at that half hour. A day holding more than calendar.range carries shows
 * "+N more" in its all-day cell, opening the day's list.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { AgendaItem } from '../../../../electron/contract';
import { CalendarBlock, CalendarChip, MoreOnDay } from './calendar-chip';
import { chipsBeforeMore, dateKey, layoutDay, minutesIntoDay } from './calendar-grid';

export const HOUR_PX = 48;
/** A block's text lines and its vertical padding (calendar-week.css uses the same numbers). */
const LINE_PX = 14;
const BLOCK_PADDING_PX = 2;
/**
 * A deadline is an instant, drawn as a block from its time that fits three lines (time, then a title on
 * up to two lines): an hour at HOUR_PX. Overlap is laid out with that same span, so blocks never cover
 * each other.
 */
const DEADLINE_MINUTES = 60;
const MIN_BLOCK_MINUTES = 15;
const DAY_MINUTES = 24 * 60;
const FIRST_VISIBLE_HOUR = 7;
/** All-day chips a day shows in the week before '+N more' (a crowded day would push the hours off screen). */
const MAX_ALL_DAY = 3;

interface WeekViewProps {
  days: Date[];
  todayKey: string;
  focusedKey: string;
  items: Map<string, AgendaItem[]>;
  /** The full count of the days holding more items than `items` carries. */
  totals: Map<string, number>;
  now: number;
  onDayKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onPickDay: (day: Date) => void;
  onPickSlot: (day: Date, time: string) => void;
  onShowDay: (day: Date) => void;
}

const headDay = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const fullDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
const hourLabel = new Intl.DateTimeFormat(undefined, { hour: 'numeric' });

function slotTime(event: MouseEvent<HTMLElement>): string {
  const rect = event.currentTarget.getBoundingClientRect();
  const minutes = Math.max(0, Math.min(23.5 * 60, ((event.clientY - rect.top) / HOUR_PX) * 60));
  const half = Math.floor(minutes / 30) * 30;
  return `${String(Math.floor(half / 60)).padStart(2, '0')}:${String(half % 60).padStart(2, '0')}`;
}

function DayColumn({
  day,
  items,
  now,
  isToday,
  onPickSlot,
}: {
  day: Date;
  items: AgendaItem[];
  now: number;
  isToday: boolean;
  onPickSlot: WeekViewProps['onPickSlot'];
}) {
  const timed = items.filter((item) => !item.allDay && item.at !== null);
  const blocks = layoutDay(
    timed.map((item) => {
      // Every block stays inside its day: a late deadline gets a shorter block (one line), not a longer page.
      const start = Math.min(minutesIntoDay(item.at ?? 0, day), DAY_MINUTES - MIN_BLOCK_MINUTES);
      const end = item.endsAt !== null ? minutesIntoDay(item.endsAt, day) : start + DEADLINE_MINUTES;
      return {
        key: `${item.type}-${item.id}`,
        start,
        end: Math.min(DAY_MINUTES, Math.max(end, start + MIN_BLOCK_MINUTES)),
      };
    }),
  );
  const byKey = new Map(timed.map((item) => [`${item.type}-${item.id}`, item]));
  return (
    <div
      className={`cal-week-col${isToday ? ' is-today' : ''}`}
      style={{ height: 24 * HOUR_PX, backgroundSize: `100% ${HOUR_PX}px` }}
      onClick={(event) => onPickSlot(day, slotTime(event))}
    >
      {isToday ? (
        <div className="cal-now" style={{ top: (minutesIntoDay(now, day) / 60) * HOUR_PX }} aria-hidden="true" />
      ) : null}
      {blocks.map((block) => {
        const item = byKey.get(block.key);
        if (!item) return null;
        const height = Math.max(((block.end - block.start) / 60) * HOUR_PX - 2, LINE_PX + 2 * BLOCK_PADDING_PX);
        return (
          <CalendarBlock
            key={block.key}
            item={item}
            lines={Math.floor((height - 2 * BLOCK_PADDING_PX) / LINE_PX)}
            style={{
              top: (block.start / 60) * HOUR_PX + 1,
              height,
              left: `calc(${(block.column / block.columns) * 100}% + 2px)`,
              width: `calc(${100 / block.columns}% - 4px)`,
            }}
          />
        );
      })}
    </div>
  );
}

export function WeekView({
  days,
  todayKey,
  focusedKey,
  items,
  totals,
  now,
  onDayKeyDown,
  onPickDay,
  onPickSlot,
  onShowDay,
}: WeekViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = FIRST_VISIBLE_HOUR * HOUR_PX - 10;
  }, []);

  return (
    <div className="cal-week">
      <div className="cal-week-head" role="group" aria-label="Days of the week" onKeyDown={onDayKeyDown}>
        <div className="cal-gutter" />
        {days.map((day) => {
          const key = dateKey(day);
          const isToday = key === todayKey;
          return (
            <button
              key={key}
              type="button"
              className={`cal-week-day${isToday ? ' is-today' : ''}`}
              data-day={key}
              tabIndex={key === focusedKey ? 0 : -1}
              aria-current={isToday ? 'date' : undefined}
              aria-label={`${fullDay.format(day)}. Add on this day`}
              onClick={() => onPickDay(day)}
            >
              <span className="cal-week-day-name">{headDay.format(day)}</span>
              <span className="cal-day-number">{day.getDate()}</span>
            </button>
          );
        })}
      </div>
      <div className="cal-allday">
        <div className="cal-gutter cal-allday-label">All day</div>
        {days.map((day) => {
          const key = dateKey(day);
          const dayItems = items.get(key) ?? [];
          const allDay = dayItems.filter((item) => item.allDay || item.at === null);
          // The all-day row stays a few lines tall, as in the month: past MAX_ALL_DAY, the rest are counted.
          const { chips } = chipsBeforeMore(allDay.length, MAX_ALL_DAY);
          const drawn = dayItems.length - allDay.length + chips;
          const more = (totals.get(key) ?? dayItems.length) - drawn;
          const label = fullDay.format(day);
          return (
            <ul key={key} className="cal-allday-cell" aria-label={`All day on ${label}`}>
              {allDay.slice(0, chips).map((item) => (
                <li key={`${item.type}-${item.id}`}>
                  <CalendarChip item={item} />
                </li>
              ))}
              {more > 0 ? (
                <MoreOnDay
                  more={more}
                  dayLabel={label}
                  title={`${more.toLocaleString()} more on this day`}
                  onShow={() => onShowDay(day)}
                />
              ) : null}
            </ul>
          );
        })}
      </div>
      <div className="cal-week-scroll" ref={scrollRef}>
        <div className="cal-week-body">
          <div className="cal-gutter cal-hours" aria-hidden="true">
            {Array.from({ length: 24 }, (_, hour) => (
              <span key={hour} className="cal-hour" style={{ top: hour * HOUR_PX }}>
                {hour === 0 ? '' : hourLabel.format(new Date(2000, 0, 1, hour))}
              </span>
            ))}
          </div>
          {days.map((day) => {
            const key = dateKey(day);
            return (
              <DayColumn
                key={key}
                day={day}
                items={items.get(key) ?? []}
                now={now}
                isToday={key === todayKey}
                onPickSlot={onPickSlot}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
