/**
 * One interview kind's prep checklist: edit, reorder (buttons, so the keyboard works), add and remove
 * items, then save. New interviews of that kind start from this list; existing checklists stay as they are.
 */
import { ArrowDown, ArrowUp, CircleAlert, LoaderCircle, Plus, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { interviewProcedures, type interviewKinds } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { issuesToErrors, zodIssues, type FieldErrors } from '../../components/form-errors';

export type InterviewKind = (typeof interviewKinds)[number];
export interface DraftItem {
  key: number;
  text: string;
}

interface PrepTemplateEditorProps {
  kind: InterviewKind;
  kindLabel: string;
  saved: readonly string[];
  draft: DraftItem[];
  onDraft: (items: DraftItem[]) => void;
  onSave: (items: string[]) => Promise<void>;
  onSaved: () => void;
}

let nextKey = 1;
export function toDraft(items: readonly string[]): DraftItem[] {
  return items.map((text) => ({ key: nextKey++, text }));
}

const updateSchema = interviewProcedures['prepTemplates.update'].input;

export function PrepTemplateEditor(props: PrepTemplateEditorProps) {
  const { kind, kindLabel, saved, draft, onDraft, onSave, onSaved } = props;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const dirty = draft.length !== saved.length || draft.some((item, i) => item.text !== saved[i]);

  const focusItem = (index: number, selector = 'input') =>
    requestAnimationFrame(() =>
      listRef.current?.querySelectorAll<HTMLElement>(`li`)[index]?.querySelector<HTMLElement>(selector)?.focus(),
    );
  const move = (index: number, delta: -1 | 1) => {
    const next = [...draft];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + delta, 0, item);
    onDraft(next);
    focusItem(index + delta, delta < 0 ? '[data-move="up"]' : '[data-move="down"]');
  };

  const save = async () => {
    const items = draft.map((item) => item.text.trim());
    const parsed = updateSchema.safeParse({ kind, items });
    if (!parsed.success) {
      setErrors(issuesToErrors(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    setFailure(null);
    setPending(true);
    try {
      await onSave(parsed.data.items);
      onSaved();
    } catch (error) {
      if (isApiError(error)) setErrors(issuesToErrors(error.issues));
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="prep-editor">
      {draft.length === 0 ? (
        <p className="muted">No items: interviews of this kind start with an empty checklist. Add one below.</p>
      ) : null}
      <ol ref={listRef} className="prep-items" aria-label={`${kindLabel} checklist`}>
        {draft.map((item, index) => {
          const error = errors[`items.${index}`];
          const id = `prep-${kind}-${item.key}`;
          return (
            <li key={item.key} className="prep-item">
              <span className="prep-item-number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="prep-item-field">
                <label htmlFor={id} className="visually-hidden">
                  Item {index + 1}
                </label>
                <input
                  id={id}
                  className="input"
                  value={item.text}
                  maxLength={500}
                  aria-invalid={Boolean(error)}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) =>
                    onDraft(draft.map((d) => (d.key === item.key ? { ...d, text: event.target.value } : d)))
                  }
                />
                {error ? (
                  <p id={`${id}-error`} className="field-error">
                    <CircleAlert size={13} aria-hidden="true" />
                    <span>{error}</span>
                  </p>
                ) : null}
              </div>
              <button
                type="button"
                className="icon-button"
                data-move="up"
                aria-label={`Move item ${index + 1} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <ArrowUp size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button"
                data-move="down"
                aria-label={`Move item ${index + 1} down`}
                disabled={index === draft.length - 1}
                onClick={() => move(index, 1)}
              >
                <ArrowDown size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button icon-button-danger"
                aria-label={`Remove item ${index + 1}`}
                onClick={() => {
                  onDraft(draft.filter((d) => d.key !== item.key));
                  focusItem(Math.min(index, draft.length - 2));
                }}
              >
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ol>
      {errors.items ? <p className="field-error">{errors.items}</p> : null}
      {failure ? (
        <p className="alert" role="alert">
          <CircleAlert size={15} aria-hidden="true" />
          <span>{failure}</span>
        </p>
      ) : null}
      <div className="prep-editor-actions">
        <button
          type="button"
          className="button"
          disabled={draft.length >= 50}
          onClick={() => {
            onDraft([...draft, ...toDraft([''])]);
            focusItem(draft.length);
          }}
        >
          <Plus size={14} aria-hidden="true" />
          Add item
        </button>
        <span className="prep-editor-spacer" />
        {dirty ? (
          <button type="button" className="button button-ghost" onClick={() => onDraft(toDraft(saved))}>
            Discard changes
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          disabled={!dirty || pending}
          onClick={() => void save()}
        >
          {pending ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
          Save {kindLabel.toLowerCase()} checklist
        </button>
      </div>
    </div>
  );
}
