/**
 * Data hooks for backups. Keys live under 'backups' (the core's data.changed names it after a restore).
 * A restore replaces every table at once, so afterwards every query is refetched, not just the backups.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

export const backupKeys = {
  all: ['backups'] as const,
  list: ['backups', 'list'] as const,
  folder: ['backups', 'folder'] as const,
};

export function useBackupList() {
  return useQuery({
    queryKey: backupKeys.list,
    queryFn: async () => {
      const backups = await call('backups.list', {});
      return [...backups].sort((a, b) => b.createdAt - a.createdAt);
    },
  });
}

export function useBackupFolder() {
  return useQuery({ queryKey: backupKeys.folder, queryFn: () => call('backups.getFolder', {}) });
}

export function useCreateBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  });
}

export function useOpenBackupFolder() {
  return useMutation({ mutationFn: () => call('backups.openFolder', {}) });
}

export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: string) => call('backups.restore', { file }),
    // Everything on every screen came from the replaced database.
    onSuccess: () => queryClient.invalidateQueries(),
    // A backup that vanished or failed its check: the list may be out of date.
    onError: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  });
}
