/**
 * The interview's prep checklist: a progress bar, items to tick (saved at once), your own items added at
 * the end, and removal with an Undo toast (the item comes back at the end of the list).
 */
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { InterviewDetail, PrepItem } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { useToast } from '../../components/toast';
import { usePrepChange } from './use-interviews';

export function PrepChecklist({ interview }: { interview: InterviewDetail }) {
  const change = usePrepChange();
  const toast = useToast();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A ticked box shows its new state at once: the cached copy changes only after in-flight fetches are
  // cancelled, and a controlled box snaps back until then. The saved state takes over when the save settles.
  const [ticked, setTicked] = useState<ReadonlyMap<number, boolean>>(new Map());
  const items = interview.prepItems;
  const isDone = (item: PrepItem) => ticked.get(item.id) ?? item.doneAt !== null;
  const done = items.filter(isDone).length;
  const percent = items.length ? Math.round((done / items.length) * 100) : 0;
  const run = (input: Parameters<typeof change.mutateAsync>[0]) =>
    change.mutateAsync(input).catch((caught: unknown) => {
      toast.error(errorMessage(caught));
      throw caught;
    });

  const add = async () => {
    const text = draft.trim();
    if (!text) return setError('Type what you want to prepare');
    if (text.length > 500) return setError('Checklist item must be at most 500 characters');
    setError(null);
    try {
      await run({ kind: 'add', interviewId: interview.id, text });
      setDraft('');
    } catch {
      // The toast has said why; the text stays in the field to try again.
    }
  };

  const toggle = (item: PrepItem, checked: boolean) => {
    setTicked((current) => new Map(current).set(item.id, checked));
    void run({ kind: 'toggle', interviewId: interview.id, id: item.id, done: checked })
      .catch(() => undefined)
      .finally(() =>
        setTicked((current) => {
          const next = new Map(current);
          next.delete(item.id);
          return next;
        }),
      );
  };

  const remove = (item: PrepItem) => {
    void run({ kind: 'delete', interviewId: interview.id, id: item.id }).then(
      () =>
        toast.success(`Removed “${item.text}”`, {
          action: {
            label: 'Undo',
            run: () =>
              void run({ kind: 'add', interviewId: interview.id, text: item.text }).then(async (restored) => {
                if (item.doneAt !== null && 'interviewId' in restored)
                  await run({ kind: 'toggle', interviewId: interview.id, id: restored.id, done: true });
              }),
          },
        }),
      () => undefined,
    );
  };

  return (
    <section className="detail-section" aria-labelledby="prep-title">
      <div className="detail-section-header">
        <h3 id="prep-title">Prep checklist</h3>
        <span className="prep-summary">{items.length ? `${done} of ${items.length} done` : 'No items'}</span>
      </div>
      {items.length ? (
        <div
          className={`progress${done === items.length ? ' is-complete' : ''}`}
          role="progressbar"
          aria-label="Prep progress"
          aria-valuemin={0}
          aria-valuemax={items.length}
          aria-valuenow={done}
          aria-valuetext={`${done} of ${items.length} done`}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
      ) : null}
      {items.length ? (
        <ul className="prep-list" aria-label="Prep checklist">
          {items.map((item) => (
            <li key={item.id} className={`prep-check-item${isDone(item) ? ' is-done' : ''}`}>
              <label className="prep-check">
                <input
                  type="checkbox"
                  checked={isDone(item)}
                  onChange={(event) => toggle(item, event.target.checked)}
                />
                <span>{item.text}</span>
              </label>
              <button
                type="button"
                className="icon-button icon-button-danger prep-remove"
                aria-label={`Remove “${item.text}”`}
                onClick={() => remove(item)}
              >
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="detail-empty">Nothing to prepare yet. Add what you want to have ready before the call.</p>
      )}
      <form
        className="prep-add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor="prep-new" className="visually-hidden">
          New checklist item
        </label>
        <input
          id="prep-new"
          className="input"
          placeholder="Add your own item, e.g. Re-read their job post"
          value={draft}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'prep-new-error' : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) setError(null);
          }}
        />
        <button type="submit" className="button" disabled={change.isPending && change.variables.kind === 'add'}>
          <Plus size={14} aria-hidden="true" />
          Add item
        </button>
      </form>
      {error ? (
        <p id="prep-new-error" className="field-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
