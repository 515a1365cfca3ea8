import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/log';
import { CRASH_WINDOW_MS, decideOnRendererGone, watchRendererHealth } from './renderer-health';
import { FakeBrowserWindow, fakeElectron } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

function watched() {
  const window = new FakeBrowserWindow({});
  const error = vi.fn();
  let clock = 1_000_000;
  watchRendererHealth(window as unknown as BrowserWindow, {
    log: { ...silentLogger, error },
    dataDir: '/data/Gigline',
    now: () => clock,
  });
  const gone = (reason = 'crashed') => window.webContents.emit('render-process-gone', {}, { reason, exitCode: 139 });
  return { window, contents: window.webContents, error, gone, advance: (ms: number) => (clock += ms) };
}

describe('renderer crash policy (S12)', () => {
  it('reloads the first crashes and asks once they repeat within a minute', () => {
    expect(decideOnRendererGone([], 0)).toBe('reload');
    expect(decideOnRendererGone([0], 1000)).toBe('reload');
    expect(decideOnRendererGone([0, 1000], 2000)).toBe('ask');
    expect(decideOnRendererGone([0, 1000], CRASH_WINDOW_MS + 1000)).toBe('reload');
  });
});

describe('watchRendererHealth (S12)', () => {
  it('logs a gone renderer and reloads the window', () => {
    const { contents, error, gone } = watched();
    gone('oom');
    expect(error).toHaveBeenCalledWith(expect.any(String), { reason: 'oom', exitCode: 139 });
    expect(contents.reload).toHaveBeenCalledOnce();
  });

  it('asks Reload / Quit when the renderer keeps dying, and acts on the answer', async () => {
    const { contents, gone } = watched();
    gone();
    gone();
    expect(contents.reload).toHaveBeenCalledTimes(2);
    fakeElectron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    gone();
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledOnce();
    const options = fakeElectron.dialog.showMessageBox.mock.calls[0] as unknown as [unknown, { buttons: string[] }];
    expect(options[1].buttons).toEqual(['Reload', 'Quit']);
    await vi.waitFor(() => expect(fakeElectron.app.quit).toHaveBeenCalledOnce());
    expect(contents.reload).toHaveBeenCalledTimes(2);

    fakeElectron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    gone();
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalledTimes(3));
  });

  it('goes back to reloading once the crashes are old', () => {
    const { contents, gone, advance } = watched();
    gone();
    gone();
    advance(CRASH_WINDOW_MS);
    fakeElectron.dialog.showMessageBox.mockClear();
    gone();
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(fakeElectron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('ignores a gone renderer of a window that is already destroyed', () => {
    const { window, contents, gone } = watched();
    window.destroyed = true;
    gone();
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('offers to reload a hung window; Reload kills the renderer and the gone handler reloads it', async () => {
    const { contents, gone } = watched();
    fakeElectron.dialog.showMessageBox.mockClear();
    fakeElectron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    contents.emit('unresponsive');
    await vi.waitFor(() => expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce());
    gone('killed');
    expect(contents.reload).toHaveBeenCalledOnce();
  });

  it('keeps waiting when asked to', async () => {
    const { contents } = watched();
    fakeElectron.dialog.showMessageBox.mockClear();
    fakeElectron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    contents.emit('unresponsive');
    await vi.waitFor(() => expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledOnce());
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
