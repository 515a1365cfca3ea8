/**
 * The month as a grid of days. Each day is a button (one Tab stop for the grid, arrows move between days)
 * that opens "add on this day"; its items are links above it. A day holding more than MAX_CHIPS shows one
 * chip fewer and "+N more", which opens the day's list; the count comes from crowdedDays, since the
 * month asks the core for only MAX_CHIPS items a day.
 */
import { isSameMonth } from 'date-fns';
import type { KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../electron/contract';
import { CalendarChip, MoreOnDay } from './calendar-chip';
import { dateKey, chipsBeforeMore } from './calendar-grid';

/** Chips a month cell fits; also the perDay the month asks calendar.range for. */
export const MAX_CHIPS = 3;

interface MonthViewProps {
  weeks: Date[][];
  anchor: Date;
  todayKey: string;
  focusedKey: string;
  days: Map<string, AgendaItem[]>;
  /** The full count of the days holding more items than `days` carries. */
  totals: Map<string, number>;
  onDayKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onPickDay: (day: Date) => void;
  onShowDay: (day: Date) => void;
}

const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const fullDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

export function MonthView({
  weeks,
  anchor,
  todayKey,
  focusedKey,
  days,
  totals,
  onDayKeyDown,
  onPickDay,
  onShowDay,
}: MonthViewProps) {
  return (
    <div className="cal-month" role="grid" aria-label="Month" onKeyDown={onDayKeyDown}>
      <div className="cal-month-head" role="row">
        {(weeks[0] ?? []).map((day) => (
          <div key={day.getDay()} role="columnheader" className="cal-weekday">
            {weekdayName.format(day)}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div key={dateKey(week[0] ?? anchor)} role="row" className="cal-month-row">
          {week.map((day) => {
            const key = dateKey(day);
            const items = days.get(key) ?? [];
            const count = totals.get(key) ?? items.length;
            const { chips, more } = chipsBeforeMore(count, MAX_CHIPS);
            const label = fullDay.format(day);
            const isToday = key === todayKey;
            return (
              <div
                key={key}
                role="gridcell"
                className={`cal-day${isSameMonth(day, anchor) ? '' : ' is-outside'}${isToday ? ' is-today' : ''}`}
                aria-selected={key === focusedKey}
              >
                <button
                  type="button"
                  className="cal-day-button"
                  data-day={key}
                  tabIndex={key === focusedKey ? 0 : -1}
                  aria-current={isToday ? 'date' : undefined}
                  aria-label={`${label}${count ? `, ${count.toLocaleString()} ${count === 1 ? 'item' : 'items'}` : ''}. Add on this day`}
                  onClick={() => onPickDay(day)}
                >
                  <span className="cal-day-number" aria-hidden="true">
                    {day.getDate()}
                  </span>
                </button>
                {items.length ? (
                  <ul className="cal-day-items" aria-label={`On ${label}`}>
                    {items.slice(0, chips).map((item) => (
                      <li key={`${item.type}-${item.id}`}>
                        <CalendarChip item={item} />
                      </li>
                    ))}
                    {more > 0 ? <MoreOnDay more={more} dayLabel={label} onShow={() => onShowDay(day)} /> : null}
                  </ul>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
