import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/log';
import { FakeBrowserWindow } from './testing/fake-electron';
import { createWindowController, entryUrlFor, isAppRoute } from './window-controller';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

const ENTRY = 'app://gigline/index.html';

describe('window controller', () => {
  const navigate = vi.fn();
  const controller = () =>
    createWindowController({
      create: () => new FakeBrowserWindow({}) as unknown as BrowserWindow,
      entryUrl: ENTRY,
      navigate,
      log: silentLogger,
    });

  beforeEach(() => {
    FakeBrowserWindow.instances = [];
    navigate.mockClear();
  });

  it('creates the window on the route when there is none (an event would reach no page yet)', () => {
    const windows = controller();
    windows.show('/deadlines/12');
    const [created] = FakeBrowserWindow.instances;
    expect(created?.loadURL).toHaveBeenCalledWith(`${ENTRY}#/deadlines/12`);
    expect(navigate).not.toHaveBeenCalled();
    expect(windows.contents()).toBe(created?.webContents);
  });

  it('restores, shows and focuses a hidden or minimised window and sends it the route', () => {
    const windows = controller();
    const window = windows.open() as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith(ENTRY);
    window.hide();
    window.isMinimized.mockReturnValue(true);
    windows.show('/interviews/3');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.isVisible()).toBe(true);
    expect(window.focus).toHaveBeenCalledOnce();
    expect(navigate).toHaveBeenCalledWith('/interviews/3');
    windows.show();
    expect(navigate).toHaveBeenCalledOnce();
  });

  it('forgets a closed window and opens a new one next time', () => {
    const windows = controller();
    const first = windows.open() as unknown as FakeBrowserWindow;
    first.close();
    expect(windows.current()).toBeNull();
    expect(windows.contents()).toBeNull();
    windows.show();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('passes on plain in-app paths only', () => {
    for (const route of ['/agenda', '/deadlines/12', '/gigs/3', '/settings']) expect(isAppRoute(route)).toBe(true);
    for (const route of ['', 'agenda', '//evil.example', '/a b', '/x?y=1', '/x#y', 'javascript:alert(1)', '/..%2f'])
      expect(isAppRoute(route), route).toBe(false);
    expect(entryUrlFor(ENTRY, '//evil.example')).toBe(ENTRY);
    const windows = controller();
    windows.open();
    windows.show('javascript:alert(1)');
    expect(navigate).not.toHaveBeenCalled();
  });
});
