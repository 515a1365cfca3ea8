/**
 * Step 3: what the import would do. Totals, a table per kind of record, warnings, then either the problems
 * (grouped by row, with the row's name) or the rows themselves — at most PREVIEW_ROWS from the core and
 * the problems shown a hundred at a time, so a huge file never becomes thousands of elements.
 */
import { CircleAlert } from 'lucide-react';
import { useState } from 'react';
import type { ImportIssue, ImportKind, ImportPreview, ImportRow } from '../../../../electron/contract';
import { entityLabel, errorRowCount, formatTotals, groupIssues, plural, rowPlace } from './import-model';
import { ImportWarnings } from './import-warnings';

const ISSUE_PAGE = 100;

const statusWords: Record<ImportRow['status'], string> = {
  new: 'New',
  update: 'Update',
  duplicate: 'Duplicate',
  error: 'Problem',
};

function fixHint(kind: ImportKind, errorRows: number): string {
  if (kind === 'ics' && errorRows) return 'leave those events out, or fix the invite and choose it again.';
  if (!errorRows) return 'fix the file, save it, and choose it again.';
  return `correct ${errorRows === 1 ? 'that row' : 'those rows'} in the file, save it, and choose it again.`;
}

export interface CommitFailure {
  message: string;
  issues: ImportIssue[];
}

export function IssueList({ kind, issues, rows }: { kind: ImportKind; issues: ImportIssue[]; rows: ImportRow[] }) {
  const [shown, setShown] = useState(ISSUE_PAGE);
  const groups = groupIssues(kind, issues, rows);
  return (
    <>
      <ul className="import-issues" aria-label="Problems">
        {groups.slice(0, shown).map((group) => (
          <li key={group.key} className="import-issue">
            <span className="import-issue-place">{group.place ?? 'File'}</span>
            <div className="import-issue-body">
              {group.label ? <span className="import-issue-label">{group.label}</span> : null}
              <ul>
                {group.messages.map((message, index) => (
                  <li key={index}>{message}</li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
      {groups.length > shown ? (
        <button type="button" className="button button-sm" onClick={() => setShown((n) => n + ISSUE_PAGE)}>
          Show {Math.min(ISSUE_PAGE, groups.length - shown)} more of {groups.length - shown}
        </button>
      ) : null}
    </>
  );
}

function SummaryTable({ summary }: { summary: ImportPreview['summary'] }) {
  const rows = summary.filter((s) => s.created + s.updated + s.skipped > 0);
  if (!rows.length) return null;
  return (
    <table className="import-summary">
      <caption className="visually-hidden">What would change, per kind of record</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">New</th>
          <th scope="col">Updated</th>
          <th scope="col">Skipped</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.entity}>
            <th scope="row">{entityLabel(s.entity)}</th>
            <td>{s.created.toLocaleString()}</td>
            <td>{s.updated.toLocaleString()}</td>
            <td>{s.skipped.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowList({ kind, preview }: { kind: ImportKind; preview: ImportPreview }) {
  if (!preview.rows.length) return null;
  const partial = preview.totalRows > preview.rows.length;
  return (
    <section aria-labelledby="import-rows-title">
      <h3 id="import-rows-title" className="import-step-title">
        {partial
          ? `The first ${preview.rows.length.toLocaleString()} of ${plural(preview.totalRows, 'row', 'rows')}`
          : plural(preview.rows.length, 'row', 'rows')}
      </h3>
      <ul className="import-rows">
        {preview.rows.map((row) => (
          <li key={`${row.entity}:${row.row}`} className="import-row">
            <span className={`import-status import-status-${row.status}`}>{statusWords[row.status]}</span>
            <span className="import-row-place">{rowPlace(kind, row.entity, row.row)}</span>
            <span className="import-row-label">{row.label}</span>
            {row.messages.length ? <span className="import-row-messages">{row.messages.join(' · ')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ImportPreviewStepProps {
  kind: ImportKind;
  preview: ImportPreview;
  failure: CommitFailure | null;
}

export function ImportPreviewStep({ kind, preview, failure }: ImportPreviewStepProps) {
  const errorRows = errorRowCount(preview.errors);
  return (
    <div className="import-step">
      <p className="import-totals" role="status">
        {formatTotals(preview)}
      </p>
      {failure ? (
        <div className="import-failure">
          <p className="alert" role="alert">
            <CircleAlert size={15} aria-hidden="true" />
            <span>
              <strong>Nothing was imported.</strong> {failure.message}
            </span>
          </p>
          {failure.issues.length ? <IssueList kind={kind} issues={failure.issues} rows={preview.rows} /> : null}
        </div>
      ) : null}
      {preview.errorCount > 0 ? (
        <div className="import-problems">
          <p className="alert" id="import-problems-title">
            <CircleAlert size={15} aria-hidden="true" />
            <span>
              {plural(preview.errorCount, 'problem', 'problems')}
              {errorRows ? ` in ${plural(errorRows, 'row', 'rows')}` : ''}. Nothing is imported while any remains:{' '}
              {fixHint(kind, errorRows)}
            </span>
          </p>
          <IssueList kind={kind} issues={preview.errors} rows={preview.rows} />
          {preview.errorCount > preview.errors.length ? (
            <p className="field-hint">
              {(preview.errorCount - preview.errors.length).toLocaleString()} more problems are not listed.
            </p>
          ) : null}
        </div>
      ) : null}
      <ImportWarnings warnings={preview.warnings} />
      <SummaryTable summary={preview.summary} />
      {preview.errorCount === 0 ? <RowList kind={kind} preview={preview} /> : null}
    </div>
  );
}
