/** Tags as removable chips: type and press Enter or comma to add, Backspace on an empty field removes the last. */
import { X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Combobox } from './combobox';

interface TagInputProps {
  id: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  suggestions: readonly string[];
  /** Gets the list as committed on leaving the field (a half-typed tag is added, not lost). */
  onBlur?: (tags: string[]) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
}

export function TagInput({ id, value, onChange, suggestions, onBlur, ...a11y }: TagInputProps) {
  const [draft, setDraft] = useState('');
  const options = useMemo(() => {
    const chosen = new Set(value.map((tag) => tag.toLowerCase()));
    return suggestions.filter((tag) => !chosen.has(tag.toLowerCase())).map((tag) => ({ value: tag }));
  }, [suggestions, value]);

  const add = (raw: string): string[] => {
    const names = raw
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const known = new Set(value.map((tag) => tag.toLowerCase()));
    const next = [...value];
    for (const name of names) {
      if (known.has(name.toLowerCase())) continue;
      known.add(name.toLowerCase());
      next.push(name);
    }
    if (next.length !== value.length) onChange(next);
    setDraft('');
    return next;
  };

  return (
    <div className="tag-input">
      {value.length > 0 ? (
        <ul className="tag-input-chips" aria-label="Chosen tags">
          {value.map((tag) => (
            <li key={tag} className="chip">
              <span>{tag}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(value.filter((t) => t !== tag))}
              >
                <X size={11} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Combobox
        id={id}
        value={draft}
        options={options}
        maxOptions={6}
        placeholder={value.length ? 'Add another tag' : 'Type a tag and press Enter'}
        onChange={(text) => {
          if (text.includes(',')) add(text);
          else setDraft(text);
        }}
        onPick={(tag) => {
          add(tag);
        }}
        onBlur={() => onBlur?.(draft.trim() ? add(draft) : [...value])}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft.trim()) {
            event.preventDefault();
            add(draft);
          } else if (event.key === 'Backspace' && !draft && value.length) {
            onChange(value.slice(0, -1));
          }
        }}
        {...a11y}
      />
    </div>
  );
}
