/** The agenda, its sidebar counts, the calendar range and global search. */
import { CALENDAR_PER_DAY, type agendaProcedures, type searchProcedures } from '../../contract';
import { agendaCounts, agendaItems, agendaWindow } from '../repositories/agenda-repository';
import { calendarDays } from '../repositories/calendar-repository';
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
    const perDay = input.perDay ?? CALENDAR_PER_DAY;
    return { timeZone: zone, ...calendarDays(ctx.sqlite, ctx.now(), zone, input.from, input.to, perDay) };
  },
  'search.query': (input, ctx) => ({
    results: searchAll(ctx.sqlite, input.q, input.limit ?? 20, { timeZone: ctx.timeZone() }),
  }),
} satisfies HandlerMap<keyof typeof agendaProcedures | keyof typeof searchProcedures>;
