/**
 * Habits clients notice: deadlines met, interviews and their outcomes, reminders to follow up or send an
 * update acted on, and how soon client messages got an answer — each only from what the rows record.
 */
import type { Insights, InsightPeriod, ReminderFollowThrough } from '../../../../electron/contract';
import { ACTED_ON_DAYS } from '../../../../electron/contract';
import { outcomeLabels } from '../gigs/gig-labels';
import { InsightBar, StackedBar } from './insight-bar';
import { InsightCard, InsightEmpty } from './insight-card';
import { formatCount, formatDuration, formatPercent, periodPhrase, plural } from './insight-format';

type Habits = Insights['habits'];

function Deadlines({ deadlines }: { deadlines: Habits['deadlines'] }) {
  const { onTime, late, overdue } = deadlines;
  const total = onTime + late + overdue;
  return (
    <div className="habit">
      <h3 id="habit-deadlines">Deadlines</h3>
      {total === 0 ? (
        <InsightEmpty>
          No deadlines were due in this period. Add them to your gigs and tick them off when done.
        </InsightEmpty>
      ) : (
        <>
          <p className="habit-headline">
            <strong>{formatPercent(onTime / total)}</strong> met on time
          </p>
          <StackedBar
            segments={[
              { key: 'on-time', value: onTime, tone: 'success' },
              { key: 'late', value: late, tone: 'warning' },
              { key: 'overdue', value: overdue, tone: 'danger' },
            ]}
          />
          <ul className="habit-legend" aria-labelledby="habit-deadlines">
            <li>
              <span className="legend-dot insight-bar-success" aria-hidden="true" />
              On time <strong>{formatCount(onTime)}</strong>
            </li>
            <li>
              <span className="legend-dot insight-bar-warning" aria-hidden="true" />
              Done late <strong>{formatCount(late)}</strong>
            </li>
            <li>
              <span className="legend-dot insight-bar-danger" aria-hidden="true" />
              Still open, overdue <strong>{formatCount(overdue)}</strong>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}

function Interviews({ interviews }: { interviews: Habits['interviews'] }) {
  const total = interviews.reduce((sum, row) => sum + row.count, 0);
  const max = Math.max(0, ...interviews.map((row) => row.count));
  const order = ['passed', 'rejected', 'no_show', 'cancelled', 'pending'] as const;
  return (
    <div className="habit">
      <h3 id="habit-interviews">Interviews</h3>
      {total === 0 ? (
        <InsightEmpty>No interviews in this period. Schedule them from a gig and log how each went.</InsightEmpty>
      ) : (
        <>
          <p className="habit-headline">
            <strong>{formatCount(total)}</strong> held
          </p>
          <ul className="habit-bars" aria-labelledby="habit-interviews">
            {order.map((outcome) => {
              const count = interviews.find((row) => row.outcome === outcome)?.count ?? 0;
              return (
                <li key={outcome}>
                  <span className="habit-bar-label">
                    {outcome === 'pending' ? 'No outcome yet' : outcomeLabels[outcome]}
                  </span>
                  <InsightBar value={count} max={max} tone={outcome === 'passed' ? 'success' : 'muted'} />
                  <strong className="insight-figure">{formatCount(count)}</strong>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

const reminderNames: Record<ReminderFollowThrough['kind'], string> = {
  follow_up: 'Follow-up reminders',
  cadence: 'Client-update reminders',
};

function FollowThrough({ reminders }: { reminders: Habits['reminders'] }) {
  const any = reminders.some((r) => r.reminded > 0 || r.waiting > 0);
  return (
    <div className="habit">
      <h3>Follow-ups and updates</h3>
      {!any ? (
        <InsightEmpty>
          None came due in this period. Set follow-up days on your stages and an update cadence on active gigs; Gigline
          reminds you and counts here whether you reached out.
        </InsightEmpty>
      ) : (
        <dl className="habit-facts">
          {reminders.map((r) => (
            <div key={r.kind}>
              <dt>{reminderNames[r.kind]}</dt>
              <dd>
                {r.reminded ? (
                  <>
                    <strong>{formatCount(r.actedOn)}</strong> of {formatCount(r.reminded)} acted on within{' '}
                    {ACTED_ON_DAYS} days
                  </>
                ) : (
                  <span className="muted">none came due</span>
                )}
                {r.waiting ? <span className="badge badge-warning">{formatCount(r.waiting)} waiting now</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

function Replies({ replies }: { replies: Habits['replies'] }) {
  return (
    <div className="habit">
      <h3>Replies to clients</h3>
      {replies.received === 0 ? (
        <InsightEmpty>
          Log the messages clients send you (“Message received” on a gig or client) to see how soon you answer.
        </InsightEmpty>
      ) : (
        <>
          <p className="habit-headline">
            {replies.medianReplyMinutes === null ? (
              'No reply logged yet'
            ) : (
              <>
                <strong>{formatDuration(replies.medianReplyMinutes)}</strong> median time to reply
              </>
            )}
          </p>
          <p className="muted">
            {formatCount(replies.replied)} of {plural(replies.received, 'client message')} followed by a message, email,
            call or meeting you logged.
          </p>
        </>
      )}
    </div>
  );
}

export function HabitsCard({ period, habits }: { period: InsightPeriod; habits: Habits }) {
  return (
    <InsightCard id="insights-habits" title="Habits clients notice" scope={`The ${periodPhrase(period)}, up to now.`}>
      <div className="habits-grid">
        <Deadlines deadlines={habits.deadlines} />
        <Interviews interviews={habits.interviews} />
        <FollowThrough reminders={habits.reminders} />
        <Replies replies={habits.replies} />
      </div>
    </InsightCard>
  );
}
