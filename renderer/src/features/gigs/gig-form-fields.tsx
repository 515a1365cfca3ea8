/** The gig form's fields, grouped as people think about a gig: what and for whom, where it came from, money, dates, details. */
import type { ReactNode } from 'react';
import type { Stage } from '../../../../electron/contract';
import { Field } from '../../components/field';
import type { FieldErrors } from '../../components/form-errors';
import { NotesField, TagsField } from '../../components/shared-fields';
import { EntityPicker } from './entity-picker';
import { labelEntries, sourceLabels } from './gig-labels';
import type { GigFieldKey, GigFormValues } from './gig-form-model';
import { GigMoneyFields } from './gig-money-fields';
import { GigScheduleFields } from './gig-schedule-fields';
import { clientPickerKey, fetchClientOptions, fetchReferrerOptions, referrerPickerKey } from './picker-sources';

export interface GigFieldsProps {
  values: GigFormValues;
  errors: FieldErrors;
  onChange: <K extends GigFieldKey>(key: K, value: GigFormValues[K]) => void;
  onBlur: (key: GigFieldKey, values?: GigFormValues) => void;
}

interface GigFormFieldsProps extends GigFieldsProps {
  stages: readonly Stage[];
  tagSuggestions: readonly string[];
}

export const gigFieldId = (key: string) => `gig-${key}`;

export function FormBlock({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form-block" aria-label={title}>
      <h3 className="form-block-title">{title}</h3>
      <div className="form-grid">{children}</div>
    </section>
  );
}

export function GigFormFields(props: GigFormFieldsProps) {
  const { values, errors, stages, tagSuggestions, onChange, onBlur } = props;
  return (
    <>
      <div className="form-grid">
        <Field id={gigFieldId('title')} label="Title" error={errors.title} className="span-2">
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              required
              autoComplete="off"
              placeholder="What the work is, e.g. Website redesign"
              value={values.title}
              onChange={(e) => onChange('title', e.target.value)}
              onBlur={() => onBlur('title')}
            />
          )}
        </Field>
        <Field id={gigFieldId('clientId')} label="Client" error={errors.clientId}>
          {(a11y) => (
            <EntityPicker
              {...a11y}
              value={values.client}
              queryKey={clientPickerKey}
              fetchOptions={fetchClientOptions}
              placeholder="Type to search your clients"
              onChange={(client) => {
                onChange('client', client);
                if (client) onBlur('client', { ...values, client });
              }}
              onBlur={() => onBlur('client')}
            />
          )}
        </Field>
        <Field id={gigFieldId('stageId')} label="Stage" error={errors.stageId}>
          {(a11y) => (
            <select
              {...a11y}
              className="select"
              value={values.stageId || String(stages.find((s) => s.kind === 'open')?.id ?? '')}
              onChange={(e) => onChange('stageId', e.target.value)}
            >
              {stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <FormBlock title="Where it came from">
        <Field id={gigFieldId('source')} label="Source" error={errors.source}>
          {(a11y) => (
            <select
              {...a11y}
              className="select"
              value={values.source}
              onChange={(e) => onChange('source', e.target.value as GigFormValues['source'])}
            >
              <option value="">Not recorded</option>
              {labelEntries(sourceLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={gigFieldId('sourceDetail')} label="Source detail" error={errors.sourceDetail}>
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              autoComplete="off"
              placeholder="e.g. Upwork, a conference, a newsletter"
              value={values.sourceDetail}
              onChange={(e) => onChange('sourceDetail', e.target.value)}
              onBlur={() => onBlur('sourceDetail')}
            />
          )}
        </Field>
        <Field
          id={gigFieldId('referrer')}
          label="Referred by"
          hint="A contact or a client who recommended you."
          error={errors.referrer}
        >
          {(a11y) => (
            <EntityPicker
              {...a11y}
              value={values.referrer}
              queryKey={referrerPickerKey}
              fetchOptions={fetchReferrerOptions}
              placeholder="Type a name"
              onChange={(referrer) => onChange('referrer', referrer)}
            />
          )}
        </Field>
        <Field
          id={gigFieldId('agencyClientId')}
          label="Agency"
          hint="When an agency brokers the work for this client."
          error={errors.agencyClientId}
        >
          {(a11y) => (
            <EntityPicker
              {...a11y}
              value={values.agency}
              queryKey={clientPickerKey}
              fetchOptions={fetchClientOptions}
              placeholder="Type to search your clients"
              onChange={(agency) => {
                onChange('agency', agency);
                onBlur('agency', { ...values, agency });
              }}
            />
          )}
        </Field>
      </FormBlock>

      <GigMoneyFields values={values} errors={errors} onChange={onChange} onBlur={onBlur} />
      <GigScheduleFields values={values} errors={errors} onChange={onChange} onBlur={onBlur} />

      <FormBlock title="Details">
        <Field id={gigFieldId('requirements')} label="Requirements" error={errors.requirements} className="span-2">
          {(a11y) => (
            <textarea
              {...a11y}
              className="textarea"
              rows={3}
              placeholder="What they need, in your words: scope, deliverables, constraints…"
              value={values.requirements}
              onChange={(e) => onChange('requirements', e.target.value)}
              onBlur={() => onBlur('requirements')}
            />
          )}
        </Field>
        <NotesField
          id={gigFieldId('notes')}
          value={values.notes}
          error={errors.notes}
          onChange={onChange}
          onBlur={onBlur}
        />
        <TagsField
          id={gigFieldId('tags')}
          hint="Skills or industries — press Enter or comma after each."
          values={values}
          error={errors.tags}
          suggestions={tagSuggestions}
          onChange={onChange}
          onBlur={onBlur}
        />
      </FormBlock>
    </>
  );
}
