/**
 * The month as a grid of days. Each day is a button (one Tab stop for the grid, arrows move between days)
 * that opens "add on this day"; its items are links above it, with "+N more" opening the week.
 */
import { isSameMonth } from 'date-fns';
import type { KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../electron/contract';
import { CalendarChip } from './calendar-chip';
import { dateKey, type CalendarView } from './calendar-grid';

const MAX_CHIPS = 3;

interface MonthViewProps {
  weeks: Date[][];
  anchor: Date;
  todayKey: string;
  focusedKey: string;
  days: Map<string, AgendaItem[]>;
  /** Days after this one may be missing items (see calendar.range). */
  partialFrom: string | null;
  onDayKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onPickDay: (day: Date) => void;
  onOpen: (view: CalendarView, day: Date) => void;
}

const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const fullDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

export function MonthView({
  weeks,
  anchor,
  todayKey,
  focusedKey,
  days,
  partialFrom,
  onDayKeyDown,
  onPickDay,
  onOpen,
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
            const hidden = items.length - MAX_CHIPS;
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
                  aria-label={`${fullDay.format(day)}${items.length ? `, ${items.length} ${items.length === 1 ? 'item' : 'items'}` : ''}. Add on this day`}
                  onClick={() => onPickDay(day)}
                >
                  <span className="cal-day-number" aria-hidden="true">
                    {day.getDate()}
                  </span>
                </button>
                {items.length ? (
                  <ul className="cal-day-items" aria-label={`On ${fullDay.format(day)}`}>
                    {items.slice(0, hidden > 0 ? MAX_CHIPS - 1 : MAX_CHIPS).map((item) => (
                      <li key={`${item.type}-${item.id}`}>
                        <CalendarChip item={item} />
                      </li>
                    ))}
                    {hidden > 0 ? (
                      <li>
                        <button type="button" className="cal-more" onClick={() => onOpen('week', day)}>
                          +{hidden + 1} more
                        </button>
                      </li>
                    ) : null}
                  </ul>
                ) : null}
                {partialFrom !== null && key > partialFrom ? (
                  <p className="cal-day-missing" aria-hidden="true">
                    Not shown: too many items
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
