/**
 * Follow-up rules per stage: after how many days without contact a gig in that stage asks for a
 * follow-up (blank = never). Stored on the stage (stages.update {followUpDays}); logging an email,
 * call or meeting restarts the count.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Stage } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { SaveStatus } from './save-status';
import type { SaveState } from './use-settings-saver';

function parseDays(text: string): number | null | 'invalid' {
  if (!text.trim()) return null;
  const days = Number(text);
  return Number.isInteger(days) && days >= 1 && days <= 365 ? days : 'invalid';
}

function StageRow({ stage, onSave }: { stage: Stage; onSave: (days: number | null) => Promise<string | null> }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = `follow-up-${stage.id}`;
  const commit = async () => {
    if (draft === null) return;
    const days = parseDays(draft);
    if (days === 'invalid') return setError('Enter a whole number of days from 1 to 365, or leave it empty');
    if (days === stage.followUpDays) return setDraft(null);
    const failure = await onSave(days);
    setError(failure);
    if (!failure) setDraft(null);
  };
  return (
    <li className="stage-rule">
      <label htmlFor={id} className="stage-rule-name">
        {stage.name}
      </label>
      <div className="stage-rule-control">
        <span className="muted">Follow up after</span>
        <input
          id={id}
          className="input input-number"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          placeholder="never"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          value={draft ?? (stage.followUpDays === null ? '' : String(stage.followUpDays))}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void commit();
            }
          }}
        />
        <span className="muted">days without contact</span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error stage-rule-error">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function FollowUpRulesSection() {
  const queryClient = useQueryClient();
  const stages = useQuery({ queryKey: ['stages', 'list'], queryFn: () => call('stages.list', {}) });
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const update = useMutation({
    mutationFn: (input: { id: number; followUpDays: number | null }) => call('stages.update', input),
    onSuccess: (updated) => {
      queryClient.setQueryData<Stage[]>(['stages', 'list'], (list) =>
        list?.map((stage) => (stage.id === updated.id ? updated : stage)),
      );
      return invalidateEntities(queryClient, ['stages', 'reminders']);
    },
  });

  const save = async (stage: Stage, followUpDays: number | null): Promise<string | null> => {
    setState({ kind: 'saving' });
    try {
      await update.mutateAsync({ id: stage.id, followUpDays });
      setState({ kind: 'saved' });
      window.setTimeout(() => setState((s) => (s.kind === 'saved' ? { kind: 'idle' } : s)), 2500);
      return null;
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
      return isApiError(error) ? (error.issues[0]?.message ?? error.message) : errorMessage(error);
    }
  };

  const open = stages.data?.filter((stage) => stage.kind === 'open') ?? [];
  return (
    <section className="settings-section" aria-labelledby="settings-follow-ups">
      <header className="settings-section-header">
        <h2 id="settings-follow-ups">Follow-up rules</h2>
        <SaveStatus state={state} />
      </header>
      <p className="muted">
        When a gig sits in a stage this long without an email, call or meeting logged, Gigline reminds you to follow up.
        Leave a stage empty for no reminder. Won and lost stages never ask for follow-ups.
      </p>
      {stages.isPending ? (
        <LoadingState label="Loading stages…" />
      ) : stages.isError ? (
        <ErrorState title="Could not load the stages" error={stages.error} onRetry={() => void stages.refetch()} />
      ) : open.length === 0 ? (
        <p className="muted">No open stages yet. Add stages on the Pipeline board.</p>
      ) : (
        <ul className="settings-card stage-rules" aria-label="Follow-up after days without contact, per stage">
          {open.map((stage) => (
            <StageRow key={stage.id} stage={stage} onSave={(days) => save(stage, days)} />
          ))}
        </ul>
      )}
    </section>
  );
}
