/**
 * Deadlines: Open, Completed or All on the left, grouped by when they are due; the open deadline on the
 * right (#/deadlines/7). `#/deadlines?new=1&gigId=3&date=2026-11-30` opens the form prefilled.
 */
import { CalendarClock, CircleCheck, Plus } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import { useDocumentTitle } from '../../app/use-document-title';
import { useNewItemParam } from '../../app/use-new-item-param';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { ExportCsvButton } from '../transfer/export-csv-button';
import { DeadlineDetail } from './deadline-detail';
import { DeadlineFormDialog, type DeadlineFormMode } from './deadline-form-dialog';
import type { DeadlineStatus } from './deadline-groups';
import { DeadlineList } from './deadline-list';
import { deadlinePrefillFromParams } from './deadline-prefill';
import { useDeadlineList, useDeadlineTotal } from './use-deadlines';

const statuses: { value: DeadlineStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'completed', label: 'Completed' },
  { value: 'all', label: 'All' },
];

const emptyText: Record<DeadlineStatus, string> = {
  open: 'Nothing open. Everything is done — or add what is coming up next.',
  completed: 'Nothing completed yet. Tick a deadline when it is done and it shows here.',
  all: 'No deadlines yet.',
};

export function DeadlinesScreen({ selectedId }: { selectedId: number | null }) {
  const [, navigate] = useLocation();
  const toast = useToast();
  const [status, setStatus] = useState<DeadlineStatus>('open');
  const [form, setForm] = useState<DeadlineFormMode | null>(null);
  const list = useDeadlineList(status);
  const all = useDeadlineTotal();
  useDocumentTitle(selectedId === null ? 'Deadlines' : null);

  useNewItemParam((params) => {
    void deadlinePrefillFromParams(params).then((prefill) => setForm({ kind: 'create', prefill }));
  });
  const { fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const dialog = form ? (
    <DeadlineFormDialog
      mode={form}
      onClose={() => setForm(null)}
      onSaved={(saved, created) => {
        setForm(null);
        toast.success(created ? `Added “${saved.title}”` : `Saved “${saved.title}”`);
        if (created) navigate(`/deadlines/${saved.id}`);
      }}
    />
  ) : null;

  if (list.isPending || all.isPending) return <LoadingState label="Loading deadlines…" />;
  if (list.isError && !list.data) {
    return <ErrorState title="Could not load your deadlines" error={list.error} onRetry={() => void list.refetch()} />;
  }

  const items = list.data.pages.flatMap((page) => page.items);
  const total = list.data.pages.at(-1)?.total ?? 0;
  if (all.data === 0 && selectedId === null) {
    return (
      <div className="page">
        <header className="page-header">
          <h1>Deadlines</h1>
        </header>
        <div className="state-panel first-client">
          <span className="empty-icon" aria-hidden="true">
            <CalendarClock size={20} />
          </span>
          <h2>Add your first deadline</h2>
          <p>
            Proposals, deliveries, follow-ups: give each a time or a whole day, and Gigline reminds you ahead — days
            before and on the morning itself.
          </p>
          <div className="state-panel-actions">
            <button type="button" className="button button-primary" onClick={() => setForm({ kind: 'create' })}>
              <Plus size={14} aria-hidden="true" />
              New deadline
            </button>
          </div>
        </div>
        {dialog}
      </div>
    );
  }

  return (
    <div className="schedule-screen" data-has-selection={selectedId !== null}>
      <section className="list-pane" aria-labelledby="deadlines-title">
        <header className="pane-header">
          <h1 id="deadlines-title">Deadlines</h1>
          <ExportCsvButton input={{ list: 'deadlines', filters: { status } }} />
          <button type="button" className="button button-primary button-sm" onClick={() => setForm({ kind: 'create' })}>
            <Plus size={14} aria-hidden="true" />
            New deadline
          </button>
        </header>
        <div className="list-toolbar">
          <fieldset className="segmented segmented-fill">
            <legend className="visually-hidden">Show</legend>
            {statuses.map((option) => (
              <label key={option.value} className="segmented-option">
                <input
                  type="radio"
                  name="deadline-status"
                  value={option.value}
                  checked={status === option.value}
                  onChange={() => setStatus(option.value)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
        </div>
        <p className="list-count" role="status">
          {total === 1 ? '1 deadline' : `${total.toLocaleString()} deadlines`}
        </p>
        {total === 0 ? (
          <div className="state-panel list-empty">
            <span className="empty-icon" aria-hidden="true">
              <CircleCheck size={18} />
            </span>
            <p>{emptyText[status]}</p>
          </div>
        ) : (
          <DeadlineList
            status={status}
            items={items}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={loadMore}
            selectedId={selectedId}
          />
        )}
      </section>
      <section className="detail-pane" aria-label="Deadline details">
        {selectedId === null ? (
          <div className="state-panel nothing-open">
            <p>Choose a deadline to see its details, reminders and notes.</p>
          </div>
        ) : (
          <DeadlineDetail
            key={selectedId}
            deadlineId={selectedId}
            onEdit={(deadline) => setForm({ kind: 'edit', deadline })}
            onDeleted={() => navigate('/deadlines')}
          />
        )}
      </section>
      {dialog}
    </div>
  );
}
