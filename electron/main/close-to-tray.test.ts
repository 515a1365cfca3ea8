import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/log';
import { startTempCore, type TempCore } from '../core/testing/temp-core';
import { createCloseToTray, trayHintMessage } from './close-to-tray';
import { readAppSettingsNow, typedCalls } from './core-calls';
import { FakeBrowserWindow, FakeNotification, fakeElectron } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
  FakeNotification.instances = [];
  FakeNotification.isSupported.mockReturnValue(true);
  fakeElectron.dialog.showMessageBox.mockClear();
});
afterEach(() => t.cleanup());

function setUp(platform: NodeJS.Platform = 'linux') {
  const closeToTray = createCloseToTray({
    readAppSettings: () => readAppSettingsNow(t.core),
    call: typedCalls(t.core.dispatch),
    platform,
    log: silentLogger,
  });
  const window = new FakeBrowserWindow({});
  window.show();
  closeToTray.attach(window as unknown as BrowserWindow);
  return { closeToTray, window };
}

const hints = () => FakeNotification.instances.filter((n) => n.options.body === trayHintMessage('linux'));

describe('close to tray', () => {
  it('hides instead of closing while keepRunningInTray is on (the default), and explains it once', async () => {
    const { window } = setUp();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.hide).toHaveBeenCalledOnce();
    expect(window.isVisible()).toBe(false);
    expect(hints()).toHaveLength(1);
    expect(hints()[0]?.show).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect((await t.call('settings.get', {})).app.trayHintShown).toBe(true));

    window.show();
    window.close();
    expect(window.hide).toHaveBeenCalledTimes(2);
    expect(hints()).toHaveLength(1);
  });

  it('does not explain again after a restart: trayHintShown is persisted', async () => {
    setUp().window.close();
    await vi.waitFor(async () => expect((await t.call('settings.get', {})).app.trayHintShown).toBe(true));
    await t.reopen();
    const { window } = setUp();
    window.close();
    expect(window.hide).toHaveBeenCalledOnce();
    expect(hints()).toHaveLength(1);
  });

  it('closes for real when keepRunningInTray is off', async () => {
    await t.call('settings.update', { app: { keepRunningInTray: false } });
    const { window } = setUp();
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(window.hide).not.toHaveBeenCalled();
    expect(FakeNotification.instances).toHaveLength(0);
  });

  it('lets the close through once quitting (tray Quit, app menu Quit, Cmd+Q) or on Windows log-off', () => {
    const first = setUp();
    first.closeToTray.markQuitting();
    first.window.close();
    expect(first.window.isDestroyed()).toBe(true);

    const second = setUp();
    second.window.emit('session-end');
    second.window.close();
    expect(second.window.isDestroyed()).toBe(true);
    expect(second.closeToTray.isQuitting()).toBe(true);
  });

  it('closes normally when the data is not open (nothing to keep running for)', () => {
    const { window } = setUp();
    t.core.close();
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('explains in a message box where there are no notifications, and says "menu bar" on macOS', () => {
    FakeNotification.isSupported.mockReturnValue(false);
    const { window } = setUp('darwin');
    window.close();
    expect(FakeNotification.instances).toHaveLength(0);
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(JSON.stringify(fakeElectron.dialog.showMessageBox.mock.calls[0])).toContain(
      'Gigline is still running in the menu bar so your reminders can reach you.',
    );
    expect(trayHintMessage('win32')).toBe(
      'Gigline is still running in the tray so your reminders can reach you. Quit from the tray menu or the app menu.',
    );
  });
});
