/** The inline "Add rate step" form: which step, the amount as decimal money, currency, unit, date and a note. */
import { LoaderCircle } from 'lucide-react';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { gigProcedures, rateEventKinds, type GigDetail } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { Combobox } from '../../components/combobox';
import { Field } from '../../components/field';
import { focusFirstInvalid, issuesToErrors, zodIssues, type FieldErrors } from '../../components/form-errors';
import { useToast } from '../../components/toast';
import { currencyOptions, defaultCurrency } from './currency-options';
import { labelEntries, rateKindLabels, unitLabels } from './gig-labels';
import { formatRate, parseMoneyInput, type RateUnit } from './money-input';
import { useRateEventMutations } from './use-gig';

type Kind = (typeof rateEventKinds)[number];

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The next step is usually the one after the last: asked → countered → revised → agreed. */
function nextKind(gig: GigDetail): Kind {
  const last = gig.rateEvents.at(-1)?.kind;
  if (!last) return 'asked';
  return last === 'asked' ? 'countered' : last === 'countered' ? 'revised' : 'agreed';
}

export function RateStepForm({ gig, onDone }: { gig: GigDetail; onDone: () => void }) {
  const [kind, setKind] = useState<Kind>(() => nextKind(gig));
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(gig.currency ?? defaultCurrency());
  const [unit, setUnit] = useState<RateUnit>(gig.rateUnit ?? 'day');
  const [date, setDate] = useState(todayIso);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formRef, setFormRef] = useState<HTMLFormElement | null>(null);
  const currencies = useMemo(() => currencyOptions(), []);
  const { create } = useRateEventMutations();
  const toast = useToast();

  const show = (found: FieldErrors) => {
    flushSync(() => setErrors(found));
    focusFirstInvalid(formRef);
  };

  const submit = async () => {
    const code = currency.trim().toUpperCase();
    const money = parseMoneyInput(amount, code || null);
    const found: FieldErrors = {};
    if (!money.ok) found.amountMinor = money.message;
    else if (money.minor === null) found.amountMinor = 'Enter the amount';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.occurredAt = 'Choose the date of this step';
    // Today's step is stamped now; an earlier day at noon, so it sorts on its own day in any zone.
    const occurredAt = date === todayIso() ? undefined : new Date(`${date}T12:00`).getTime();
    if (occurredAt !== undefined && occurredAt > Date.now()) found.occurredAt = 'Log steps that already happened';
    const input = {
      gigId: gig.id,
      kind,
      amountMinor: money.ok ? (money.minor ?? 0) : 0,
      currency: code,
      unit,
      note,
      ...(occurredAt !== undefined ? { occurredAt } : {}),
    };
    const parsed = gigProcedures['rateEvents.create'].input.safeParse(input);
    const all = { ...(parsed.success ? {} : issuesToErrors(zodIssues(parsed.error))), ...found };
    if (Object.keys(all).length) return show(all);
    try {
      await create.mutateAsync(input);
      toast.success(`${rateKindLabels[kind]} ${formatRate(input.amountMinor, code, unit)}`);
      onDone();
    } catch (error) {
      if (isApiError(error) && error.issues.length) return show(issuesToErrors(error.issues));
      show({ amountMinor: errorMessage(error) });
    }
  };

  return (
    <form
      ref={setFormRef}
      className="rate-step-form"
      aria-label="Add rate step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid rate-step-grid">
        <Field id="rate-step-kind" label="Step">
          {(a11y) => (
            <select {...a11y} className="select" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {labelEntries(rateKindLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="rate-step-amount" label="Amount" error={errors.amountMinor}>
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              placeholder="e.g. 850"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          )}
        </Field>
        <Field id="rate-step-currency" label="Currency" error={errors.currency}>
          {(a11y) => (
            <Combobox
              {...a11y}
              value={currency}
              options={currencies}
              maxOptions={50}
              onChange={(value) => setCurrency(value.toUpperCase())}
            />
          )}
        </Field>
        <Field id="rate-step-unit" label="Unit">
          {(a11y) => (
            <select {...a11y} className="select" value={unit} onChange={(e) => setUnit(e.target.value as RateUnit)}>
              {labelEntries(unitLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="rate-step-date" label="Date" error={errors.occurredAt}>
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              type="date"
              max={todayIso()}
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </Field>
        <Field id="rate-step-note" label="Note" error={errors.note}>
          {(a11y) => (
            <input
              {...a11y}
              className="input"
              autoComplete="off"
              placeholder="e.g. their budget is capped"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="inline-form-actions">
        <button type="button" className="button button-sm" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary button-sm" disabled={create.isPending}>
          {create.isPending ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
          Add step
        </button>
      </div>
    </form>
  );
}
