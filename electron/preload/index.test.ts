import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type DesktopApi } from '../contract/desktop-api';
import { fakeElectron } from '../main/testing/fake-electron';

vi.mock('electron', () => import('../main/testing/fake-electron').then((m) => m.fakeElectron));

await import('./index');

const exposed = fakeElectron.contextBridge.exposeInMainWorld.mock.calls as unknown as Array<[string, DesktopApi]>;
const desktop = exposed[0]?.[1];

describe('preload surface (S6)', () => {
  it('exposes exactly window.desktop with exactly invoke and onEvent', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('desktop');
    expect(Object.keys(desktop).sort()).toEqual(['invoke', 'onEvent']);
    expect(Object.values(desktop).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(desktop)).not.toContain(fakeElectron.ipcRenderer);
  });

  it('invokes the one channel with the procedure name and input ({} when none)', async () => {
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, data: { pong: true } });
    await expect(desktop.invoke('app.ping', { a: 1 })).resolves.toEqual({ ok: true, data: { pong: true } });
    await desktop.invoke('clients.list', undefined);
    await desktop.invoke('clients.list', null);
    expect(fakeElectron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_INVOKE_CHANNEL, 'app.ping', { a: 1 }],
      [IPC_INVOKE_CHANNEL, 'clients.list', {}],
      [IPC_INVOKE_CHANNEL, 'clients.list', {}],
    ]);
  });

  it('hands listeners the event payload only, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = desktop.onEvent(listener);
    const event = { name: 'data.changed', payload: { entities: ['clients'] } };
    const ipcEvent = { sender: { secret: true }, senderId: 0 };
    fakeElectron.ipcRenderer.emitter.emit(IPC_EVENT_CHANNEL, ipcEvent, event);
    expect(listener.mock.calls).toEqual([[event]]);
    unsubscribe();
    fakeElectron.ipcRenderer.emitter.emit(IPC_EVENT_CHANNEL, ipcEvent, event);
    expect(listener).toHaveBeenCalledOnce();
    expect(fakeElectron.ipcRenderer.emitter.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
  });

  it('uses no sendSync, send or raw channel access in its source', () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, 'index.ts'), 'utf8');
    expect(source).not.toMatch(/sendSync|ipcRenderer\.send\b|exposeInMainWorld\([^)]*ipcRenderer\)/);
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });
});
