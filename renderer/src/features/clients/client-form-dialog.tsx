/** Create or edit a client. Checks each field on blur and all on submit; server issues land on their fields. */
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ClientDetail } from '../../../../electron/contract';
import { isApiError, errorMessage } from '../../api/api-error';
import { FormDialog } from '../../components/form-dialog';
import { afterPointerRelease, withFieldResult } from '../../components/form-errors';
import { useFormErrors, useLatest } from '../../components/use-form-errors';
import { ClientFields, clientFieldId } from './client-fields';
import {
  clientErrorKey,
  createInput,
  emptyClient,
  validateClientForm,
  valuesFromClient,
  type ClientFieldKey,
  type ClientFormValues,
  type NewContactValues,
} from './client-form-model';
import { NewContactsFields } from './new-contacts-fields';
import { useCreateClient, useTags, useUpdateClient } from './use-clients';

export type ClientFormMode = { kind: 'create' } | { kind: 'edit'; client: ClientDetail };

interface ClientFormDialogProps {
  mode: ClientFormMode;
  onClose: () => void;
  onSaved: (client: ClientDetail, created: boolean) => void;
}

const isKnownKey = (key: string) => key in emptyClient || /^contacts\.\d+\.\w+$/.test(key);

export function ClientFormDialog({ mode, onClose, onSaved }: ClientFormDialogProps) {
  const initial = useMemo(() => (mode.kind === 'edit' ? valuesFromClient(mode.client) : emptyClient), [mode]);
  const [values, setValues] = useState<ClientFormValues>(initial);
  const [contacts, setContacts] = useState<NewContactValues[]>([]);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, showIssues } = useFormErrors();
  const nextContactKey = useRef(1);
  const tags = useTags();
  const create = useCreateClient();
  const update = useUpdateClient();
  const pending = create.isPending || update.isPending;

  const recheck = (key: string, nextValues: ClientFormValues, nextContacts: NewContactValues[]) =>
    setErrors((current) => withFieldResult(current, validateClientForm(nextValues, nextContacts), key));

  const latest = useLatest({ values, contacts });
  const recheckOnBlur = (key: string, override?: ClientFormValues) =>
    afterPointerRelease(() => recheck(key, override ?? latest.current.values, latest.current.contacts));

  const changeField = <K extends ClientFieldKey>(key: K, value: ClientFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (errors[key]) recheck(key, next, contacts);
  };

  const blurField = (key: ClientFieldKey, override?: ClientFormValues) => {
    const current = override ?? values;
    if (errors[key] || current[key] !== initial[key]) recheckOnBlur(key, override);
  };

  const changeContact = (index: number, key: Exclude<keyof NewContactValues, 'key'>, value: string) => {
    const next = contacts.map((c, i) => (i === index ? { ...c, [key]: value } : c));
    setContacts(next);
    if (errors[`contacts.${index}.${key}`]) recheck(`contacts.${index}.${key}`, values, next);
  };

  const removeContact = (index: number) => {
    setContacts(contacts.filter((_, i) => i !== index));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('contacts.'))));
  };

  const addContact = () => {
    const index = contacts.length;
    flushSync(() =>
      setContacts([
        ...contacts,
        { key: nextContactKey.current++, name: '', role: '', email: '', phone: '', linkedin: '' },
      ]),
    );
    document.getElementById(`new-contact-${index}-name`)?.focus();
  };

  const submit = async () => {
    setFormError(null);
    const found = validateClientForm(values, contacts);
    if (Object.keys(found).length) return showErrors(found);
    try {
      const saved =
        mode.kind === 'create'
          ? await create.mutateAsync(createInput(values, contacts))
          : await update.mutateAsync({ ...values, id: mode.client.id });
      onSaved(saved, mode.kind === 'create');
    } catch (error) {
      if (isApiError(error) && error.code === 'VALIDATION' && error.issues.length)
        return showIssues(error.issues, clientErrorKey, isKnownKey);
      setFormError(errorMessage(error));
    }
  };

  const isCreate = mode.kind === 'create';
  return (
    <FormDialog
      title={isCreate ? 'New client' : `Edit ${mode.client.name}`}
      size="lg"
      initialFocusId={clientFieldId('name')}
      saveLabel="Save client"
      pending={pending}
      formError={formError}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      <ClientFields
        values={values}
        errors={errors}
        tagSuggestions={tags.data?.map((tag) => tag.name) ?? []}
        onChange={changeField}
        onBlur={blurField}
      />
      {isCreate ? (
        <NewContactsFields
          contacts={contacts}
          errors={errors}
          onAdd={addContact}
          onRemove={removeContact}
          onChange={changeContact}
          onBlur={(index, key) => recheckOnBlur(`contacts.${index}.${key}`)}
        />
      ) : null}
    </FormDialog>
  );
}
