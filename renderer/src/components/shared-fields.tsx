/** Fields that several forms show the same way: a date, a time, free-text notes and a tag list. */
import { Field } from './field';
import { TagInput } from './tag-input';

interface NotesFieldProps {
  id: string;
  value: string;
  error: string | undefined;
  rows?: number;
  placeholder?: string;
  onChange: (key: 'notes', value: string) => void;
  onBlur: (key: 'notes') => void;
}

export function NotesField({ id, value, error, rows = 3, placeholder, onChange, onBlur }: NotesFieldProps) {
  return (
    <Field id={id} label="Notes" error={error} className="span-2">
      {(a11y) => (
        <textarea
          {...a11y}
          className="textarea"
          rows={rows}
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange('notes', e.target.value)}
          onBlur={() => onBlur('notes')}
        />
      )}
    </Field>
  );
}

interface TagsFieldProps<V extends { tags: string[] }> {
  id: string;
  hint: string;
  values: V;
  error: string | undefined;
  suggestions: readonly string[];
  onChange: (key: 'tags', value: string[]) => void;
  /** Gets the values with the tags as they are after blur (a tag still being typed is added by then). */
  onBlur: (key: 'tags', values: V) => void;
}

export function TagsField<V extends { tags: string[] }>(props: TagsFieldProps<V>) {
  const { id, hint, values, error, suggestions, onChange, onBlur } = props;
  return (
    <Field id={id} label="Tags" hint={hint} error={error} className="span-2">
      {(a11y) => (
        <TagInput
          {...a11y}
          value={values.tags}
          suggestions={suggestions}
          onChange={(tags) => onChange('tags', tags)}
          onBlur={(tags) => onBlur('tags', { ...values, tags })}
        />
      )}
    </Field>
  );
}

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function DateField({ id, label, value, error, onChange, onBlur }: DateFieldProps) {
  return (
    <Field id={id} label={label} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          className="input"
          type="date"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}

interface TimeFieldProps {
  id: string;
  value: string;
  /** The time shares the date's message (shown under the date), so it only takes the invalid mark. */
  invalid: boolean;
  hint?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function TimeField({ id, value, invalid, hint, onChange, onBlur }: TimeFieldProps) {
  return (
    <Field id={id} label="Time" hint={hint}>
      {(a11y) => (
        <input
          {...a11y}
          aria-invalid={invalid}
          className="input"
          type="time"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
