/**
 * One gig (#/gigs/12), fetched in one `gigs.get` call: header with stage and actions, key facts, rates
 * with their negotiation trail, clarifying questions, interviews, deadlines and the timeline.
 */
import { ArrowLeft, CalendarPlus, Flag, SearchX } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage, isApiError } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { useStages } from '../pipeline/use-pipeline';
import { GigFacts } from './gig-facts';
import { GigFormDialog } from './gig-form-dialog';
import { GigHeader } from './gig-header';
import { plural } from './gig-labels';
import { QuestionsSection } from './questions-section';
import { RateTrail } from './rate-trail';
import { TimelineSection } from './timeline-section';
import { useDeleteGig, useGig, useMoveGigStage, useSetGigArchived } from './use-gig';
import { DeadlineList, InterviewList, splitInterviews } from './work-lists';

type Confirming = 'archive' | 'delete' | null;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function GigDetailScreen({ gigId }: { gigId: number }) {
  const query = useGig(gigId);
  const stages = useStages();
  const move = useMoveGigStage();
  const setArchived = useSetGigArchived();
  const remove = useDeleteGig();
  const toast = useToast();
  const now = useNow();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const gig = query.data;
  useDocumentTitle(gig?.title, 'Pipeline');

  if (query.isPending) return <LoadingState label="Loading gig…" />;
  if (query.isError || !gig) {
    if (isApiError(query.error) && query.error.code === 'NOT_FOUND') {
      return (
        <div className="state-panel">
          <span className="empty-icon" aria-hidden="true">
            <SearchX size={20} />
          </span>
          <h2>This gig no longer exists</h2>
          <p>It may have been deleted, here or in another window.</p>
          <Link href="/pipeline" className="button">
            <ArrowLeft size={14} aria-hidden="true" />
            Back to the pipeline
          </Link>
        </div>
      );
    }
    return <ErrorState title="Could not load this gig" error={query.error} onRetry={() => void query.refetch()} />;
  }

  const changeStage = async (stageId: number) => {
    const name = stages.data?.find((s) => s.id === stageId)?.name ?? 'the new stage';
    try {
      await move.mutateAsync({ id: gig.id, stageId });
      toast.success(`Moved ${gig.title} to ${name}`);
    } catch (error) {
      toast.error(`Could not move ${gig.title}: ${errorMessage(error)}`);
    }
  };

  const unarchive = async () => {
    try {
      await setArchived.mutateAsync({ id: gig.id, archived: false });
      toast.success(`${gig.title} is back on the board`);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  const { upcoming, past } = splitInterviews(gig.interviews, now);
  const openDeadlines = gig.deadlines.filter((d) => d.completedAt === null);
  const doneDeadlines = gig.deadlines.filter((d) => d.completedAt !== null);
  return (
    <div className="page gig-page">
      <article className="gig-detail" aria-labelledby="gig-title">
        <GigHeader
          gig={gig}
          stages={stages.data ?? []}
          now={now}
          moving={move.isPending}
          onStage={(stageId) => void changeStage(stageId)}
          onEdit={() => setEditing(true)}
          onArchive={() => setConfirming('archive')}
          onUnarchive={() => void unarchive()}
          onDelete={() => setConfirming('delete')}
        />
        <div className="gig-columns">
          <div className="gig-main">
            <GigFacts gig={gig} />
            <QuestionsSection gig={gig} />
            <TimelineSection events={gig.timeline} target={{ gigId: gig.id }} now={now} />
          </div>
          <aside className="gig-side" aria-label="Rates, interviews and deadlines">
            <RateTrail gig={gig} />
            <section className="detail-section" aria-labelledby="gig-interviews-title">
              <div className="detail-section-header">
                <h3 id="gig-interviews-title">
                  Interviews {gig.interviews.length ? <span className="count">{gig.interviews.length}</span> : null}
                </h3>
                <a className="button button-sm" href={`#/interviews?new=1&gigId=${gig.id}`}>
                  <CalendarPlus size={14} aria-hidden="true" />
                  Schedule interview
                </a>
              </div>
              {upcoming.length ? <InterviewList interviews={upcoming} now={now} label="Upcoming interviews" /> : null}
              {past.length ? (
                <>
                  <h4 className="work-subhead">Past</h4>
                  <InterviewList interviews={past} now={now} label="Past interviews" />
                </>
              ) : null}
              {gig.interviews.length === 0 ? <p className="detail-empty">No interviews scheduled.</p> : null}
            </section>
            <section className="detail-section" aria-labelledby="gig-deadlines-title">
              <div className="detail-section-header">
                <h3 id="gig-deadlines-title">
                  Deadlines {openDeadlines.length ? <span className="count">{openDeadlines.length}</span> : null}
                </h3>
                <a className="button button-sm" href={`#/deadlines?new=1&gigId=${gig.id}`}>
                  <Flag size={14} aria-hidden="true" />
                  Add deadline
                </a>
              </div>
              {openDeadlines.length ? (
                <DeadlineList deadlines={openDeadlines} now={now} label="Open deadlines" />
              ) : doneDeadlines.length ? (
                <p className="detail-empty">Nothing open.</p>
              ) : null}
              {doneDeadlines.length ? (
                <>
                  <h4 className="work-subhead">Done</h4>
                  <DeadlineList deadlines={doneDeadlines} now={now} label="Completed deadlines" />
                </>
              ) : null}
              {gig.deadlines.length === 0 ? <p className="detail-empty">No deadlines yet.</p> : null}
            </section>
          </aside>
        </div>
      </article>

      {editing ? (
        <GigFormDialog
          mode={{ kind: 'edit', gig }}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            toast.success(`Saved ${saved.title}`);
          }}
        />
      ) : null}
      {confirming === 'archive' ? (
        <ConfirmDialog
          title={`Archive ${gig.title}?`}
          confirmLabel="Archive gig"
          onClose={() => setConfirming(null)}
          onConfirm={async () => {
            await setArchived.mutateAsync({ id: gig.id, archived: true });
            toast.success(`Archived ${gig.title}`);
          }}
        >
          <p>
            It leaves the board and the table’s default view. Its history, interviews and deadlines stay, and you can
            unarchive it at any time.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirming === 'delete' ? (
        <ConfirmDialog
          title={`Delete ${gig.title}?`}
          confirmLabel="Delete gig"
          destructive
          onClose={() => setConfirming(null)}
          onConfirm={async () => {
            await remove.mutateAsync(gig.id);
            toast.success(`Deleted ${gig.title}`);
            navigate('/pipeline');
          }}
        >
          <p>
            This permanently deletes the gig with its {plural(gig.interviews.length, 'interview')},{' '}
            {plural(gig.deadlines.length, 'deadline')}, questions, rate trail and timeline. It cannot be undone.
          </p>
          <p className="muted">To keep its history, archive it instead.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
