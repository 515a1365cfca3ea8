/**
 * "Import from a file…": a four-step wizard in one dialog. Each step says what it is, moves focus to its
 * heading, and its main button says what happens next — or, when it cannot be pressed yet, why.
 */
import { ArrowLeft, FileUp, LoaderCircle } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Dialog } from '../../components/dialog';
import { CsvMappingStep } from './csv-mapping-step';
import { IcsSetupStep } from './ics-setup-step';
import { ImportFileStep } from './import-file-step';
import { chosenEvents, commitBlocker, mappingProblems, MAX_CHOSEN_EVENTS, plural } from './import-model';
import { ImportPreviewStep } from './import-preview-step';
import { ImportProgressBar, useImportProgress } from './import-progress';
import { ImportReportStep } from './import-report-step';
import { JsonSetupStep } from './json-setup-step';
import { useImportWizard, type ImportWizard, type WizardStep } from './use-import-wizard';

function stepTitle(wizard: ImportWizard): string {
  const titles: Record<WizardStep, string> = {
    file: 'Choose a file',
    setup:
      wizard.kind === 'ics'
        ? 'Choose the gig and the events'
        : wizard.kind === 'json'
          ? 'Check the file'
          : 'Match the columns',
    preview: 'Check what would change',
    committing: 'Importing',
    report: 'Done',
  };
  return titles[wizard.step];
}

const stepNumber: Record<WizardStep, number> = { file: 1, setup: 2, preview: 3, committing: 4, report: 4 };

function currencyProblem(value: string): string | undefined {
  if (!value) return undefined;
  return /^[A-Z]{3}$/.test(value) && Intl.supportedValuesOf('currency').includes(value)
    ? undefined
    : 'Choose a currency code like EUR or USD';
}

/** Why the setup step cannot be previewed yet (null = it can). */
function setupBlocker(wizard: ImportWizard, problems: Record<string, string>): string | null {
  const { kind, setup, info } = wizard;
  if (kind === 'clients-csv' || kind === 'gigs-csv') {
    if (Object.keys(problems).length) return 'Fix the column choices marked above.';
    if (kind === 'gigs-csv' && currencyProblem(setup.defaultCurrency)) return 'Choose a valid currency.';
  }
  if (kind === 'ics') {
    const count = info?.ics?.events.length ?? 0;
    const chosen = chosenEvents(count, setup.excludedEvents)?.length ?? count;
    if (!setup.gig) return 'Choose the gig these interviews belong to.';
    if (chosen === 0) return 'Choose at least one event.';
    if (setup.excludedEvents.length && chosen > MAX_CHOSEN_EVENTS) return 'Choose fewer events, or all of them.';
  }
  return null;
}

function SetupBody({ wizard, problems }: { wizard: ImportWizard; problems: Record<string, string> }) {
  const { kind, info, file, setup, patchSetup } = wizard;
  if (!info || !file || !kind) return null;
  const general = info.errors.filter((e) => e.row === null && e.entity !== 'mapping');
  return (
    <>
      {general.length ? (
        <ul className="alert import-general" role="alert">
          {general.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
      {info.csv ? (
        <CsvMappingStep
          kind={kind}
          csv={info.csv}
          content={file.content}
          setup={setup}
          onSetup={patchSetup}
          problems={problems}
          currencyError={currencyProblem(setup.defaultCurrency)}
        />
      ) : info.ics ? (
        <IcsSetupStep ics={info.ics} setup={setup} onSetup={patchSetup} />
      ) : info.json ? (
        <JsonSetupStep json={info.json} totalRows={info.totalRows} setup={setup} onSetup={patchSetup} />
      ) : null}
    </>
  );
}

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const wizard = useImportWizard();
  const { step, kind, info, preview, busy, setup } = wizard;
  const progress = useImportProgress(kind, busy === 'checking' || busy === 'previewing' || busy === 'committing');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const csv = info?.csv;
  const problems = csv && setup.mapping ? mappingProblems(csv.fields, csv.headers, setup.mapping) : {};
  const setupBlock = step === 'setup' ? setupBlocker(wizard, problems) : null;
  const commitBlock = step === 'preview' && preview && kind ? commitBlocker(kind, preview, setup) : null;
  const importCount = preview ? preview.totals.created + preview.totals.updated : 0;

  const footer = (
    <>
      {step === 'setup' || step === 'preview' ? (
        <button type="button" className="button button-ghost" onClick={wizard.back} disabled={busy !== null}>
          <ArrowLeft size={14} aria-hidden="true" />
          {step === 'setup'
            ? 'Choose another file'
            : kind === 'ics' || kind === 'json'
              ? 'Back to options'
              : 'Back to columns'}
        </button>
      ) : null}
      {step === 'preview' && preview && preview.errorCount > 0 ? (
        <button type="button" className="button" onClick={wizard.restart}>
          <FileUp size={14} aria-hidden="true" />
          Choose the corrected file
        </button>
      ) : null}
      <span className="import-footer-spacer" />
      {step === 'setup' && setupBlock ? <span className="import-blocker">{setupBlock}</span> : null}
      {step === 'preview' && commitBlock && preview?.errorCount === 0 ? (
        <span className="import-blocker" id="import-commit-blocker">
          {commitBlock}
        </span>
      ) : null}
      {step === 'report' ? (
        <button type="button" className="button" onClick={wizard.restart}>
          Import another file
        </button>
      ) : null}
      {step === 'file' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={!wizard.file || Boolean(wizard.fileError) || busy !== null}
          onClick={() => void wizard.analyse()}
        >
          {busy === 'checking' ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
          Continue
        </button>
      ) : step === 'setup' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={Boolean(setupBlock) || busy !== null}
          onClick={() => void wizard.runPreview()}
        >
          {busy === 'previewing' ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
          Preview import
        </button>
      ) : step === 'preview' || step === 'committing' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={Boolean(commitBlock) || busy !== null}
          aria-describedby={
            preview?.errorCount ? 'import-problems-title' : commitBlock ? 'import-commit-blocker' : undefined
          }
          onClick={() => void wizard.commit()}
        >
          {busy === 'committing' ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
          {busy === 'committing'
            ? 'Importing…'
            : importCount
              ? `Import ${plural(importCount, 'record', 'records')}`
              : 'Import'}
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      )}
    </>
  );

  return (
    <Dialog
      title="Import from a file"
      size="lg"
      onClose={() => {
        wizard.markClosed();
        onClose();
      }}
      footer={footer}
    >
      <div className="import-wizard">
        <p className="import-step-count">Step {stepNumber[step]} of 4</p>
        <h3 className="import-step-heading" ref={headingRef} tabIndex={-1}>
          {stepTitle(wizard)}
        </h3>
        {busy === 'checking' || busy === 'previewing' ? (
          <ImportProgressBar
            title={busy === 'checking' ? 'Reading the file' : 'Checking every row'}
            progress={progress}
          />
        ) : null}
        {step === 'file' ? (
          <ImportFileStep
            file={wizard.file}
            reading={busy === 'reading'}
            error={wizard.fileError}
            csvList={wizard.csvList}
            onCsvList={wizard.setCsvList}
            onPick={(picked) => void wizard.pickFile(picked)}
          />
        ) : step === 'setup' ? (
          <>
            {wizard.setupError ? (
              <p className="alert" role="alert">
                {wizard.setupError}
              </p>
            ) : null}
            <SetupBody wizard={wizard} problems={problems} />
          </>
        ) : step === 'committing' ? (
          <ImportProgressBar title="Importing" progress={progress} />
        ) : step === 'preview' && preview && kind ? (
          <ImportPreviewStep kind={kind} preview={preview} failure={wizard.failure} />
        ) : step === 'report' && wizard.result ? (
          <ImportReportStep result={wizard.result} onOpenList={onClose} />
        ) : null}
      </div>
    </Dialog>
  );
}
