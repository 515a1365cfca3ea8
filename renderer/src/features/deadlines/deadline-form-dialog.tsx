/** Add or edit a deadline. Checks fields on blur and all on submit; server issues land on their fields. */
import { useMemo, useState } from 'react';
import type { DeadlineDetail } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { FormDialog } from '../../components/form-dialog';
import { afterPointerRelease, withFieldResult } from '../../components/form-errors';
import { useFormErrors, useLatest } from '../../components/use-form-errors';
import { deadlineFieldId, DeadlineFields } from './deadline-fields';
import {
  deadlineErrorKey,
  deadlineInput,
  emptyDeadline,
  validateDeadlineForm,
  valuesFromDeadline,
  type DeadlineFieldKey,
  type DeadlineFormValues,
  type DeadlinePrefill,
} from './deadline-form-model';
import { useSaveDeadline } from './use-deadlines';

export type DeadlineFormMode =
  { kind: 'create'; prefill?: DeadlinePrefill } | { kind: 'edit'; deadline: DeadlineDetail };

interface DeadlineFormDialogProps {
  mode: DeadlineFormMode;
  onClose: () => void;
  onSaved: (deadline: DeadlineDetail, created: boolean) => void;
}

const knownKeys = new Set(['title', 'gigId', 'clientId', 'due', 'timeZone', 'priority', 'notes', 'reminderOffsets']);

/** Which error a changed value may clear. */
function errorKeyOf(key: DeadlineFieldKey): string {
  if (key === 'date' || key === 'time' || key === 'mode') return 'due';
  if (key === 'gig') return 'gigId';
  if (key === 'client') return 'clientId';
  return key;
}

export function DeadlineFormDialog({ mode, onClose, onSaved }: DeadlineFormDialogProps) {
  const initial = useMemo(
    () => (mode.kind === 'edit' ? valuesFromDeadline(mode.deadline) : emptyDeadline(mode.prefill)),
    [mode],
  );
  const [values, setValues] = useState<DeadlineFormValues>(initial);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, showIssues } = useFormErrors();
  const save = useSaveDeadline();

  const latest = useLatest(values);
  const recheck = (key: string, next: DeadlineFormValues) =>
    setErrors((current) => withFieldResult(current, validateDeadlineForm(next), key));

  const changeField = <K extends DeadlineFieldKey>(key: K, value: DeadlineFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    const errorKey = errorKeyOf(key);
    if (errors[errorKey]) recheck(errorKey, next);
  };

  const blurField = (key: string, override?: DeadlineFormValues) =>
    afterPointerRelease(() => recheck(key, override ?? latest.current));

  const submit = async () => {
    setFormError(null);
    const found = validateDeadlineForm(values);
    if (Object.keys(found).length) return showErrors(found);
    const input = deadlineInput(values);
    try {
      const saved =
        mode.kind === 'create'
          ? await save.mutateAsync({ kind: 'create', values: input })
          : await save.mutateAsync({ kind: 'update', values: { ...input, id: mode.deadline.id } });
      onSaved(saved, mode.kind === 'create');
    } catch (error) {
      if (isApiError(error) && error.code !== 'UNAVAILABLE' && error.issues.length)
        return showIssues(error.issues, deadlineErrorKey, (key) => knownKeys.has(key));
      setFormError(errorMessage(error));
    }
  };

  const isCreate = mode.kind === 'create';
  return (
    <FormDialog
      title={isCreate ? 'New deadline' : 'Edit deadline'}
      size="lg"
      initialFocusId={deadlineFieldId('title')}
      saveLabel="Save deadline"
      pending={save.isPending}
      formError={formError}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      <DeadlineFields values={values} errors={errors} onChange={changeField} onBlur={blurField} />
    </FormDialog>
  );
}
