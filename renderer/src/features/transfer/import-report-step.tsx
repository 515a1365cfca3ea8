/** Step 4: what the import did, per kind of record, with links to the lists that now show it. */
import { CircleCheck } from 'lucide-react';
import { Link } from 'wouter';
import type { ImportResult } from '../../../../electron/contract';
import { entityLabel, listRouteFor, plural } from './import-model';
import { ImportWarnings } from './import-warnings';

export function importedSummary(result: Pick<ImportResult, 'created' | 'updated' | 'skipped'>): string {
  const parts = [`${result.created.toLocaleString()} added`];
  if (result.updated) parts.push(`${result.updated.toLocaleString()} updated`);
  if (result.skipped) parts.push(`${result.skipped.toLocaleString()} skipped`);
  return parts.join(' · ');
}

export function ImportReportStep({ result, onOpenList }: { result: ImportResult; onOpenList: () => void }) {
  const rows = result.summary.filter((s) => s.created + s.updated + s.skipped > 0);
  return (
    <div className="import-step">
      <p className="import-done" role="status">
        <CircleCheck size={18} aria-hidden="true" />
        <span>
          <strong>Import finished.</strong> {importedSummary(result)}.
        </span>
      </p>
      {rows.length ? (
        <table className="import-summary">
          <caption className="visually-hidden">What was imported, per kind of record</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Skipped</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const route = listRouteFor(s.entity);
              return (
                <tr key={s.entity}>
                  <th scope="row">{entityLabel(s.entity)}</th>
                  <td>{s.created.toLocaleString()}</td>
                  <td>{s.updated.toLocaleString()}</td>
                  <td>{s.skipped.toLocaleString()}</td>
                  <td className="import-summary-link">
                    {route && s.entity !== 'contacts' ? (
                      <Link href={route} onClick={onOpenList}>
                        Open {entityLabel(s.entity).toLowerCase()}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          Nothing was added: {plural(result.skipped, 'record was', 'records were')} already there.
        </p>
      )}
      <ImportWarnings warnings={result.warnings} />
    </div>
  );
}
