/** Add or edit one contact of a client, checked with the contract's ContactFieldsSchema. */
import { useState } from 'react';
import { ContactFieldsSchema, type Contact } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { Combobox } from '../../components/combobox';
import { Field } from '../../components/field';
import { FormDialog } from '../../components/form-dialog';
import { NotesField } from '../../components/shared-fields';
import { useFormErrors } from '../../components/use-form-errors';
import { afterPointerRelease, identityKey, validate, withFieldResult } from '../../components/form-errors';
import { contactRoleOptions } from './contact-roles';
import { useSaveContact } from './use-clients';

interface ContactFormDialogProps {
  clientId: number;
  clientName: string;
  contact: Contact | null;
  onClose: () => void;
  onSaved: (contact: Contact, created: boolean) => void;
}

interface ContactValues {
  name: string;
  role: string;
  email: string;
  phone: string;
  linkedin: string;
  notes: string;
}
type Key = keyof ContactValues;

type TextKey = Exclude<Key, 'role' | 'notes'>;
const textInputs: Record<TextKey, { label: string; type: string; placeholder: string }> = {
  name: { label: 'Name', type: 'text', placeholder: 'Full name' },
  email: { label: 'Email', type: 'email', placeholder: 'name@acme.com' },
  phone: { label: 'Phone', type: 'tel', placeholder: '+1 555 010 2030' },
  linkedin: { label: 'LinkedIn', type: 'text', placeholder: 'linkedin.com/in/name' },
};

export function ContactFormDialog({ clientId, clientName, contact, onClose, onSaved }: ContactFormDialogProps) {
  const [initial] = useState<ContactValues>(() => ({
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    linkedin: contact?.linkedin ?? '',
    notes: contact?.notes ?? '',
  }));
  const [values, setValues] = useState(initial);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, showIssues } = useFormErrors();
  const save = useSaveContact();
  const idOf = (key: Key) => `contact-${key}`;

  const recheck = (key: Key, next: ContactValues) =>
    setErrors((current) => withFieldResult(current, validate(ContactFieldsSchema, next), key));
  const change = (key: Key, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (errors[key]) recheck(key, next);
  };
  const blur = (key: Key) => {
    if (errors[key] || values[key] !== initial[key]) afterPointerRelease(() => recheck(key, values));
  };

  const submit = async () => {
    setFormError(null);
    const found = validate(ContactFieldsSchema, values);
    if (Object.keys(found).length) return showErrors(found);
    try {
      const saved = contact
        ? await save.mutateAsync({ kind: 'update', values: { ...values, id: contact.id } })
        : await save.mutateAsync({ kind: 'create', values: { ...values, clientId } });
      onSaved(saved, !contact);
    } catch (error) {
      if (isApiError(error) && error.code === 'VALIDATION' && error.issues.length)
        return showIssues(error.issues, identityKey, (key) => key in values);
      setFormError(errorMessage(error));
    }
  };

  const renderText = (key: TextKey, className?: string) => {
    const input = textInputs[key];
    return (
      <Field id={idOf(key)} label={input.label} error={errors[key]} {...(className ? { className } : {})}>
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            type={input.type}
            required={key === 'name'}
            placeholder={input.placeholder}
            value={values[key]}
            onChange={(e) => change(key, e.target.value)}
            onBlur={() => blur(key)}
          />
        )}
      </Field>
    );
  };

  return (
    <FormDialog
      title={contact ? `Edit ${contact.name}` : 'Add contact'}
      description={contact ? `Contact at ${clientName}` : `A person you deal with at ${clientName}.`}
      initialFocusId={idOf('name')}
      saveLabel={contact ? 'Save contact' : 'Add contact'}
      pending={save.isPending}
      formError={formError}
      formRef={formRef}
      layout="grid"
      onSubmit={submit}
      onClose={onClose}
    >
      {renderText('name')}
      <Field id={idOf('role')} label="Role" error={errors.role}>
        {(a11y) => (
          <Combobox
            {...a11y}
            value={values.role}
            options={contactRoleOptions}
            maxOptions={9}
            placeholder="e.g. Decision maker"
            onChange={(role) => change('role', role)}
            onBlur={() => blur('role')}
          />
        )}
      </Field>
      {renderText('email')}
      {renderText('phone')}
      {renderText('linkedin', 'span-2')}
      <NotesField id={idOf('notes')} value={values.notes} error={errors.notes} onChange={change} onBlur={blur} />
    </FormDialog>
  );
}
