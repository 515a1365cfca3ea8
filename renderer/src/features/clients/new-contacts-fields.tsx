/** Contacts typed in while creating a client; they are saved together with it in one call. */
import { Plus, Trash2 } from 'lucide-react';
import { Combobox } from '../../components/combobox';
import { Field } from '../../components/field';
import type { FieldErrors } from '../../components/form-errors';
import type { NewContactValues } from './client-form-model';
import { contactRoleOptions } from './contact-roles';

type ContactKey = Exclude<keyof NewContactValues, 'key'>;

interface NewContactsFieldsProps {
  contacts: readonly NewContactValues[];
  errors: FieldErrors;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onChange: (index: number, key: ContactKey, value: string) => void;
  onBlur: (index: number, key: ContactKey) => void;
}

export const newContactFieldId = (index: number, key: string) => `new-contact-${index}-${key}`;

const inputs: { key: Exclude<ContactKey, 'role'>; label: string; type: string; placeholder: string }[] = [
  { key: 'name', label: 'Name', type: 'text', placeholder: 'Full name' },
  { key: 'email', label: 'Email', type: 'email', placeholder: 'name@acme.com' },
  { key: 'phone', label: 'Phone', type: 'tel', placeholder: '+1 555 010 2030' },
];

export function NewContactsFields({ contacts, errors, onAdd, onRemove, onChange, onBlur }: NewContactsFieldsProps) {
  return (
    <section className="form-section" aria-labelledby="new-contacts-title">
      <div className="form-section-header">
        <h3 id="new-contacts-title">Contacts</h3>
        <button type="button" className="button button-sm" onClick={onAdd}>
          <Plus size={14} aria-hidden="true" />
          Add contact
        </button>
      </div>
      {contacts.length === 0 ? (
        <p className="form-section-empty">The people you deal with there. You can also add them later.</p>
      ) : null}
      {contacts.map((contact, index) => {
        const prefix = `Contact ${index + 1} `;
        const error = (key: string) => errors[`contacts.${index}.${key}`];
        return (
          <fieldset key={contact.key} className="contact-row">
            <legend className="visually-hidden">{`Contact ${index + 1}`}</legend>
            <div className="contact-row-grid">
              {inputs.map((input) => (
                <Field
                  key={input.key}
                  id={newContactFieldId(index, input.key)}
                  label={<LabelWithContext prefix={prefix} text={input.label} />}
                  error={error(input.key)}
                >
                  {(a11y) => (
                    <input
                      {...a11y}
                      className="input"
                      type={input.type}
                      placeholder={input.placeholder}
                      value={contact[input.key]}
                      onChange={(e) => onChange(index, input.key, e.target.value)}
                      onBlur={() => onBlur(index, input.key)}
                    />
                  )}
                </Field>
              ))}
              <Field
                id={newContactFieldId(index, 'role')}
                label={<LabelWithContext prefix={prefix} text="Role" />}
                error={error('role')}
              >
                {(a11y) => (
                  <Combobox
                    {...a11y}
                    value={contact.role}
                    options={contactRoleOptions}
                    placeholder="e.g. Decision maker"
                    onChange={(role) => onChange(index, 'role', role)}
                    onBlur={() => onBlur(index, 'role')}
                  />
                )}
              </Field>
            </div>
            <button
              type="button"
              className="icon-button icon-button-danger contact-row-remove"
              aria-label={`Remove contact ${index + 1}`}
              onClick={() => onRemove(index)}
            >
              <Trash2 size={15} aria-hidden="true" />
            </button>
          </fieldset>
        );
      })}
    </section>
  );
}

/** Visible "Email", announced as "Contact 2 Email", so every field has a unique, meaningful name. */
function LabelWithContext({ prefix, text }: { prefix: string; text: string }) {
  return (
    <>
      <span className="visually-hidden">{prefix}</span>
      {text}
    </>
  );
}
