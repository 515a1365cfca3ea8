/**
 * The calendar: month and week views of interviews and deadlines from calendar.range, today marked,
 * prev/next/today. Clicking a day (month) or a slot (week) offers "New deadline / Schedule interview"
 * and opens that form prefilled; "+N more" on a crowded day lists the whole day. Keys: arrows move the
 * focused day, Enter adds on it, t jumps to today.
 */
import { addDays, addMonths, addWeeks } from 'date-fns';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';
import { registerShortcutHelp } from '../../app/shortcuts';
import { ErrorState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { DeadlineFormDialog } from '../deadlines/deadline-form-dialog';
import { InterviewFormDialog } from '../interviews/interview-form-dialog';
import { useCalendarRange, useRefreshAtDayChange } from '../agenda/use-agenda';
import { useNow } from '../agenda/use-now';
import {
  crowdedTotals,
  dateKey,
  itemsByDay,
  monthGrid,
  viewTitle,
  visibleRange,
  weekDays,
  weekStartsOn,
  type CalendarView,
} from './calendar-grid';
import { useCalendarState } from './calendar-state';
import { CreateChooser, type Slot } from './create-chooser';
import { DayListDialog } from './day-list-dialog';
import { MAX_CHIPS, MonthView } from './month-view';
import { WeekView } from './week-view';

registerShortcutHelp({
  title: 'Calendar',
  route: '/calendar',
  lines: [
    { keys: ['←', '→'], label: 'Previous or next day' },
    { keys: ['↑', '↓'], label: 'Same day a week earlier or later' },
    { keys: ['PageUp', 'PageDown'], label: 'Previous or next month (week in week view)' },
    { keys: ['Enter'], label: 'Add a deadline or interview on the focused day' },
    { keys: ['t'], label: 'Go to today' },
  ],
});

type Creating = { kind: 'deadline' | 'interview'; slot: Slot } | null;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function CalendarScreen() {
  const { view, setView, focused, setFocused } = useCalendarState();
  const [choosing, setChoosing] = useState<Slot | null>(null);
  const [listing, setListing] = useState<Date | null>(null);
  const [creating, setCreating] = useState<Creating>(null);
  const toast = useToast();
  const now = useNow();
  const firstDay = weekStartsOn();
  const range = visibleRange(view, focused, firstDay);
  // The month shows MAX_CHIPS a day at most; the week takes the default (CALENDAR_PER_DAY).
  const query = useCalendarRange(range.from, range.to, view === 'month' ? MAX_CHIPS : undefined);
  const moveFocus = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useDocumentTitle('Calendar');
  useRefreshAtDayChange();

  const focusedKey = dateKey(focused);
  const todayKey = dateKey(new Date(now));
  const days = itemsByDay(query.data?.items ?? []);
  const totals = crowdedTotals(query.data?.crowdedDays ?? []);

  const go = (next: Date, keepFocus = false) => {
    moveFocus.current = keepFocus;
    setFocused(next);
  };
  const step = (direction: 1 | -1) =>
    go(view === 'month' ? addMonths(focused, direction) : addWeeks(focused, direction));

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    rootRef.current?.querySelector<HTMLElement>(`[data-day="${focusedKey}"]`)?.focus();
  }, [focusedKey, view]);

  const latest = useRef({ go });
  useEffect(() => {
    latest.current = { go };
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 't' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const inGrid = document.activeElement instanceof HTMLElement && document.activeElement.dataset.day !== undefined;
      latest.current.go(new Date(), inGrid);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onDayKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.dataset.day === undefined) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, () => Date> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      PageUp: () => (view === 'month' ? addMonths(focused, -1) : addWeeks(focused, -1)),
      PageDown: () => (view === 'month' ? addMonths(focused, 1) : addWeeks(focused, 1)),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    go(move(), true);
  };

  const openView = (next: CalendarView, day: Date) => {
    setView(next);
    go(day);
  };

  // The grid stays put behind the list (a day outside the month would otherwise turn the page), so
  // closing it returns focus to the "+N more" that opened it.
  const showDay = (day: Date) => setListing(day);

  const prefill = (slot: Slot) => ({ date: dateKey(slot.day), ...(slot.time ? { time: slot.time } : {}) });

  return (
    <div className="page calendar-page" ref={rootRef}>
      <header className="cal-toolbar">
        <h1 className="cal-title" aria-live="polite">
          {viewTitle(view, focused, firstDay)}
        </h1>
        <div className="cal-nav">
          <button
            type="button"
            className="icon-button"
            aria-label={view === 'month' ? 'Previous month' : 'Previous week'}
            onClick={() => step(-1)}
          >
            <ChevronLeft size={16} aria-hidden="true" />
          </button>
          <button type="button" className="button button-sm" aria-keyshortcuts="t" onClick={() => go(new Date())}>
            Today
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={view === 'month' ? 'Next month' : 'Next week'}
            onClick={() => step(1)}
          >
            <ChevronRight size={16} aria-hidden="true" />
          </button>
        </div>
        <fieldset className="segmented cal-view-toggle">
          <legend className="visually-hidden">View</legend>
          {(['month', 'week'] as const).map((option) => (
            <label key={option} className="segmented-option">
              <input
                type="radio"
                name="calendar-view"
                value={option}
                checked={view === option}
                onChange={() => setView(option)}
              />
              <span>{option === 'month' ? 'Month' : 'Week'}</span>
            </label>
          ))}
        </fieldset>
      </header>
      {query.isError && !query.data ? (
        <ErrorState title="Could not load the calendar" error={query.error} onRetry={() => void query.refetch()} />
      ) : view === 'month' ? (
        <MonthView
          weeks={monthGrid(focused, firstDay)}
          anchor={focused}
          todayKey={todayKey}
          focusedKey={focusedKey}
          days={days}
          totals={totals}
          onDayKeyDown={onDayKeyDown}
          onPickDay={(day) => {
            go(day);
            setChoosing({ day });
          }}
          onShowDay={showDay}
        />
      ) : (
        <WeekView
          days={weekDays(focused, firstDay)}
          todayKey={todayKey}
          focusedKey={focusedKey}
          items={days}
          totals={totals}
          now={now}
          onDayKeyDown={onDayKeyDown}
          onPickDay={(day) => {
            go(day);
            setChoosing({ day });
          }}
          onPickSlot={(day, time) => {
            go(day);
            setChoosing({ day, time });
          }}
          onShowDay={showDay}
        />
      )}
      {listing ? (
        <DayListDialog
          day={listing}
          onClose={() => setListing(null)}
          onOpenWeek={(day) => {
            setListing(null);
            openView('week', day);
          }}
          onAdd={(day) => {
            setListing(null);
            go(day);
            setChoosing({ day });
          }}
        />
      ) : null}
      {choosing ? (
        <CreateChooser
          slot={choosing}
          onClose={() => setChoosing(null)}
          onChoose={(kind) => {
            setCreating({ kind, slot: choosing });
            setChoosing(null);
          }}
        />
      ) : null}
      {creating?.kind === 'deadline' ? (
        <DeadlineFormDialog
          mode={{ kind: 'create', prefill: prefill(creating.slot) }}
          onClose={() => setCreating(null)}
          onSaved={(saved) => {
            setCreating(null);
            toast.success(`Added “${saved.title}”`);
          }}
        />
      ) : null}
      {creating?.kind === 'interview' ? (
        <InterviewFormDialog
          mode={{ kind: 'create', prefill: prefill(creating.slot) }}
          onClose={() => setCreating(null)}
          onSaved={(saved) => {
            setCreating(null);
            toast.success(`Scheduled the ${saved.clientName} interview`);
          }}
        />
      ) : null}
    </div>
  );
}
