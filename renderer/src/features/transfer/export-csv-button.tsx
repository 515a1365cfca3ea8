/**
 * "Export CSV" for a list screen: exports the list with the screen's filters that the CSV export
 * understands. A filter it cannot apply (a text search) is named on the button and in the toast, so the
 * file's contents are never a surprise.
 */
import { Download, LoaderCircle } from 'lucide-react';
import type { CsvExportInput } from '../../../../electron/contract';
import { useExport } from './use-transfer';

interface ExportCsvButtonProps {
  input: CsvExportInput;
  /** What the export leaves out of the screen's filtering, e.g. "the search is not applied". */
  unapplied?: string | null;
}

export function ExportCsvButton({ input, unapplied }: ExportCsvButtonProps) {
  const exporter = useExport();
  const what = input.list;
  const title = `Save the ${what} in this list as a CSV file for Excel or LibreOffice${unapplied ? ` (${unapplied})` : ''}`;
  return (
    <button
      type="button"
      className="button button-ghost button-sm pane-header-export"
      title={title}
      disabled={exporter.isPending}
      onClick={() => exporter.mutate({ what: 'csv', input, ...(unapplied ? { note: unapplied } : {}) })}
    >
      {exporter.isPending ? (
        <LoaderCircle size={14} className="spinner" aria-hidden="true" />
      ) : (
        <Download size={14} aria-hidden="true" />
      )}
      Export CSV
    </button>
  );
}
