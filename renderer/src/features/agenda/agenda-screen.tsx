/**
 * The home screen: what is overdue, what is on today and what comes in the next seven days — interviews
 * and deadlines merged in time order (the core sorts them). Refreshes on data changes, at the next due
 * time today and when the local day changes.
 */
import { CalendarPlus, MessageSquarePlus } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { AgendaItem } from '../../../../electron/contract';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { DeadlineFormDialog } from '../deadlines/deadline-form-dialog';
import { useCompleteDeadline } from '../deadlines/use-deadlines';
import { InterviewFormDialog } from '../interviews/interview-form-dialog';
import { AgendaRow } from './agenda-row';
import { dayLabel, formatLongDay, userTimeZone } from './time-text';
import { useAgenda, useRefreshAtDayChange } from './use-agenda';

type Creating = 'deadline' | 'interview' | null;

interface SectionProps {
  id: string;
  title: string;
  count: number;
  tone?: 'danger';
  children: ReactNode;
}

function AgendaSection({ id, title, count, tone, children }: SectionProps) {
  return (
    <section className={`agenda-section${tone ? ` agenda-section-${tone}` : ''}`} aria-labelledby={id}>
      <h2 id={id} className="agenda-section-title">
        {title} {count ? <span className="count">{count.toLocaleString()}</span> : null}
      </h2>
      {children}
    </section>
  );
}

/** Under a section the core cut short: how many there are, and where to see them all. */
function MoreNote({
  shown,
  total,
  what,
  href,
  place,
}: {
  shown: number;
  total: number;
  what: string;
  href: string;
  place: string;
}) {
  if (total <= shown) return null;
  return (
    <p className="agenda-more">
      Showing {what} {shown} of {total.toLocaleString()}. <Link href={href}>See them all in {place}</Link>.
    </p>
  );
}

/** Upcoming items under a heading per day ("Tomorrow", "Sat, Jan 17"). */
function byDay(items: readonly AgendaItem[]): [string, AgendaItem[]][] {
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) days.set(item.date, [...(days.get(item.date) ?? []), item]);
  return [...days.entries()];
}

/** The next timed deadline still ahead today: when it passes, it moves to Overdue. */
function nextDueToday(items: readonly AgendaItem[]): number | null {
  const now = Date.now();
  const times = items.filter((i) => i.type === 'deadline' && i.at !== null && i.at > now).map((i) => i.at ?? 0);
  return times.length ? Math.min(...times) : null;
}

export function AgendaScreen() {
  const agenda = useAgenda();
  const complete = useCompleteDeadline();
  const toast = useToast();
  const [creating, setCreating] = useState<Creating>(null);
  useDocumentTitle('Agenda');
  useRefreshAtDayChange(agenda.data ? nextDueToday(agenda.data.todayItems) : null);

  const dialogs =
    creating === 'deadline' ? (
      <DeadlineFormDialog
        mode={{ kind: 'create' }}
        onClose={() => setCreating(null)}
        onSaved={(saved) => {
          setCreating(null);
          toast.success(`Added “${saved.title}”`);
        }}
      />
    ) : creating === 'interview' ? (
      <InterviewFormDialog
        mode={{ kind: 'create' }}
        onClose={() => setCreating(null)}
        onSaved={(saved) => {
          setCreating(null);
          toast.success(`Scheduled the ${saved.clientName} interview`);
        }}
      />
    ) : null;

  const header = (subtitle: string | null) => (
    <header className="page-header agenda-header">
      <div>
        <h1>Agenda</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      <div className="page-actions">
        <button type="button" className="button" onClick={() => setCreating('deadline')}>
          <CalendarPlus size={14} aria-hidden="true" />
          New deadline
        </button>
        <button type="button" className="button button-primary" onClick={() => setCreating('interview')}>
          <MessageSquarePlus size={14} aria-hidden="true" />
          Schedule interview
        </button>
      </div>
    </header>
  );

  if (agenda.isPending) return <LoadingState label="Loading your agenda…" />;
  if (agenda.isError) {
    return <ErrorState title="Could not load your agenda" error={agenda.error} onRetry={() => void agenda.refetch()} />;
  }

  const { overdue, todayItems, upcoming, today, now, counts } = agenda.data;
  const zone = userTimeZone();
  const rowProps = {
    now,
    today,
    zone,
    completing: false,
    onComplete: (item: AgendaItem) => complete.run(item, item.completedAt === null),
  };
  const rows = (items: readonly AgendaItem[], showDay: boolean) => (
    <ul className="agenda-list">
      {items.map((item) => (
        <AgendaRow
          key={`${item.type}-${item.id}`}
          item={item}
          showDay={showDay}
          {...rowProps}
          completing={item.type === 'deadline' && complete.pendingId === item.id}
        />
      ))}
    </ul>
  );

  return (
    <div className="page agenda-page">
      {header(formatLongDay(today))}
      {overdue.length ? (
        <AgendaSection
          id="agenda-overdue"
          title="Overdue"
          count={Math.max(counts.overdue, overdue.length)}
          tone="danger"
        >
          {rows(overdue, true)}
          <MoreNote
            shown={overdue.length}
            total={counts.overdue}
            what="the latest"
            href="/deadlines"
            place="Deadlines"
          />
        </AgendaSection>
      ) : null}
      <AgendaSection id="agenda-today" title="Today" count={Math.max(counts.today, todayItems.length)}>
        {todayItems.length ? (
          <>
            {rows(todayItems, false)}
            <MoreNote
              shown={todayItems.length}
              total={counts.today}
              what="the first"
              href="/calendar"
              place="the calendar"
            />
          </>
        ) : (
          <p className="agenda-none">Nothing due today. Add a deadline or schedule an interview.</p>
        )}
      </AgendaSection>
      <AgendaSection id="agenda-upcoming" title="Next 7 days" count={Math.max(counts.upcoming, upcoming.length)}>
        {upcoming.length ? (
          <>
            {byDay(upcoming).map(([day, items]) => (
              <div key={day} className="agenda-day">
                <h3 className="agenda-day-title">{dayLabel(day, today)}</h3>
                {rows(items, false)}
              </div>
            ))}
            <MoreNote
              shown={upcoming.length}
              total={counts.upcoming}
              what="the first"
              href="/calendar"
              place="the calendar"
            />
          </>
        ) : (
          <p className="agenda-none">Nothing in the next 7 days yet. Plan ahead: add the next deadline or interview.</p>
        )}
      </AgendaSection>
      {dialogs}
    </div>
  );
}
