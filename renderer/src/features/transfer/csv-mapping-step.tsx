/**
 * Step 2 for a CSV: which column feeds each field (prefilled from the core's suggestion, with an example
 * value from the file beside it), what to do with clients or gigs that already exist, and for gigs how to
 * treat unknown clients and amounts without a currency.
 */
import { useMemo } from 'react';
import type { ImportKind, ImportPreview } from '../../../../electron/contract';
import { Combobox } from '../../components/combobox';
import { Field } from '../../components/field';
import { currencyOptions } from '../gigs/currency-options';
import { columnSamples } from './csv-samples';
import type { ImportSetup, Mapping } from './import-model';

type CsvInfo = NonNullable<ImportPreview['csv']>;

interface CsvMappingStepProps {
  kind: ImportKind;
  csv: CsvInfo;
  content: string;
  setup: ImportSetup;
  onSetup: (patch: Partial<ImportSetup>) => void;
  /** Client-side and core messages per field key. */
  problems: Record<string, string>;
  currencyError: string | undefined;
}

export function CsvMappingStep(props: CsvMappingStepProps) {
  const { kind, csv, content, setup, onSetup, problems, currencyError } = props;
  const mapping: Mapping = setup.mapping ?? csv.mapping;
  const samples = useMemo(
    () => columnSamples(content, csv.delimiter, csv.headers.length),
    [content, csv.delimiter, csv.headers.length],
  );
  const noun = kind === 'gigs-csv' ? 'gig' : 'client';

  return (
    <div className="import-step">
      <div>
        <p className="field-hint import-step-intro">
          For each {noun} field, choose the column of your file that holds it. Gigline guessed from the headers; fields
          left on “Not imported” stay empty.
        </p>
        <table className="mapping-table">
          <caption className="visually-hidden">Which column of the file feeds each field</caption>
          <thead>
            <tr>
              <th scope="col">Gigline field</th>
              <th scope="col">Column in your file</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {csv.fields.map((field) => {
              const column = mapping[field.key] ?? null;
              const sample = column === null ? '' : (samples[column] ?? '');
              const id = `import-map-${field.key}`;
              const problem = problems[field.key];
              return (
                <tr key={field.key} className={column === null ? 'is-unmapped' : undefined}>
                  <th scope="row">
                    <label htmlFor={id}>
                      {field.label}
                      {field.required ? <span className="mapping-required"> (required)</span> : null}
                    </label>
                  </th>
                  <td>
                    <select
                      id={id}
                      className="select select-sm"
                      value={column === null ? '' : String(column)}
                      aria-invalid={Boolean(problem)}
                      aria-describedby={problem ? `${id}-error` : undefined}
                      onChange={(event) =>
                        onSetup({
                          mapping: {
                            ...mapping,
                            [field.key]: event.target.value === '' ? null : Number(event.target.value),
                          },
                        })
                      }
                    >
                      <option value="">Not imported</option>
                      {csv.headers.map((header, index) => (
                        <option key={index} value={index}>
                          {header || `Column ${index + 1}`}
                        </option>
                      ))}
                    </select>
                    {problem ? (
                      <p id={`${id}-error`} className="field-error">
                        {problem}
                      </p>
                    ) : null}
                  </td>
                  <td className="mapping-sample">{sample}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <fieldset className="import-choice">
        <legend className="field-label">
          When a {noun} already exists (
          {kind === 'gigs-csv' ? 'same title for the same client' : 'same email, or same name'})
        </legend>
        <label className="check-option">
          <input
            type="radio"
            name="import-csv-duplicates"
            checked={setup.csvDuplicates === 'skip'}
            onChange={() => onSetup({ csvDuplicates: 'skip' })}
          />
          <span>Skip it and keep what you have</span>
        </label>
        <label className="check-option">
          <input
            type="radio"
            name="import-csv-duplicates"
            checked={setup.csvDuplicates === 'update'}
            onChange={() => onSetup({ csvDuplicates: 'update' })}
          />
          <span>Update it with the file’s non-empty cells</span>
        </label>
      </fieldset>
      {kind === 'gigs-csv' ? (
        <div className="import-gig-options">
          <label className="check-option">
            <input
              type="checkbox"
              checked={setup.createMissingClients}
              onChange={(event) => onSetup({ createMissingClients: event.target.checked })}
            />
            <span>Create clients that do not exist yet (otherwise such rows are errors)</span>
          </label>
          <Field
            id="import-default-currency"
            label="Currency for amounts written without one"
            hint="Leave empty to treat such amounts as errors."
            error={currencyError}
            className="import-currency"
          >
            {(a11y) => (
              <Combobox
                {...a11y}
                value={setup.defaultCurrency}
                onChange={(value) => onSetup({ defaultCurrency: value.toUpperCase() })}
                options={currencyOptions()}
                placeholder="EUR"
              />
            )}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
