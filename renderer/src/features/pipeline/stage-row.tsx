/** One editable stage in the stage editor: name and follow-up days save on leaving the field, kind on change. */
import { ArrowDown, ArrowUp, CircleAlert, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { gigProcedures, type Stage } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { labelEntries, stageKindLabels } from '../gigs/gig-labels';
import type { useStageMutations } from './use-pipeline';

interface StageRowProps {
  stage: Stage;
  position: number;
  count: number;
  mutations: ReturnType<typeof useStageMutations>;
  onMove: (stage: Stage, delta: -1 | 1) => void;
  onDelete: (stage: Stage) => void;
}

export const stageButtonId = (id: number, action: 'up' | 'down') => `stage-${id}-${action}`;

export function StageRow({ stage, position, count, mutations, onMove, onDelete }: StageRowProps) {
  const [name, setName] = useState(stage.name);
  const [days, setDays] = useState(stage.followUpDays === null ? '' : String(stage.followUpDays));
  const [error, setError] = useState<string | null>(null);
  const label = `Stage ${position}`;
  const errorId = `stage-${stage.id}-error`;

  const save = async (patch: { name?: string; kind?: Stage['kind']; followUpDays?: number | null }) => {
    const input = { id: stage.id, ...patch };
    const parsed = gigProcedures['stages.update'].input.safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check this stage');
    try {
      await mutations.update.mutateAsync(input);
      setError(null);
    } catch (caught) {
      setError(isApiError(caught) && caught.issues[0] ? caught.issues[0].message : errorMessage(caught));
    }
  };

  const saveName = () => {
    // Typing the saved name back clears a complaint about an earlier attempt.
    if (name.trim() === stage.name) return setError(null);
    void save({ name });
  };

  const saveDays = () => {
    const trimmed = days.trim();
    if (trimmed === (stage.followUpDays === null ? '' : String(stage.followUpDays))) return;
    if (trimmed && !/^\d+$/.test(trimmed)) return setError('Enter follow-up days as a whole number, like 7');
    void save({ followUpDays: trimmed ? Number(trimmed) : null });
  };

  const invalid = error !== null;
  return (
    <li className={`stage-row kind-${stage.kind}`}>
      <span className="stage-dot" aria-hidden="true" />
      <input
        className="input stage-name"
        aria-label={`${label} name`}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={saveName}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            saveName();
          }
        }}
      />
      <select
        className="select stage-kind-select"
        aria-label={`${label} kind`}
        value={stage.kind}
        onChange={(event) => void save({ kind: event.target.value as Stage['kind'] })}
      >
        {labelEntries(stageKindLabels).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <input
        className="input stage-days"
        aria-label={`${label} follow-up days`}
        inputMode="numeric"
        placeholder="—"
        value={days}
        onChange={(event) => setDays(event.target.value)}
        onBlur={saveDays}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            saveDays();
          }
        }}
      />
      <span className="stage-count" title="Gigs in this stage">
        {count === 1 ? '1 gig' : `${count} gigs`}
      </span>
      <div className="stage-actions">
        {(['up', 'down'] as const).map((direction) => (
          <button
            key={direction}
            id={stageButtonId(stage.id, direction)}
            type="button"
            className="icon-button"
            aria-label={`Move ${stage.name} ${direction}`}
            onClick={() => onMove(stage, direction === 'up' ? -1 : 1)}
          >
            {direction === 'up' ? <ArrowUp size={14} aria-hidden="true" /> : <ArrowDown size={14} aria-hidden="true" />}
          </button>
        ))}
        <button
          type="button"
          className="icon-button icon-button-danger"
          aria-label={`Delete stage ${stage.name}`}
          onClick={() => onDelete(stage)}
        >
          <Trash2 size={14} aria-hidden="true" />
        </button>
      </div>
      {error ? (
        <p id={errorId} className="field-error stage-error">
          <CircleAlert size={13} aria-hidden="true" />
          <span>{error}</span>
        </p>
      ) : null}
    </li>
  );
}
