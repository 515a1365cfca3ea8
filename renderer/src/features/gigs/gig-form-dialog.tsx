/** Create or edit a gig. Checks a field on blur and everything on submit; server issues land on their fields. */
import { useMemo, useState } from 'react';
import type { GigDetail } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { FormDialog } from '../../components/form-dialog';
import { afterPointerRelease, withFieldResult } from '../../components/form-errors';
import { useFormErrors, useLatest } from '../../components/use-form-errors';
import { useTags } from '../clients/use-clients';
import { useStages } from '../pipeline/use-pipeline';
import { defaultCurrency, rememberCurrency } from './currency-options';
import type { PickedEntity } from './entity-picker';
import { gigFieldId, GigFormFields } from './gig-form-fields';
import {
  emptyGig,
  gigErrorKey,
  keyFor,
  toGigInput,
  validateGigForm,
  valuesFromGig,
  type GigFieldKey,
  type GigFormValues,
} from './gig-form-model';
import { useSaveGig } from './use-gig';

export type GigFormMode =
  { kind: 'create'; client?: PickedEntity | null; stageId?: number } | { kind: 'edit'; gig: GigDetail };

interface GigFormDialogProps {
  mode: GigFormMode;
  onClose: () => void;
  onSaved: (gig: GigDetail, created: boolean) => void;
}

/** Fields whose check depends on another field: re-checked together. */
const related: Partial<Record<string, string[]>> = {
  startDate: ['endDate'],
  endDate: ['startDate'],
  currency: ['proposedRateMinor', 'agreedRateMinor', 'budgetMinor'],
  proposedRateMinor: ['currency'],
  agreedRateMinor: ['currency'],
  budgetMinor: ['currency'],
  clientId: ['agencyClientId'],
  agencyClientId: ['clientId'],
  cadence: ['updateEveryDays', 'updateWeekday'],
};

const knownKeys = new Set([
  'title',
  'clientId',
  'stageId',
  'source',
  'sourceDetail',
  'referrer',
  'agencyClientId',
  'currency',
  'rateUnit',
  'proposedRateMinor',
  'agreedRateMinor',
  'estimatedHours',
  'budgetMinor',
  'startDate',
  'endDate',
  'requirements',
  'notes',
  'tags',
  'updateEveryDays',
  'updateWeekday',
]);

export function GigFormDialog({ mode, onClose, onSaved }: GigFormDialogProps) {
  const initial = useMemo(
    () =>
      mode.kind === 'edit'
        ? valuesFromGig(mode.gig)
        : emptyGig(defaultCurrency(), {
            client: mode.client ?? null,
            ...(mode.stageId ? { stageId: mode.stageId } : {}),
          }),
    [mode],
  );
  const editingId = mode.kind === 'edit' ? mode.gig.id : null;
  const [values, setValues] = useState<GigFormValues>(initial);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, showIssues } = useFormErrors();
  const stages = useStages();
  const tags = useTags();
  const save = useSaveGig();

  const latest = useLatest(values);

  const recheck = (keys: string[], next: GigFormValues) => {
    const all = validateGigForm(next, editingId);
    setErrors((current) => keys.reduce((acc, key) => withFieldResult(acc, all, key), current));
  };

  const changeField = <K extends GigFieldKey>(field: K, value: GigFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    const key = keyFor(field);
    const keys = [key, ...(related[key] ?? [])].filter((k) => errors[k]);
    if (keys.length) recheck(keys, next);
  };

  const blurField = (field: GigFieldKey, override?: GigFormValues) => {
    const key = keyFor(field);
    const current = override ?? latest.current;
    if (!errors[key] && current[field] === initial[field]) return;
    afterPointerRelease(() => recheck([key, ...(related[key] ?? [])], override ?? latest.current));
  };

  const submit = async () => {
    setFormError(null);
    const found = validateGigForm(values, editingId);
    if (Object.keys(found).length) return showErrors(found);
    const { input } = toGigInput(values);
    try {
      const saved =
        editingId === null
          ? await save.mutateAsync({ kind: 'create', values: { ...input, clientId: input.clientId ?? 0 } })
          : await save.mutateAsync({ kind: 'update', values: { ...input, id: editingId } });
      rememberCurrency(saved.currency);
      onSaved(saved, editingId === null);
    } catch (error) {
      if (isApiError(error) && error.issues.length)
        return showIssues(error.issues, gigErrorKey, (key) => knownKeys.has(key));
      setFormError(errorMessage(error));
    }
  };

  return (
    <FormDialog
      title={mode.kind === 'create' ? 'New gig' : `Edit ${mode.gig.title}`}
      size="lg"
      initialFocusId={gigFieldId('title')}
      saveLabel="Save gig"
      pending={save.isPending}
      formError={formError}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      <GigFormFields
        values={values}
        errors={errors}
        stages={stages.data ?? []}
        tagSuggestions={tags.data?.map((tag) => tag.name) ?? []}
        onChange={changeField}
        onBlur={blurField}
      />
    </FormDialog>
  );
}
