/**
 * The counts beside "Agenda" in the sidebar: overdue (red) and today. One small query, refreshed by
 * data.changed ('agenda'), on window focus and when the local day changes. The numbers are hidden from
 * the link's name and given as its description, so the link is still called "Agenda".
 */
import { useAgendaCounts, useRefreshAtDayChange } from './use-agenda';

export const AGENDA_COUNTS_ID = 'agenda-nav-counts';

export function AgendaNavCounts() {
  const counts = useAgendaCounts();
  useRefreshAtDayChange();
  const data = counts.data;
  if (!data || data.overdue + data.today === 0) return null;
  const description = [data.overdue ? `${data.overdue} overdue` : '', data.today ? `${data.today} today` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <span className="nav-counts" aria-hidden="true">
        {data.overdue ? (
          <span className="nav-count nav-count-danger" title={`${data.overdue} overdue`}>
            {data.overdue > 99 ? '99+' : data.overdue}
          </span>
        ) : null}
        {data.today ? (
          <span className="nav-count" title={`${data.today} today`}>
            {data.today > 99 ? '99+' : data.today}
          </span>
        ) : null}
      </span>
      <span id={AGENDA_COUNTS_ID} hidden>
        {description}
      </span>
    </>
  );
}
