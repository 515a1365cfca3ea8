/** The calendar's view and focused day, kept for the session so leaving and coming back lands where you were. */
import { useState } from 'react';
import type { CalendarView } from './calendar-grid';

let savedView: CalendarView = 'month';
let savedDay: Date | null = null;

export function useCalendarState() {
  const [view, setViewState] = useState<CalendarView>(savedView);
  const [focused, setFocusedState] = useState<Date>(() => savedDay ?? new Date());
  const setView = (next: CalendarView) => {
    savedView = next;
    setViewState(next);
  };
  const setFocused = (next: Date) => {
    savedDay = next;
    setFocusedState(next);
  };
  return { view, setView, focused, setFocused };
}
