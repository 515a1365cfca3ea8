/** Step 1: pick the file (refused over 20 MB before it is read), see what it is, and for a CSV say what it holds. */
import { CircleAlert, FileText } from 'lucide-react';
import type { CsvList, FileKind } from './import-model';
import { formatBytes } from './transfer-format';

export interface ChosenFile {
  name: string;
  size: number;
  content: string;
  fileKind: FileKind;
}

const kindWords: Record<FileKind, string> = {
  json: 'Gigline export (JSON)',
  csv: 'Spreadsheet (CSV)',
  ics: 'Calendar file (.ics)',
};

interface ImportFileStepProps {
  file: ChosenFile | null;
  reading: boolean;
  error: string | null;
  csvList: CsvList;
  onCsvList: (list: CsvList) => void;
  onPick: (file: File) => void;
}

export function ImportFileStep({ file, reading, error, csvList, onCsvList, onPick }: ImportFileStepProps) {
  return (
    <div className="import-step">
      <div className="field">
        <label className="field-label" htmlFor="import-file">
          File to import
        </label>
        <input
          id="import-file"
          type="file"
          className="file-input"
          accept=".json,.csv,.ics,application/json,text/csv,text/calendar"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'import-file-error' : 'import-file-hint'}
          onChange={(event) => {
            const picked = event.target.files?.[0];
            if (picked) onPick(picked);
          }}
        />
        {error ? (
          <p id="import-file-error" className="field-error" role="alert">
            <CircleAlert size={13} aria-hidden="true" />
            <span>{error}</span>
          </p>
        ) : (
          <p id="import-file-hint" className="field-hint">
            A .csv spreadsheet of clients or gigs (save it as CSV UTF-8), a calendar invite (.ics) or a Gigline JSON
            export. Up to 20 MB.
          </p>
        )}
      </div>
      {reading ? <p className="muted">Reading the file…</p> : null}
      {file && !error ? (
        <div className="import-file-card">
          <FileText size={18} aria-hidden="true" />
          <div>
            <p className="import-file-name">{file.name}</p>
            <p className="field-hint">
              {kindWords[file.fileKind]} · {formatBytes(file.size)}
            </p>
          </div>
        </div>
      ) : null}
      {file?.fileKind === 'csv' && !error ? (
        <fieldset className="segmented">
          <legend className="field-label">What does each row hold?</legend>
          {(['clients', 'gigs'] as const).map((list) => (
            <label key={list} className="segmented-option">
              <input
                type="radio"
                name="import-csv-list"
                value={list}
                checked={csvList === list}
                onChange={() => onCsvList(list)}
              />
              <span>{list === 'clients' ? 'Clients' : 'Gigs'}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
