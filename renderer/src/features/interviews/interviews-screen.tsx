/**
 * Interviews: upcoming and past on the left (filter by outcome), the open interview on the right
 * (#/interviews/12). `#/interviews?new=1&gigId=3&date=2026-11-30&time=14:00` opens the form prefilled.
 */
import { MessagesSquare, Plus } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useDocumentTitle } from '../../app/use-document-title';
import { useNewItemParam } from '../../app/use-new-item-param';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { ExportCsvButton } from '../transfer/export-csv-button';
import { InterviewDetail } from './interview-detail';
import { InterviewFormDialog, type InterviewFormMode } from './interview-form-dialog';
import { interviewOutcomes, outcomeLabels, thankYouOutcomes } from './interview-form-model';
import { InterviewList, type SectionData } from './interview-list';
import { prefillFromParams } from './interview-prefill';
import { useInterviewList, type OutcomeFilter } from './use-interviews';

function startOfToday(): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

function useSection(section: 'upcoming' | 'past', outcome: OutcomeFilter, split: number) {
  const query = useInterviewList(section, outcome, split);
  const { fetchNextPage } = query;
  const data: SectionData = {
    items: query.data?.pages.flatMap((page) => page.items) ?? [],
    total: query.data?.pages.at(-1)?.total ?? 0,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void fetchNextPage(),
  };
  return { ...data, query };
}

export function InterviewsScreen({ selectedId }: { selectedId: number | null }) {
  const [, navigate] = useLocation();
  const toast = useToast();
  const [outcome, setOutcome] = useState<OutcomeFilter>('any');
  const [split] = useState(startOfToday);
  const [form, setForm] = useState<InterviewFormMode | null>(null);
  const [offerFor, setOfferFor] = useState<number | null>(null);
  const upcoming = useSection('upcoming', outcome, split);
  const past = useSection('past', outcome, split);
  useDocumentTitle(selectedId === null ? 'Interviews' : null);

  useNewItemParam((params) => {
    void prefillFromParams(params).then((prefill) => setForm({ kind: 'create', prefill }));
  });

  const dialog = form ? (
    <InterviewFormDialog
      mode={form}
      onClose={() => setForm(null)}
      onSaved={(saved, previous) => {
        setForm(null);
        toast.success(previous ? 'Interview saved' : `Scheduled the ${saved.clientName} interview`);
        if (previous && saved.outcome !== previous.outcome && thankYouOutcomes.includes(saved.outcome))
          setOfferFor(saved.id);
        if (!previous) navigate(`/interviews/${saved.id}`);
      }}
    />
  ) : null;

  if (upcoming.query.isPending || past.query.isPending) return <LoadingState label="Loading interviews…" />;
  const failed = upcoming.query.isError ? upcoming.query : past.query.isError ? past.query : null;
  if (failed && !failed.data) {
    return (
      <ErrorState title="Could not load your interviews" error={failed.error} onRetry={() => void failed.refetch()} />
    );
  }

  if (upcoming.total + past.total === 0 && outcome === 'any' && selectedId === null) {
    return (
      <div className="page">
        <header className="page-header">
          <h1>Interviews</h1>
        </header>
        <div className="state-panel first-client">
          <span className="empty-icon" aria-hidden="true">
            <MessagesSquare size={20} />
          </span>
          <h2>Schedule your first interview</h2>
          <p>
            Add a call, video or on-site interview for one of your gigs. Gigline shows it in your time and the client’s,
            and gives you a prep checklist to work through before it starts.
          </p>
          <div className="state-panel-actions">
            <button type="button" className="button button-primary" onClick={() => setForm({ kind: 'create' })}>
              <Plus size={14} aria-hidden="true" />
              Schedule interview
            </button>
          </div>
        </div>
        {dialog}
      </div>
    );
  }

  return (
    <div className="schedule-screen" data-has-selection={selectedId !== null}>
      <section className="list-pane" aria-labelledby="interviews-title">
        <header className="pane-header">
          <h1 id="interviews-title">Interviews</h1>
          <ExportCsvButton input={{ list: 'interviews', filters: outcome === 'any' ? {} : { outcome } }} />
          <button type="button" className="button button-primary button-sm" onClick={() => setForm({ kind: 'create' })}>
            <Plus size={14} aria-hidden="true" />
            Schedule interview
          </button>
        </header>
        <div className="list-toolbar">
          <label htmlFor="interview-outcome-filter" className="visually-hidden">
            Show interviews with outcome
          </label>
          <select
            id="interview-outcome-filter"
            className="select select-sm"
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as OutcomeFilter)}
          >
            <option value="any">Any outcome</option>
            {interviewOutcomes.map((value) => (
              <option key={value} value={value}>
                {outcomeLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <InterviewList upcoming={upcoming} past={past} selectedId={selectedId} />
      </section>
      <section className="detail-pane" aria-label="Interview details">
        {selectedId === null ? (
          <div className="state-panel nothing-open">
            <p>Choose an interview to see its time, people and prep checklist.</p>
          </div>
        ) : (
          <InterviewDetail
            key={selectedId}
            interviewId={selectedId}
            onEdit={(interview) => setForm({ kind: 'edit', interview })}
            onDeleted={() => navigate('/interviews')}
            offerThankYou={offerFor === selectedId}
            onOfferThankYou={(show) => setOfferFor(show ? selectedId : null)}
          />
        )}
      </section>
      {dialog}
    </div>
  );
}
