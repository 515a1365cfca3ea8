/** The agenda, its sidebar counts and the calendar range. */
import type { agendaProcedures } from '../../contract';
import { agendaCounts, agendaItems, agendaWindow, calendarItems } from '../repositories/agenda-repository';
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
    return { timeZone: zone, items: calendarItems(ctx.sqlite, ctx.now(), zone, input.from, input.to) };
  },
} satisfies HandlerMap<keyof typeof agendaProcedures>;
