/**
 * Data hooks for export and the calendar file. An export asks the core for the file's text and saves it
 * here; each button keeps its own mutation so only the pressed one shows it is working.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedStatus, CsvExportInput, ProcedureInput } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { useToast } from '../../components/toast';
import { saveFile } from './save-file';
import { exportedMessage } from './transfer-format';

export type ExportRequest =
  | { what: 'everything' }
  | { what: 'csv'; input: CsvExportInput; note?: string }
  | { what: 'calendar'; input: ProcedureInput<'export.ics'> };

function fetchExport(request: ExportRequest) {
  switch (request.what) {
    case 'everything':
      return call('export.json', {});
    case 'csv':
      return call('export.csv', request.input);
    case 'calendar':
      return call('export.ics', request.input);
  }
}

export function useExport() {
  const toast = useToast();
  return useMutation({
    mutationFn: async (request: ExportRequest) => {
      const file = await fetchExport(request);
      saveFile(file);
      return file;
    },
    onSuccess: (file, request) => {
      const what = request.what === 'csv' ? request.input.list : request.what;
      const note = request.what === 'csv' && request.note ? ` (${request.note})` : '';
      toast.success(`${exportedMessage(what, file.count, file.fileName)}${note}`);
    },
    onError: (error) => toast.error(`Could not export: ${errorMessage(error)}`),
  });
}

/** Under 'settings', so turning the file on or off elsewhere refreshes it too. */
export const calendarFeedKey = ['settings', 'calendar-feed'] as const;

export function useCalendarFeedStatus() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: () => call('calendarFeed.status', {}),
    // The file is rewritten in the background a moment after changes: read it fresh each time it is shown.
    staleTime: 0,
  });
}

export function useWriteCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('calendarFeed.write', {}),
    onSuccess: (status: CalendarFeedStatus) => queryClient.setQueryData(calendarFeedKey, status),
  });
}
