/** Edit the rate benchmarks: per currency and unit, the floor you will not go below and the rate you aim for. */
import { LoaderCircle, Plus, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { benchmarkUnits, type RateBenchmark } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { Combobox } from '../../components/combobox';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { issuesToErrors, type FieldErrors } from '../../components/form-errors';
import { useToast } from '../../components/toast';
import { currencyOptions, defaultCurrency } from '../gigs/currency-options';
import { unitLabels } from '../gigs/gig-labels';
import { benchmarkKey, buildBenchmarks, newRow, rowsOf, type BenchmarkRow, type BenchmarkUnit } from './benchmark-form';
import { useSaveBenchmarks } from './use-insights';

export function BenchmarksDialog({ benchmarks, onClose }: { benchmarks: RateBenchmark[]; onClose: () => void }) {
  const [rows, setRows] = useState<BenchmarkRow[]>(() =>
    benchmarks.length ? rowsOf(benchmarks) : [newRow(defaultCurrency())],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const currencies = useMemo(() => currencyOptions(), []);
  const save = useSaveBenchmarks();
  const toast = useToast();

  const update = (key: number, patch: Partial<BenchmarkRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const submit = async () => {
    const built = buildBenchmarks(rows);
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    try {
      await save.mutateAsync(built.benchmarks);
      toast.success(built.benchmarks.length ? 'Saved your rate benchmarks' : 'Removed your rate benchmarks');
      onClose();
    } catch (error) {
      setErrors(
        isApiError(error) && error.issues.length
          ? issuesToErrors(error.issues, benchmarkKey)
          : { list: errorMessage(error) },
      );
    }
  };

  return (
    <Dialog
      title="Rate benchmarks"
      description="Your own research: the least you accept and what you aim for, per currency and unit. Insights compares your proposed and agreed rates with them."
      size="lg"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="benchmarks-form" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
            Save benchmarks
          </button>
        </>
      }
    >
      <form
        id="benchmarks-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {errors.list ? (
          <p className="alert form-alert" role="alert">
            {errors.list}
          </p>
        ) : null}
        {rows.length === 0 ? <p className="muted">No benchmarks. Save to remove them all, or add one.</p> : null}
        {rows.map((row, i) => (
          <fieldset key={row.key} className="benchmark-row">
            <legend className="visually-hidden">Benchmark {i + 1}</legend>
            <Field id={`benchmark-${row.key}-currency`} label="Currency" error={errors[`${i}.currency`]}>
              {(a11y) => (
                <Combobox
                  {...a11y}
                  value={row.currency}
                  options={currencies}
                  maxOptions={50}
                  onChange={(value) => update(row.key, { currency: value.toUpperCase() })}
                />
              )}
            </Field>
            <Field id={`benchmark-${row.key}-unit`} label="Unit" error={errors[`${i}.unit`]}>
              {(a11y) => (
                <select
                  {...a11y}
                  className="select"
                  value={row.unit}
                  onChange={(e) => update(row.key, { unit: e.target.value as BenchmarkUnit })}
                >
                  {benchmarkUnits.map((unit) => (
                    <option key={unit} value={unit}>
                      {unitLabels[unit]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <AmountField
              id={`benchmark-${row.key}-floor`}
              label="Floor"
              error={errors[`${i}.floorMinor`]}
              placeholder="e.g. 80"
              value={row.floor}
              onChange={(floor) => update(row.key, { floor })}
            />
            <AmountField
              id={`benchmark-${row.key}-target`}
              label="Target"
              error={errors[`${i}.targetMinor`]}
              placeholder="e.g. 110"
              value={row.target}
              onChange={(target) => update(row.key, { target })}
            />
            <button
              type="button"
              className="icon-button benchmark-remove"
              aria-label={`Remove benchmark ${i + 1}${row.currency ? ` (${row.currency} ${unitLabels[row.unit].toLowerCase()})` : ''}`}
              onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
            >
              <Trash2 size={15} aria-hidden="true" />
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-sm"
          onClick={() =>
            setRows((current) => [...current, newRow(current.at(-1)?.currency ?? defaultCurrency(), 'day')])
          }
        >
          <Plus size={14} aria-hidden="true" />
          Add a benchmark
        </button>
      </form>
    </Dialog>
  );
}

interface AmountFieldProps {
  id: string;
  label: string;
  error: string | undefined;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/** A money amount typed as text (parsed with the gig form's parser when the list is saved). */
function AmountField({ id, label, error, placeholder, value, onChange }: AmountFieldProps) {
  return (
    <Field id={id} label={label} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          className="input"
          inputMode="decimal"
          autoComplete="off"
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
