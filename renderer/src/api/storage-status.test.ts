import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../electron/contract';
import { call } from './client';
import {
  createStorageStatusStore,
  isWriteProcedure,
  nextStorageStatus,
  storageOk,
  storageStatus,
  type StorageStatus,
} from './storage-status';

const full: Result<never> = { ok: false, error: { code: 'STORAGE_FULL', message: 'The disk is full.' } };
const readOnly: Result<never> = { ok: false, error: { code: 'READONLY', message: 'The file is read-only.' } };
const saved: Result<unknown> = { ok: true, data: { id: 1 } };
const info = (readOnlyFlag: boolean): Result<unknown> => ({
  ok: true,
  data: { name: 'Gigline', readOnly: readOnlyFlag, mode: 'normal' },
});

function run(steps: [string, Result<unknown>][], from: StorageStatus = storageOk): StorageStatus {
  return steps.reduce((status, [name, result]) => nextStorageStatus(status, name, result), from);
}

describe('isWriteProcedure', () => {
  it('knows writes by their verb', () => {
    for (const name of [
      'clients.create',
      'clients.update',
      'gigs.delete',
      'gigs.setArchived',
      'deadlines.setCompleted',
      'gigs.move',
      'stages.reorder',
      'reminders.snooze',
      'reminders.dismissAll',
      'reminders.pause',
      'backups.create',
      'backups.restore',
      'import.commit',
      'recovery.useFile',
      'recovery.startFresh',
    ]) {
      expect(isWriteProcedure(name), name).toBe(true);
    }
  });

  it('never counts a read as a write', () => {
    for (const name of [
      'clients.list',
      'clients.get',
      'gigs.board',
      'agenda.counts',
      'calendar.range',
      'search.query',
      'reminders.inbox',
      'reminders.upcoming',
      'app.getInfo',
      'app.ping',
      'settings.get',
      'backups.list',
      'backups.getFolder',
      'import.preview',
      'export.json',
      'settings',
    ]) {
      expect(isWriteProcedure(name), name).toBe(false);
    }
  });
});

describe('nextStorageStatus', () => {
  it('raises "full" on STORAGE_FULL and "readonly" on READONLY from any procedure', () => {
    expect(run([['clients.create', full]])).toEqual({
      problem: 'full',
      origin: 'write',
      detail: 'The disk is full.',
      failures: 1,
    });
    expect(run([['backups.create', readOnly]])).toMatchObject({ problem: 'readonly', origin: 'write' });
  });

  it('ignores other errors and leaves an existing problem alone', () => {
    const validation: Result<never> = { ok: false, error: { code: 'VALIDATION', message: 'Name is required' } };
    expect(run([['clients.create', validation]])).toBe(storageOk);
    const down = run([['clients.create', full]]);
    expect(run([['clients.update', validation]], down)).toBe(down);
  });

  it('counts failures in a row, so a failed retry can say so', () => {
    expect(
      run([
        ['clients.create', full],
        ['settings.update', full],
      ]).failures,
    ).toBe(2);
  });

  it('clears after the next successful write, not after a read', () => {
    const down = run([['clients.create', full]]);
    expect(
      run(
        [
          ['clients.list', saved],
          ['app.ping', saved],
        ],
        down,
      ),
    ).toBe(down);
    expect(
      run(
        [
          ['clients.list', saved],
          ['clients.create', saved],
        ],
        down,
      ),
    ).toEqual(storageOk);
  });

  it('raises "readonly" from the start when app.getInfo says the database opened read-only', () => {
    const start = run([['app.getInfo', info(true)]]);
    expect(start).toMatchObject({ problem: 'readonly', origin: 'start', failures: 1 });
    // Asking again changes nothing (no re-render), a failed save keeps it a start-up problem.
    expect(run([['app.getInfo', info(true)]], start)).toBe(start);
    expect(run([['clients.create', readOnly]], start)).toMatchObject({ origin: 'start', failures: 2 });
    // A writable database says nothing new; only a successful write clears it.
    expect(run([['app.getInfo', info(false)]], start)).toBe(start);
    expect(run([['settings.update', saved]], start)).toEqual(storageOk);
  });

  it('stays unchanged for reads and writes while everything is fine', () => {
    expect(
      run([
        ['clients.create', saved],
        ['app.getInfo', info(false)],
      ]),
    ).toBe(storageOk);
  });
});

describe('the store', () => {
  it('notifies subscribers only when the status changes', () => {
    const store = createStorageStatusStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.note('clients.list', saved);
    expect(listener).not.toHaveBeenCalled();
    store.note('clients.create', full);
    store.note('clients.list', saved);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().problem).toBe('full');
    store.note('clients.create', saved);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get()).toEqual(storageOk);
    unsubscribe();
    store.note('clients.create', full);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('call() feeds the page store', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function respond(body: Result<unknown>) {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(body)))),
    );
  }

  it('raises the problem on a failed write and clears it on the next successful one', async () => {
    respond(full);
    await expect(call('clients.create', { name: 'Acme' })).rejects.toMatchObject({ code: 'STORAGE_FULL' });
    expect(storageStatus.get().problem).toBe('full');
    respond({ ok: true, data: { items: [], total: 0 } });
    await call('clients.list', {});
    expect(storageStatus.get().problem).toBe('full');
    respond(saved);
    await call('settings.update', { app: {} });
    expect(storageStatus.get()).toEqual(storageOk);
  });
});
