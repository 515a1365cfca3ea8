import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

function roles(items: MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.role ? [item.role] : item.label ? [item.label] : []));
}

function submenu(template: MenuItemConstructorOptions[], role: string): MenuItemConstructorOptions[] {
  return (template.find((item) => item.role === role)?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('application menu', () => {
  const openDataFolder = vi.fn();

  it('has the standard menus; the app menu only on macOS', () => {
    const linux = buildMenuTemplate({ isMac: false, devTools: false, openDataFolder });
    const mac = buildMenuTemplate({ isMac: true, devTools: false, openDataFolder });
    expect(roles(linux)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(mac)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(submenu(linux, 'fileMenu'))).toEqual(['quit']);
    expect(roles(submenu(mac, 'appMenu'))).toContain('quit');
  });

  it('has the edit roles that make text fields work', () => {
    const template = buildMenuTemplate({ isMac: false, devTools: false, openDataFolder });
    expect(roles(submenu(template, 'editMenu'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(submenu(template, 'windowMenu'))).toEqual(['minimize', 'zoom', 'close']);
  });

  it('offers DevTools only in development', () => {
    const view = (devTools: boolean) =>
      roles(submenu(buildMenuTemplate({ isMac: false, devTools, openDataFolder }), 'viewMenu'));
    expect(view(false)).toEqual(['reload', 'forceReload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view(true)).toContain('toggleDevTools');
  });

  it('opens the data folder from Help', () => {
    const help = submenu(buildMenuTemplate({ isMac: false, devTools: false, openDataFolder }), 'help');
    const item = help.find((entry) => entry.label === 'Open Data Folder');
    (item?.click as () => void)();
    expect(openDataFolder).toHaveBeenCalledOnce();
  });
});
