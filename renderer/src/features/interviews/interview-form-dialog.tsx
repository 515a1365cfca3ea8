/** Schedule or edit an interview. Checks fields on blur and all on submit; server issues land on their fields. */
import { useMemo, useState } from 'react';
import type { InterviewDetail } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { FormDialog } from '../../components/form-dialog';
import { afterPointerRelease, withFieldResult } from '../../components/form-errors';
import { useFormErrors, useLatest } from '../../components/use-form-errors';
import { useClient } from '../clients/use-clients';
import { interviewFieldId, InterviewFields } from './interview-fields';
import {
  emptyInterview,
  interviewErrorKey,
  interviewInput,
  validateInterviewForm,
  valuesFromInterview,
  type InterviewFieldKey,
  type InterviewFormValues,
  type InterviewPrefill,
} from './interview-form-model';
import { useSaveInterview } from './use-interviews';

export type InterviewFormMode =
  { kind: 'create'; prefill?: InterviewPrefill } | { kind: 'edit'; interview: InterviewDetail };

interface InterviewFormDialogProps {
  mode: InterviewFormMode;
  onClose: () => void;
  /** `previous` is the interview as it was before an edit (null when created). */
  onSaved: (interview: InterviewDetail, previous: InterviewDetail | null) => void;
}

const knownKeys = new Set([
  'gigId',
  'startsAt',
  'timeZone',
  'durationMinutes',
  'link',
  'location',
  'round',
  'contactIds',
  'notes',
]);

export function InterviewFormDialog({ mode, onClose, onSaved }: InterviewFormDialogProps) {
  const initial = useMemo(
    () => (mode.kind === 'edit' ? valuesFromInterview(mode.interview) : emptyInterview(mode.prefill)),
    [mode],
  );
  const [values, setValues] = useState<InterviewFormValues>(initial);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, showIssues } = useFormErrors();
  const save = useSaveInterview();
  const client = useClient(values.gig?.clientId ?? null);
  // Fixed at open: the dialog re-runs its open effect when this changes.
  const [focusId] = useState(() => interviewFieldId(mode.kind === 'create' && !initial.gig ? 'gigId' : 'date'));

  const latest = useLatest(values);
  const recheck = (key: string, next: InterviewFormValues) =>
    setErrors((current) => withFieldResult(current, validateInterviewForm(next), key));

  const changeField = <K extends InterviewFieldKey>(key: K, value: InterviewFormValues[K]) => {
    let next = { ...values, [key]: value };
    // People belong to the gig's client: a different gig starts with nobody chosen.
    if (key === 'gig' && (value as InterviewFormValues['gig'])?.clientId !== values.gig?.clientId)
      next = { ...next, contactIds: [] };
    setValues(next);
    const errorKey = key === 'gig' ? 'gigId' : key === 'date' || key === 'time' ? 'startsAt' : key;
    if (errors[errorKey] || (key === 'gig' && value)) recheck(errorKey, next);
  };

  const blurField = (key: string, override?: InterviewFormValues) =>
    afterPointerRelease(() => recheck(key, override ?? latest.current));

  const submit = async () => {
    setFormError(null);
    const found = validateInterviewForm(values);
    if (Object.keys(found).length) return showErrors(found);
    const input = interviewInput(values);
    try {
      if (mode.kind === 'create') {
        const { gigId, startsAt, timeZone } = input;
        if (gigId === undefined || startsAt === undefined || timeZone === undefined) return;
        const saved = await save.mutateAsync({ kind: 'create', values: { ...input, gigId, startsAt, timeZone } });
        onSaved(saved, null);
      } else {
        const saved = await save.mutateAsync({ kind: 'update', values: { ...input, id: mode.interview.id } });
        onSaved(saved, mode.interview);
      }
    } catch (error) {
      if (isApiError(error) && error.code !== 'UNAVAILABLE' && error.issues.length)
        return showIssues(error.issues, interviewErrorKey, (key) => knownKeys.has(key));
      setFormError(errorMessage(error));
    }
  };

  const isCreate = mode.kind === 'create';
  return (
    <FormDialog
      title={isCreate ? 'Schedule interview' : 'Edit interview'}
      description={isCreate ? undefined : `${mode.interview.gigTitle} · ${mode.interview.clientName}`}
      size="lg"
      initialFocusId={focusId}
      saveLabel="Save interview"
      pending={save.isPending}
      formError={formError}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      {isCreate ? (
        <p className="form-intro">
          Gigline adds a prep checklist for the kind of interview you choose. Edit the lists in Settings.
        </p>
      ) : null}
      <InterviewFields
        values={values}
        errors={errors}
        onChange={changeField}
        onBlur={blurField}
        client={client.data ? { timeZone: client.data.timeZone, contacts: client.data.contacts } : null}
        clientLoading={client.isPending && values.gig !== null}
        showOutcome={!isCreate}
      />
    </FormDialog>
  );
}
