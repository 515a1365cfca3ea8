/** Currency, rate unit, the proposed and agreed rate, estimated hours and budget, typed as decimal money. */
import { useMemo } from 'react';
import { Combobox } from '../../components/combobox';
import { Field } from '../../components/field';
import { currencyOptions } from './currency-options';
import { FormBlock, gigFieldId, type GigFieldsProps } from './gig-form-fields';
import { keyFor, type GigFormValues } from './gig-form-model';
import { labelEntries, unitLabels } from './gig-labels';

type MoneyField = 'proposedRate' | 'agreedRate' | 'budget';

function MoneyInput({
  field,
  label,
  hint,
  props,
}: {
  field: MoneyField;
  label: string;
  hint: string;
  props: GigFieldsProps;
}) {
  const { values, errors, onChange, onBlur } = props;
  const key = keyFor(field);
  const code = values.currency.trim().toUpperCase();
  return (
    <Field id={gigFieldId(key)} label={label} hint={hint} error={errors[key]}>
      {(a11y) => (
        <div className={code ? 'input-affix has-affix' : 'input-affix'}>
          {code ? (
            <span className="input-affix-text" aria-hidden="true">
              {code}
            </span>
          ) : null}
          <input
            {...a11y}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            placeholder="0"
            value={values[field]}
            onChange={(e) => onChange(field, e.target.value)}
            onBlur={() => onBlur(field)}
          />
        </div>
      )}
    </Field>
  );
}

export function GigMoneyFields(props: GigFieldsProps) {
  const { values, errors, onChange, onBlur } = props;
  const currencies = useMemo(() => currencyOptions(), []);
  const per = values.rateUnit && values.rateUnit !== 'fixed' ? ` per ${values.rateUnit}` : '';
  return (
    <FormBlock title="Money">
      <Field id={gigFieldId('currency')} label="Currency" error={errors.currency}>
        {(a11y) => (
          <Combobox
            {...a11y}
            value={values.currency}
            options={currencies}
            maxOptions={50}
            placeholder="Search, e.g. EUR or euro"
            onChange={(currency) => onChange('currency', currency.toUpperCase())}
            onPick={(currency) => {
              onChange('currency', currency);
              onBlur('currency', { ...values, currency });
            }}
            onBlur={() => onBlur('currency')}
          />
        )}
      </Field>
      <Field id={gigFieldId('rateUnit')} label="Rate unit" error={errors.rateUnit}>
        {(a11y) => (
          <select
            {...a11y}
            className="select"
            value={values.rateUnit}
            onChange={(e) => onChange('rateUnit', e.target.value as GigFormValues['rateUnit'])}
          >
            <option value="">Not set</option>
            {labelEntries(unitLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <MoneyInput field="proposedRate" label="Proposed rate" hint={`What you asked${per}.`} props={props} />
      <MoneyInput field="agreedRate" label="Agreed rate" hint={`What you settled on${per}.`} props={props} />
      <Field id={gigFieldId('estimatedHours')} label="Estimated hours" error={errors.estimatedHours}>
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            placeholder="e.g. 40"
            value={values.estimatedHours}
            onChange={(e) => onChange('estimatedHours', e.target.value)}
            onBlur={() => onBlur('estimatedHours')}
          />
        )}
      </Field>
      <MoneyInput field="budget" label="Budget" hint="The client's total budget, if known." props={props} />
    </FormBlock>
  );
}
