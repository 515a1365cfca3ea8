/**
 * "+N more" on a crowded day: that day's items as agenda rows (time, client, markers, complete), up to
 * CALENDAR_MAX_PER_DAY of them so a day of hundreds stays a short list; past that it says how many there
 * are and points at the full lists. From here the week view or "add on this day" is one click away.
 */
import { CalendarPlus, CalendarRange } from 'lucide-react';
import { Link } from 'wouter';
import { CALENDAR_MAX_PER_DAY } from '../../../../electron/contract';
import { Dialog } from '../../components/dialog';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { AgendaRow } from '../agenda/agenda-row';
import { userTimeZone } from '../agenda/time-text';
import { useCalendarRange } from '../agenda/use-agenda';
import { useNow } from '../agenda/use-now';
import { useCompleteDeadline } from '../deadlines/use-deadlines';
import { dateKey } from './calendar-grid';
import { slotLabel } from './create-chooser';

interface DayListDialogProps {
  day: Date;
  onClose: () => void;
  onOpenWeek: (day: Date) => void;
  onAdd: (day: Date) => void;
}

const LIST_ID = 'cal-day-list';

function countText(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'item' : 'items'}`;
}

export function DayListDialog({ day, onClose, onOpenWeek, onAdd }: DayListDialogProps) {
  const key = dateKey(day);
  const query = useCalendarRange(key, key, CALENDAR_MAX_PER_DAY);
  const complete = useCompleteDeadline();
  const now = useNow();
  const items = query.data?.items ?? [];
  const total = query.data?.crowdedDays.find((crowded) => crowded.date === key)?.total ?? items.length;
  const zone = userTimeZone();

  return (
    <Dialog
      title={slotLabel({ day })}
      description={query.data ? countText(total) : undefined}
      size="lg"
      onClose={onClose}
      initialFocusId={LIST_ID}
      footer={
        <>
          <button type="button" className="button" onClick={() => onOpenWeek(day)}>
            <CalendarRange size={14} aria-hidden="true" />
            Open week
          </button>
          <button type="button" className="button button-primary" onClick={() => onAdd(day)}>
            <CalendarPlus size={14} aria-hidden="true" />
            Add on this day
          </button>
        </>
      }
    >
      <div id={LIST_ID} className="cal-day-list" tabIndex={-1} aria-busy={query.isPending}>
        {query.isPending ? (
          <LoadingState label="Loading the day…" />
        ) : query.isError && !query.data ? (
          <ErrorState title="Could not load this day" error={query.error} onRetry={() => void query.refetch()} />
        ) : items.length ? (
          <>
            <ul className="agenda-list" aria-label={`On ${slotLabel({ day })}`}>
              {items.map((item) => (
                <AgendaRow
                  key={`${item.type}-${item.id}`}
                  item={item}
                  now={now}
                  today={dateKey(new Date(now))}
                  zone={zone}
                  showDay={false}
                  completing={item.type === 'deadline' && complete.pendingId === item.id}
                  onComplete={(done) => complete.run(done, done.completedAt === null)}
                />
              ))}
            </ul>
            {total > items.length ? (
              <p className="agenda-more">
                Showing the first {items.length.toLocaleString()} of {total.toLocaleString()}. The{' '}
                <Link href="/deadlines">Deadlines</Link> and <Link href="/interviews">Interviews</Link> lists have them
                all.
              </p>
            ) : null}
          </>
        ) : (
          <p className="agenda-none">Nothing on this day any more.</p>
        )}
      </div>
    </Dialog>
  );
}
