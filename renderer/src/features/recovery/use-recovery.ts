/**
 * Recovery mode's data: the status (every backup judged by a full integrity check, so it can take a
 * moment) and the three ways back. Success switches the running core to normal mode; the renderer then
 * drops everything it cached, asks app.getInfo again and opens the agenda.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import type { Recovered } from '../../../../electron/contract';
import { call } from '../../api/client';
import { useToast } from '../../components/toast';

export const recoveryKeys = { status: ['recovery', 'status'] as const };

export function useRecoveryStatus() {
  return useQuery({ queryKey: recoveryKeys.status, queryFn: () => call('recovery.getStatus', {}), staleTime: 0 });
}

export type RecoveryAction =
  { kind: 'backup'; file: string; label: string } | { kind: 'file'; path: string } | { kind: 'fresh' };

function perform(action: RecoveryAction): Promise<Recovered> {
  switch (action.kind) {
    case 'backup':
      return call('recovery.restoreBackup', { file: action.file });
    case 'file':
      return call('recovery.useFile', { path: action.path });
    case 'fresh':
      return call('recovery.startFresh', { confirm: true });
  }
}

/** The last part of a path, for messages (the full path is shown elsewhere). */
export const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function successMessage(action: RecoveryAction, result: Recovered): string {
  switch (action.kind) {
    case 'backup':
      return `Restored ${action.label}. Your data is back.`;
    case 'file':
      return `Gigline now uses a copy of ${fileName(action.path)}; the file itself stays where it was.`;
    case 'fresh':
      return result.setAside
        ? `Started with an empty database. The old file is kept as ${fileName(result.setAside)}.`
        : 'Started with an empty database. The old file and your backups are kept.';
  }
}

export function useRecover() {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const toast = useToast();
  return useMutation({
    mutationFn: perform,
    onSuccess: async (result, action) => {
      navigate('/agenda', { replace: true });
      // The fresh app.getInfo (mode 'normal') makes the gate show the app; nothing cached before is kept.
      const info = await call('app.getInfo', {});
      queryClient.setQueryData(['app', 'info'], info);
      queryClient.removeQueries({ queryKey: ['recovery'] });
      void queryClient.invalidateQueries();
      toast.success(successMessage(action, result));
    },
  });
}
