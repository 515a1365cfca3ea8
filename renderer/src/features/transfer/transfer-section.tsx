/**
 * Settings → Export and import: the exports, the calendar subscription file, and the import wizard.
 * `#/settings?section=transfer` scrolls here (the command palette's "Export…"); `&import=1` also opens
 * the wizard ("Import…").
 */
import { FileUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { CalendarFeedPanel } from './calendar-feed-panel';
import { ExportPanel } from './export-panel';
import { ImportDialog } from './import-dialog';

export const TRANSFER_SECTION_ID = 'settings-transfer';

/** Acts once on `?section=transfer`, then drops it from the address so a reload does not repeat it. */
function useTransferParam(onOpen: (openImport: boolean) => void) {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  useEffect(() => {
    const params = new URLSearchParams(search);
    if (params.get('section') !== 'transfer') return;
    navigate(path, { replace: true });
    latest.current(params.get('import') === '1');
  }, [search, path, navigate]);
}

export function TransferSection() {
  const [importing, setImporting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useTransferParam((openImport) => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    if (openImport) setImporting(true);
  });

  return (
    <section className="settings-section" aria-labelledby={TRANSFER_SECTION_ID}>
      <h2 id={TRANSFER_SECTION_ID} ref={headingRef} className="transfer-heading">
        Export and import
      </h2>
      <p className="muted">
        Take your data anywhere: a complete copy, spreadsheets, or your calendar. Importing shows what would change
        before anything is written.
      </p>
      <ExportPanel />
      <CalendarFeedPanel />
      <div className="settings-card transfer-card">
        <h3 className="settings-card-title">Import</h3>
        <div className="transfer-import">
          <p className="field-hint">
            Clients or gigs from a spreadsheet (CSV), an interview from a calendar invite (.ics), or a Gigline JSON
            export. Every row is checked first; if any has a problem, nothing is written.
          </p>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            <FileUp size={14} aria-hidden="true" />
            Import from a file…
          </button>
        </div>
      </div>
      {importing ? <ImportDialog onClose={() => setImporting(false)} /> : null}
    </section>
  );
}
