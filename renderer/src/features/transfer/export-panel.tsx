/** The three exports: everything as JSON, one list as CSV, interviews and deadlines as a calendar file. */
import { CalendarDays, Download, FileJson, FileSpreadsheet, LoaderCircle } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import { csvLists, startOfLocalDay, type CsvList } from './transfer-format';
import { useExport } from './use-transfer';

function ExportOption(props: { icon: LucideIcon; title: string; hint: ReactNode; children: ReactNode }) {
  const { icon: Icon, title, hint, children } = props;
  const titleId = useId();
  return (
    <div className="transfer-option" role="group" aria-labelledby={titleId}>
      <span className="transfer-option-icon" aria-hidden="true">
        <Icon size={16} />
      </span>
      <div className="transfer-option-body">
        <h4 id={titleId} className="transfer-option-title">
          {title}
        </h4>
        <p className="field-hint">{hint}</p>
        <div className="transfer-option-controls">{children}</div>
      </div>
    </div>
  );
}

function ExportButton({ label, pending, onClick, disabled }: ExportButtonProps) {
  return (
    <button type="button" className="button button-sm" onClick={onClick} disabled={pending || disabled}>
      {pending ? (
        <LoaderCircle size={14} className="spinner" aria-hidden="true" />
      ) : (
        <Download size={14} aria-hidden="true" />
      )}
      {label}
    </button>
  );
}

interface ExportButtonProps {
  label: string;
  pending: boolean;
  onClick: () => void;
  disabled?: boolean;
}

export function ExportPanel() {
  const everything = useExport();
  const csv = useExport();
  const calendar = useExport();
  const [list, setList] = useState<CsvList>('clients');
  const [include, setInclude] = useState({ interviews: true, deadlines: true });
  const [from, setFrom] = useState('');
  const fromInstant = startOfLocalDay(from);
  const fromInvalid = from !== '' && fromInstant === null;
  const chosen = (['interviews', 'deadlines'] as const).filter((kind) => include[kind]);
  const listLabel = csvLists.find((option) => option.value === list)?.label ?? 'List';

  return (
    <div className="settings-card transfer-card">
      <h3 className="settings-card-title">Export</h3>
      <ExportOption
        icon={FileJson}
        title="Everything (JSON)"
        hint="The complete, lossless copy of your data: every client, gig, interview, deadline, note and setting. Import it into Gigline to restore or move everything."
      >
        <ExportButton
          label="Export everything (JSON)"
          pending={everything.isPending}
          onClick={() => everything.mutate({ what: 'everything' })}
        />
      </ExportOption>
      <ExportOption
        icon={FileSpreadsheet}
        title="A list as CSV"
        hint="A spreadsheet of one list that opens in Excel, LibreOffice and Google Sheets."
      >
        <label htmlFor="export-csv-list" className="visually-hidden">
          List to export
        </label>
        <select
          id="export-csv-list"
          className="select select-sm transfer-select"
          value={list}
          onChange={(event) => setList(event.target.value as CsvList)}
        >
          {csvLists.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ExportButton
          label={`Export ${listLabel.toLowerCase()} as CSV`}
          pending={csv.isPending}
          onClick={() => csv.mutate({ what: 'csv', input: { list } })}
        />
      </ExportOption>
      <ExportOption
        icon={CalendarDays}
        title="Calendar (.ics)"
        hint="Interviews and deadlines with their reminders, for Google Calendar, Apple Calendar or Outlook."
      >
        <fieldset className="transfer-checks">
          <legend className="visually-hidden">Include</legend>
          {(['interviews', 'deadlines'] as const).map((kind) => (
            <label key={kind} className="check-option">
              <input
                type="checkbox"
                checked={include[kind]}
                onChange={(event) => setInclude((current) => ({ ...current, [kind]: event.target.checked }))}
              />
              <span>{kind === 'interviews' ? 'Interviews' : 'Deadlines'}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor="export-ics-from" className="transfer-inline-label">
          From <span className="field-optional">(optional)</span>
        </label>
        <input
          id="export-ics-from"
          type="date"
          className="input input-sm transfer-date"
          value={from}
          aria-invalid={fromInvalid}
          onChange={(event) => setFrom(event.target.value)}
        />
        <ExportButton
          label="Export calendar (.ics)"
          pending={calendar.isPending}
          disabled={chosen.length === 0 || fromInvalid}
          onClick={() =>
            calendar.mutate({
              what: 'calendar',
              input: { include: chosen, ...(fromInstant !== null ? { from: fromInstant } : {}) },
            })
          }
        />
        {chosen.length === 0 ? (
          <p className="field-error transfer-full">Choose interviews, deadlines or both.</p>
        ) : null}
      </ExportOption>
    </div>
  );
}
