/**
 * Whether Gigline can save right now, learned from the answers `call()` sees: a READONLY or STORAGE_FULL
 * error from any procedure raises the problem, a successful write clears it (the cause is gone), and an
 * app.getInfo that says the database was opened read-only raises it from the start. Reads prove nothing
 * about writing, so they never clear it. The banner (features/backups/storage-banner.tsx) shows it.
 */
import { useSyncExternalStore } from 'react';
import type { Result } from '../../../electron/contract';

export type StorageProblem = 'full' | 'readonly';

export interface StorageStatus {
  problem: StorageProblem | null;
  /**
   * 'start': the database was opened read-only, so saving needs a restart once the file is writable;
   * 'write': a save failed while running, and the next successful one clears the problem by itself.
   */
  origin: 'start' | 'write' | null;
  /** The core's own message for the last failure, for anyone who wants the detail. */
  detail: string | null;
  /** How many failures in a row since the problem appeared (a "Try again" that fails adds one). */
  failures: number;
}

export const storageOk: StorageStatus = { problem: null, origin: null, detail: null, failures: 0 };

/**
 * Procedures that write the database or the disk: their success means saving works again. Matched by the
 * verb after the area, so a new read procedure can never clear the banner by mistake.
 */
const WRITE_VERB =
  /^(create|update|delete|set[A-Z]|move|reorder|snooze|dismiss|complete|pause|restore|commit|write|useFile|startFresh)/;

export function isWriteProcedure(name: string): boolean {
  const verb = name.slice(name.indexOf('.') + 1);
  return name.includes('.') && WRITE_VERB.test(verb);
}

function openedReadOnly(name: string, result: Result<unknown>): boolean {
  if (name !== 'app.getInfo' || !result.ok) return false;
  const data = result.data as { readOnly?: unknown } | null;
  return typeof data === 'object' && data !== null && data.readOnly === true;
}

/** The next status after one answer; the same object when nothing changed (no re-render). */
export function nextStorageStatus(current: StorageStatus, name: string, result: Result<unknown>): StorageStatus {
  if (!result.ok) {
    const { code, message } = result.error;
    if (code !== 'STORAGE_FULL' && code !== 'READONLY') return current;
    const problem: StorageProblem = code === 'STORAGE_FULL' ? 'full' : 'readonly';
    const origin = problem === 'readonly' && current.origin === 'start' ? 'start' : 'write';
    return { problem, origin, detail: message, failures: current.failures + 1 };
  }
  if (openedReadOnly(name, result)) {
    if (current.problem === 'readonly' && current.origin === 'start') return current;
    return { problem: 'readonly', origin: 'start', detail: null, failures: Math.max(current.failures, 1) };
  }
  if (current.problem !== null && isWriteProcedure(name)) return storageOk;
  return current;
}

export interface StorageStatusStore {
  get: () => StorageStatus;
  subscribe: (listener: () => void) => () => void;
  note: (name: string, result: Result<unknown>) => void;
}

export function createStorageStatusStore(): StorageStatusStore {
  let status = storageOk;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    note(name, result) {
      const next = nextStorageStatus(status, name, result);
      if (next === status) return;
      status = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** The page's one store, fed by `call()`. */
export const storageStatus = createStorageStatusStore();

export function useStorageStatus(): StorageStatus {
  return useSyncExternalStore(storageStatus.subscribe, storageStatus.get, storageStatus.get);
}
