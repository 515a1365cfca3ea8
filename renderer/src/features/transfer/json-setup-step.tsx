/**
 * Step 2 for a Gigline JSON export: what the file is, how it will be imported (into an empty database:
 * exactly, with the same ids; otherwise merged beside what is there), and what happens to duplicates.
 */
import type { ImportPreview } from '../../../../electron/contract';
import { formatDate } from '../../components/format';
import { plural, type ImportSetup } from './import-model';

type JsonInfo = NonNullable<ImportPreview['json']>;

interface JsonSetupStepProps {
  json: JsonInfo;
  totalRows: number;
  setup: ImportSetup;
  onSetup: (patch: Partial<ImportSetup>) => void;
}

export function JsonSetupStep({ json, totalRows, setup, onSetup }: JsonSetupStepProps) {
  const merge = json.mode === 'merge';
  return (
    <div className="import-step">
      <dl className="info-list import-facts">
        <div className="info-row">
          <dt>Exported</dt>
          <dd>
            {json.exportedAt !== null ? formatDate(json.exportedAt) : 'Unknown date'}
            {json.appVersion ? ` by Gigline ${json.appVersion}` : ''}
          </dd>
        </div>
        <div className="info-row">
          <dt>Contents</dt>
          <dd>
            {plural(totalRows, 'record', 'records')} · database schema version {json.schemaVersion}
          </dd>
        </div>
        <div className="info-row">
          <dt>How</dt>
          <dd>
            {merge ? (
              <>
                <strong>Merged</strong> with the data you have: records get new ids, and the ones you already have are
                recognised (clients by email, then name; the rest by their name or title) instead of copied.
              </>
            ) : (
              <>
                <strong>Exactly as exported</strong>: this database is empty, so every record keeps its id and links,
                and your settings come from the file.
              </>
            )}
          </dd>
        </div>
      </dl>
      {merge ? (
        <fieldset className="import-choice">
          <legend className="field-label">When a record matches one you already have</legend>
          <label className="check-option">
            <input
              type="radio"
              name="import-json-duplicates"
              checked={setup.jsonDuplicates === 'skip'}
              onChange={() => onSetup({ jsonDuplicates: 'skip' })}
            />
            <span>Skip it and keep yours as it is</span>
          </label>
          <label className="check-option">
            <input
              type="radio"
              name="import-json-duplicates"
              checked={setup.jsonDuplicates === 'merge'}
              onChange={() => onSetup({ jsonDuplicates: 'merge' })}
            />
            <span>Fill in what yours leaves empty from the file</span>
          </label>
        </fieldset>
      ) : null}
    </div>
  );
}
