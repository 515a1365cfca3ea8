/** The agenda, its sidebar counts, the calendar range and global search. */
import type { agendaProcedures, searchProcedures } from '../../contract';
import {
  agendaCounts,
  agendaItems,
  agendaWindow,
  CALENDAR_LIMIT,
  calendarItems,
} from '../repositories/agenda-repository';
import { searchAll } from '../repositories/search-repository';
import type { HandlerMap } from '../router';

export const agendaHandlers = {
  'agenda.get': (input, ctx) => {
    const zone = ctx.timeZone();
    const window = agendaWindow(ctx.now(), zone, input.days ?? 7);
    const { overdue, today, upcoming } = agendaItems(ctx.sqlite, window);
    return {
      now: window.now,
      timeZone: zone,
      today: window.today,
      overdue,
      todayItems: today,
      upcoming,
      counts: agendaCounts(ctx.sqlite, window),
    };
  },
  'agenda.counts': (_input, ctx) => agendaCounts(ctx.sqlite, agendaWindow(ctx.now(), ctx.timeZone(), 7)),
  'calendar.range': (input, ctx) => {
    const zone = ctx.timeZone();
    const items = calendarItems(ctx.sqlite, ctx.now(), zone, input.from, input.to);
    // The first CALENDAR_LIMIT items in time order are all there; the last one's day may be cut short.
    const partialFrom = items.length >= CALENDAR_LIMIT ? (items.at(-1)?.date ?? null) : null;
    return { timeZone: zone, items, partialFrom };
  },
  'search.query': (input, ctx) => ({
    results: searchAll(ctx.sqlite, input.q, input.limit ?? 20, { timeZone: ctx.timeZone() }),
  }),
} satisfies HandlerMap<keyof typeof agendaProcedures | keyof typeof searchProcedures>;
