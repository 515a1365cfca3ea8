/**
 * The stage editor: rename, set the kind (open/won/lost) and follow-up days, reorder with the arrow
 * buttons, add, and delete (the core refuses a stage that still holds gigs; its message is shown).
 */
import { CircleAlert, LoaderCircle, Plus } from 'lucide-react';
import { useState } from 'react';
import { gigProcedures, type Stage } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Dialog } from '../../components/dialog';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { labelEntries, stageKindLabels } from '../gigs/gig-labels';
import { StageRow, stageButtonId } from './stage-row';
import { useStageMutations, useStages } from './use-pipeline';

function AddStageForm({ mutations }: { mutations: ReturnType<typeof useStageMutations> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Stage['kind']>('open');
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  const add = async () => {
    const parsed = gigProcedures['stages.create'].input.safeParse({ name, kind });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the name');
    try {
      const created = await mutations.create.mutateAsync({ name, kind });
      toast.success(`Added the stage ${created.name}`);
      setName('');
      setError(null);
    } catch (caught) {
      setError(isApiError(caught) && caught.issues[0] ? caught.issues[0].message : errorMessage(caught));
    }
  };

  return (
    <form
      className="stage-add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label className="field-label" htmlFor="new-stage-name">
        New stage
      </label>
      <div className="stage-add-row">
        <input
          id="new-stage-name"
          className="input"
          placeholder="e.g. Proposal sent"
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-stage-error' : undefined}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor="new-stage-kind" className="visually-hidden">
          New stage kind
        </label>
        <select
          id="new-stage-kind"
          className="select"
          value={kind}
          onChange={(event) => setKind(event.target.value as Stage['kind'])}
        >
          {labelEntries(stageKindLabels).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={mutations.create.isPending}>
          {mutations.create.isPending ? (
            <LoaderCircle size={14} className="spinner" aria-hidden="true" />
          ) : (
            <Plus size={14} aria-hidden="true" />
          )}
          Add stage
        </button>
      </div>
      {error ? (
        <p id="new-stage-error" className="field-error">
          <CircleAlert size={13} aria-hidden="true" />
          <span>{error}</span>
        </p>
      ) : null}
    </form>
  );
}

export function StagesDialog({ onClose }: { onClose: () => void }) {
  const stages = useStages();
  const mutations = useStageMutations();
  const toast = useToast();
  const [deleting, setDeleting] = useState<Stage | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const list = stages.data ?? [];

  const move = async (stage: Stage, delta: -1 | 1) => {
    const index = list.findIndex((s) => s.id === stage.id);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= list.length) return;
    const ids = list.map((s) => s.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    try {
      await mutations.reorder.mutateAsync(ids);
      setMoveError(null);
      requestAnimationFrame(() => document.getElementById(stageButtonId(stage.id, delta < 0 ? 'up' : 'down'))?.focus());
    } catch (caught) {
      setMoveError(errorMessage(caught));
    }
  };

  return (
    <Dialog
      title="Edit stages"
      description="Open stages are still in play; won and lost ones close a gig, so win rates stay honest. After a stage’s follow-up days, its cards are flagged and you are reminded to follow up."
      size="lg"
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {stages.isPending ? (
        <LoadingState label="Loading stages…" />
      ) : stages.isError ? (
        <ErrorState title="Could not load the stages" error={stages.error} onRetry={() => void stages.refetch()} />
      ) : (
        <>
          <div className="stage-list-head" aria-hidden="true">
            <span>Name</span>
            <span>Kind</span>
            <span>Follow up after (days)</span>
          </div>
          <ol className="stage-list" aria-label="Stages in board order">
            {list.map((stage, index) => (
              <StageRow
                key={stage.id}
                stage={stage}
                position={index + 1}
                count={stage.gigCount}
                mutations={mutations}
                onMove={(s, delta) => void move(s, delta)}
                onDelete={setDeleting}
              />
            ))}
          </ol>
          {moveError ? (
            <p className="alert" role="alert">
              <CircleAlert size={15} aria-hidden="true" />
              <span>{moveError}</span>
            </p>
          ) : null}
          <AddStageForm mutations={mutations} />
        </>
      )}
      {deleting ? (
        <ConfirmDialog
          title={`Delete the stage ${deleting.name}?`}
          confirmLabel="Delete stage"
          destructive
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await mutations.remove.mutateAsync(deleting.id);
            toast.success(`Deleted the stage ${deleting.name}`);
          }}
        >
          <p>
            The {deleting.name} column disappears from the board. A stage can only be deleted while it holds no gigs.
          </p>
        </ConfirmDialog>
      ) : null}
    </Dialog>
  );
}
