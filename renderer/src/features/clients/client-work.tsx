/**
 * What a client's detail shows of the work: its gigs (with stage and rate, linking to each gig), its
 * upcoming and past interviews, open deadlines, and the timeline with the log form — all from the same
 * `clients.get` call as the rest of the screen.
 */
import { Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ClientDetail, GigSummary } from '../../../../electron/contract';
import { formatRate } from '../gigs/money-input';
import { TimelineSection } from '../gigs/timeline-section';
import { DeadlineList, InterviewList, splitInterviews } from '../gigs/work-lists';

function useMinuteNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function GigRow({ gig, clientId }: { gig: GigSummary; clientId: number }) {
  const rate = gig.agreedRateMinor ?? gig.proposedRateMinor;
  return (
    <li className={gig.archivedAt !== null ? 'work-item is-archived' : 'work-item'}>
      <div className="work-item-main">
        <Link href={`/gigs/${gig.id}`} className="work-item-title">
          {gig.title}
        </Link>
        <span className="work-item-meta">
          {rate !== null && gig.currency ? (
            <span>
              {formatRate(rate, gig.currency, gig.rateUnit)} {gig.agreedRateMinor !== null ? 'agreed' : 'proposed'}
            </span>
          ) : null}
          {gig.clientId !== clientId ? <span>As agency for {gig.clientName}</span> : null}
          {gig.archivedAt !== null ? <span>Archived</span> : null}
        </span>
      </div>
      <span className={`stage-pill kind-${gig.stageKind}`}>{gig.stageName}</span>
    </li>
  );
}

export function ClientWork({ client }: { client: ClientDetail }) {
  const now = useMinuteNow();
  const { upcoming, past } = splitInterviews(client.interviews, now);
  const open = client.deadlines.filter((deadline) => deadline.completedAt === null);
  return (
    <>
      <section className="detail-section" aria-labelledby="client-gigs-title">
        <div className="detail-section-header">
          <h3 id="client-gigs-title">
            Gigs {client.gigs.length ? <span className="count">{client.gigs.length}</span> : null}
          </h3>
          <a className="button button-sm" href={`#/pipeline?new=1&clientId=${client.id}`}>
            <Plus size={14} aria-hidden="true" />
            New gig
          </a>
        </div>
        {client.gigs.length ? (
          <ul className="work-list" aria-label={`Gigs for ${client.name}`}>
            {client.gigs.map((gig) => (
              <GigRow key={gig.id} gig={gig} clientId={client.id} />
            ))}
          </ul>
        ) : (
          <p className="detail-empty">No gigs yet. Add the work you are discussing with {client.name}.</p>
        )}
      </section>
      <section className="detail-section" aria-labelledby="client-interviews-title">
        <h3 id="client-interviews-title">
          Interviews {client.interviews.length ? <span className="count">{client.interviews.length}</span> : null}
        </h3>
        {upcoming.length ? (
          <InterviewList interviews={upcoming} now={now} showGig label="Upcoming interviews" />
        ) : (
          <p className="detail-empty">No interviews coming up.</p>
        )}
        {past.length ? (
          <>
            <h4 className="work-subhead">Past</h4>
            <InterviewList interviews={past.slice(0, 10)} now={now} showGig label="Past interviews" />
          </>
        ) : null}
      </section>
      <section className="detail-section" aria-labelledby="client-deadlines-title">
        <h3 id="client-deadlines-title">
          Open deadlines {open.length ? <span className="count">{open.length}</span> : null}
        </h3>
        {open.length ? (
          <DeadlineList deadlines={open} now={now} showGig label={`Open deadlines for ${client.name}`} />
        ) : (
          <p className="detail-empty">Nothing due.</p>
        )}
      </section>
      <TimelineSection events={client.timeline} target={{ clientId: client.id }} showGig now={now} />
    </>
  );
}
