/** Words for export toasts, the import progress bar and the calendar file's status. */
import type { EventMap } from '../../../../electron/contract';
import { plural } from './import-model';

export type CsvList = 'clients' | 'gigs' | 'interviews' | 'deadlines';

export const csvLists: { value: CsvList; label: string; one: string }[] = [
  { value: 'clients', label: 'Clients', one: 'client' },
  { value: 'gigs', label: 'Gigs', one: 'gig' },
  { value: 'interviews', label: 'Interviews', one: 'interview' },
  { value: 'deadlines', label: 'Deadlines', one: 'deadline' },
];

const csvWords: Record<CsvList, [string, string]> = {
  clients: ['client', 'clients'],
  gigs: ['gig', 'gigs'],
  interviews: ['interview', 'interviews'],
  deadlines: ['deadline', 'deadlines'],
};

export type ExportWhat = CsvList | 'everything' | 'calendar';

/** "Exported 42 clients to gigline-clients-2026-11-26.csv". */
export function exportedMessage(what: ExportWhat, count: number, fileName: string): string {
  const [one, many] =
    what === 'everything' ? ['record', 'records'] : what === 'calendar' ? ['event', 'events'] : csvWords[what];
  const amount = count === 0 ? `no ${many}` : plural(count, one, many);
  return `Exported ${amount} to ${fileName}`;
}

export type ImportProgress = EventMap['import.progress'];

const phaseWords: Record<ImportProgress['phase'], string> = {
  validating: 'Checking rows',
  writing: 'Writing',
  indexing: 'Updating search',
};

/** "Checking rows: 3,000 of 10,000" and the share done (null while it is not known yet). */
export function formatProgress(progress: ImportProgress | null): { label: string; fraction: number | null } {
  if (!progress) return { label: 'Starting…', fraction: null };
  const word = phaseWords[progress.phase];
  if (progress.total <= 0) return { label: `${word}…`, fraction: null };
  const done = Math.min(progress.done, progress.total);
  return {
    label: `${word}: ${done.toLocaleString()} of ${progress.total.toLocaleString()}`,
    fraction: done / progress.total,
  };
}

/** "12.4 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A 'YYYY-MM-DD' date input's value as the start of that day here (epoch ms), or null when blank or invalid. */
export function startOfLocalDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date.getTime() : null;
}
