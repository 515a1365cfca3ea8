/** The client's own fields inside the create/edit form. */
import { Building2, UserRound } from 'lucide-react';
import { Field } from '../../components/field';
import type { FieldErrors } from '../../components/form-errors';
import { NotesField, TagsField } from '../../components/shared-fields';
import type { ClientFieldKey, ClientFormValues } from './client-form-model';
import { TimeZoneField } from './time-zone-field';

interface ClientFieldsProps {
  values: ClientFormValues;
  errors: FieldErrors;
  tagSuggestions: readonly string[];
  onChange: <K extends ClientFieldKey>(key: K, value: ClientFormValues[K]) => void;
  onBlur: (key: ClientFieldKey, values?: ClientFormValues) => void;
}

export const clientFieldId = (key: string) => `client-${key}`;

type TextKey = 'email' | 'phone' | 'website' | 'linkedin' | 'location';
const textFields: { key: TextKey; label: string; type: string; placeholder: string; autoComplete: string }[] = [
  { key: 'email', label: 'Email', type: 'email', placeholder: 'hello@acme.com', autoComplete: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel', placeholder: '+1 555 010 2030', autoComplete: 'tel' },
  { key: 'website', label: 'Website', type: 'text', placeholder: 'acme.com', autoComplete: 'url' },
  { key: 'linkedin', label: 'LinkedIn', type: 'text', placeholder: 'linkedin.com/company/acme', autoComplete: 'off' },
  { key: 'location', label: 'Location', type: 'text', placeholder: 'Berlin, Germany', autoComplete: 'off' },
];

export function ClientFields({ values, errors, tagSuggestions, onChange, onBlur }: ClientFieldsProps) {
  return (
    <div className="form-grid">
      <Field id={clientFieldId('name')} label="Name" error={errors.name} className="span-2">
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            required
            autoComplete="organization"
            placeholder="Company or person"
            value={values.name}
            onChange={(e) => onChange('name', e.target.value)}
            onBlur={() => onBlur('name')}
          />
        )}
      </Field>

      <fieldset className="segmented span-2">
        <legend className="field-label">Kind</legend>
        {(['company', 'individual'] as const).map((kind) => (
          <label key={kind} className="segmented-option">
            <input
              type="radio"
              name="client-kind"
              value={kind}
              checked={values.kind === kind}
              onChange={() => onChange('kind', kind)}
            />
            {kind === 'company' ? (
              <Building2 size={14} aria-hidden="true" />
            ) : (
              <UserRound size={14} aria-hidden="true" />
            )}
            <span>{kind === 'company' ? 'Company' : 'Individual'}</span>
          </label>
        ))}
      </fieldset>

      {textFields.map((field) => (
        <Field key={field.key} id={clientFieldId(field.key)} label={field.label} error={errors[field.key]}>
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              type={field.type}
              autoComplete={field.autoComplete}
              placeholder={field.placeholder}
              value={values[field.key]}
              onChange={(e) => onChange(field.key, e.target.value)}
              onBlur={() => onBlur(field.key)}
            />
          )}
        </Field>
      ))}

      <TimeZoneField
        id={clientFieldId('timeZone')}
        values={values}
        error={errors.timeZone}
        onChange={onChange}
        onBlur={onBlur}
      />

      <TagsField
        id={clientFieldId('tags')}
        hint="Press Enter or comma after each tag."
        values={values}
        error={errors.tags}
        suggestions={tagSuggestions}
        onChange={onChange}
        onBlur={onBlur}
      />

      <NotesField
        id={clientFieldId('notes')}
        value={values.notes}
        error={errors.notes}
        rows={4}
        placeholder="How you met, what they care about, how they like to work…"
        onChange={onChange}
        onBlur={onBlur}
      />
    </div>
  );
}
