/**
 * The import wizard's state: file → setup (the CSV mapping, the ICS gig and events, the JSON duplicates) →
 * preview → commit → report. import.preview and import.commit get the same input; nothing is kept in the
 * core between them. A reply that arrives after the person moved on (another file, a closed dialog) is
 * dropped, except that a finished commit is still announced.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { invalidateEntities } from '../../api/query-client';
import { useToast } from '../../components/toast';
import { defaultCurrency } from '../gigs/currency-options';
import type { ChosenFile } from './import-file-step';
import {
  buildImportInput,
  detectFileKind,
  fileSizeProblem,
  guessCsvList,
  importKindOf,
  initialSetup,
  issuesFromPaths,
  sameHeaders,
  type CsvList,
  type ImportSetup,
  type Mapping,
} from './import-model';
import type { CommitFailure } from './import-preview-step';
import { importedSummary } from './import-report-step';

export type WizardStep = 'file' | 'setup' | 'preview' | 'committing' | 'report';
type Busy = 'reading' | 'checking' | 'previewing' | 'committing' | null;

/** Everything an import can touch, refreshed after a commit (the core's data.changed also says so). */
const IMPORTED_ENTITIES = ['clients', 'contacts', 'gigs', 'stages', 'interviews', 'deadlines', 'reminders', 'settings'];

export function useImportWizard() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [step, setStep] = useState<WizardStep>('file');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [csvList, setCsvList] = useState<CsvList>('clients');
  const [setup, setSetup] = useState<ImportSetup>(() => initialSetup(defaultCurrency()));
  const [info, setInfo] = useState<ImportPreview | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [failure, setFailure] = useState<CommitFailure | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [setupError, setSetupError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const request = useRef(0);
  const closed = useRef(false);
  /** The last CSV mapping, reused when a corrected file with the same columns is chosen again. */
  const lastMapping = useRef<{ kind: string; headers: string[]; mapping: Mapping } | null>(null);
  const kind = file ? importKindOf(file.fileKind, csvList) : null;

  const patchSetup = (patch: Partial<ImportSetup>) => {
    setSetup((current) => ({ ...current, ...patch }));
    if (patch.mapping && info?.csv && kind) {
      lastMapping.current = { kind, headers: info.csv.headers, mapping: patch.mapping };
    }
  };

  const pickFile = async (picked: File) => {
    const ticket = ++request.current;
    setFile(null);
    setInfo(null);
    setPreview(null);
    setFailure(null);
    const tooLarge = fileSizeProblem(picked.size);
    setFileError(tooLarge);
    if (tooLarge) return;
    setBusy('reading');
    try {
      const content = await picked.text();
      if (ticket !== request.current) return;
      const fileKind = detectFileKind(picked.name, content.slice(0, 2000));
      if (!fileKind) {
        setFileError('Gigline imports .csv, .json and .ics files, and this one is none of them.');
        return;
      }
      if (fileKind === 'csv') setCsvList(guessCsvList(content.slice(0, 4000)));
      setFile({ name: picked.name, size: picked.size, content, fileKind });
    } catch {
      if (ticket === request.current)
        setFileError('Could not read this file. Check that it is still there and try again.');
    } finally {
      if (ticket === request.current) setBusy(null);
    }
  };

  /** File → setup: a first preview without options gives the headers, the events or the JSON facts. */
  const analyse = async () => {
    if (!file || !kind) return;
    const ticket = ++request.current;
    setBusy('checking');
    setFileError(null);
    try {
      const first = await call('import.preview', buildImportInput(kind, file.content, { ...setup, mapping: null }));
      if (ticket !== request.current) return;
      const last = lastMapping.current;
      const keep = last && last.kind === kind && sameHeaders(last.headers, first.csv?.headers);
      setSetup((current) => ({
        ...current,
        mapping: keep ? last.mapping : (first.csv?.mapping ?? null),
        excludedEvents: [],
      }));
      setInfo(first);
      setSetupError(null);
      setStep('setup');
    } catch (error) {
      if (ticket === request.current) setFileError(errorMessage(error));
    } finally {
      if (ticket === request.current) setBusy(null);
    }
  };

  const input = () =>
    file && kind ? buildImportInput(kind, file.content, setup, info?.ics?.events.length ?? 0) : null;

  const runPreview = async () => {
    const sent = input();
    if (!sent) return;
    const ticket = ++request.current;
    setBusy('previewing');
    setSetupError(null);
    try {
      const next = await call('import.preview', sent);
      if (ticket !== request.current) return;
      setPreview(next);
      setFailure(null);
      setStep('preview');
    } catch (error) {
      if (ticket === request.current) setSetupError(errorMessage(error));
    } finally {
      if (ticket === request.current) setBusy(null);
    }
  };

  const commit = async () => {
    const sent = input();
    if (!sent || !kind) return;
    const ticket = ++request.current;
    setBusy('committing');
    setFailure(null);
    setStep('committing');
    try {
      const done = await call('import.commit', sent);
      void invalidateEntities(queryClient, IMPORTED_ENTITIES);
      if (closed.current) toast.success(`Import finished: ${importedSummary(done)}`);
      if (ticket !== request.current) return;
      setResult(done);
      setStep('report');
    } catch (error) {
      const issues = isApiError(error) && error.code === 'VALIDATION' ? issuesFromPaths(kind, error.issues) : [];
      if (closed.current) toast.error(`Nothing was imported: ${errorMessage(error)}`);
      if (ticket !== request.current) return;
      setFailure({ message: errorMessage(error), issues });
      setStep('preview');
    } finally {
      if (ticket === request.current) setBusy(null);
    }
  };

  /** Back to the first step for a corrected file (the mapping is kept if its columns match). */
  const restart = () => {
    request.current++;
    setFile(null);
    setInfo(null);
    setPreview(null);
    setFailure(null);
    setResult(null);
    setFileError(null);
    setBusy(null);
    setStep('file');
  };

  const back = () => {
    request.current++;
    setBusy(null);
    setFailure(null);
    setStep(step === 'preview' ? 'setup' : 'file');
  };

  /** The dialog closed: later replies only announce a finished commit. */
  const markClosed = () => {
    closed.current = true;
    if (busy !== 'committing') request.current++;
  };

  return {
    step,
    kind,
    file,
    csvList,
    setCsvList,
    setup,
    patchSetup,
    info,
    preview,
    failure,
    result,
    fileError,
    setupError,
    busy,
    pickFile,
    analyse,
    runPreview,
    commit,
    restart,
    back,
    markClosed,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
