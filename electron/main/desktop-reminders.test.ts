import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../contract';
import { silentLogger } from '../core/log';
import {
  desktopPlatform,
  startDesktopReminders,
  TEST_NOTIFICATIONS_KEY,
  type DesktopReminders,
} from './desktop-reminders';
import { FakeNotification, FakeTray, fakeElectron } from './testing/fake-electron';
import {
  HOUR,
  reminderState,
  startCoreWithTimers,
  TEST_START,
  timedDeadline,
  type CoreWithTimers,
} from './testing/reminder-fixtures';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

let rig: CoreWithTimers;
let background: DesktopReminders | null = null;
const showWindow = vi.fn();
const refreshTimeZone = vi.fn();
const powerMonitor = fakeElectron.powerMonitor;

beforeEach(async () => {
  FakeNotification.instances = [];
  FakeNotification.isSupported.mockReturnValue(true);
  FakeTray.instances = [];
  showWindow.mockClear();
  refreshTimeZone.mockClear();
  rig = await startCoreWithTimers({
    platform: desktopPlatform({ platform: 'linux', isPackaged: false, hasTray: () => background?.hasTray() ?? false }),
  });
});

afterEach(() => {
  background?.stop();
  background = null;
  rig.t.cleanup();
  delete (globalThis as Record<string, unknown>)[TEST_NOTIFICATIONS_KEY];
});

function start(extra: { recordNotificationsForTests?: boolean } = {}) {
  background = startDesktopReminders({
    core: rig.t.core,
    platform: 'linux',
    isPackaged: false,
    trayIconPath: path.resolve('build/tray-icon.png'),
    showWindow,
    quit: vi.fn(),
    log: silentLogger,
    loginItem: { executable: '/opt/gigline/gigline', autostartDir: path.join(rig.t.dir, 'autostart') },
    timers: rig.timers,
    refreshTimeZone,
    ...extra,
  });
  return background;
}

const titles = () => FakeNotification.instances.map((n) => n.options.title);

describe('desktop reminder delivery', () => {
  it('delivers a due reminder as a notification whose click opens the item', async () => {
    start();
    const deadline = await timedDeadline(rig, 'Invoice', TEST_START + 2 * HOUR);
    rig.timers.advance(HOUR);
    expect(titles()).toEqual(['Due in 1 hour: Invoice']);
    FakeNotification.instances[0]?.emit('click', {});
    expect(showWindow).toHaveBeenCalledWith(`/deadlines/${deadline.id}`);
  });

  it('resume: re-reads the time zone, wakes the scheduler, and what fell due in sleep is shown once despite two resumes (N8)', async () => {
    const { scheduler } = start();
    const wake = vi.spyOn(scheduler, 'wake');
    await timedDeadline(rig, 'Invoice', TEST_START + 2 * HOUR);
    // Asleep for three hours: the wall clock moves, no timer runs.
    rig.t.clock.set(rig.t.clock.now() + 3 * HOUR, { freeze: true });
    expect(titles()).toEqual([]);

    powerMonitor.emit('resume');
    powerMonitor.emit('resume');
    expect(wake).toHaveBeenCalledTimes(2);
    expect(wake).toHaveBeenCalledWith('resume');
    expect(refreshTimeZone).toHaveBeenCalledTimes(2);
    expect(refreshTimeZone.mock.invocationCallOrder[0]).toBeLessThan(wake.mock.invocationCallOrder[0] ?? 0);
    expect(titles()).toEqual(['Due in 1 hour: Invoice']);

    // The timer armed before the sleep fires late and finds nothing; unlocking changes nothing either.
    rig.timers.advance(2 * HOUR);
    powerMonitor.emit('unlock-screen');
    expect(wake).toHaveBeenLastCalledWith('unlock-screen');
    expect(titles()).toEqual(['Due in 1 hour: Invoice']);
    const [item] = (await rig.t.call('reminders.inbox', {})).items;
    expect(item && reminderState(rig.t, item.id).state).toBe('delivered');
  });

  it('without OS notifications (N14) nothing is shown, the app still gets the delivery, and the status says so', async () => {
    FakeNotification.isSupported.mockReturnValue(false);
    start();
    const events: AppEvent[] = [];
    rig.t.core.events.subscribe((event) => events.push(event));
    await timedDeadline(rig, 'Invoice', TEST_START + 2 * HOUR);
    rig.timers.advance(HOUR);
    expect(FakeNotification.instances).toHaveLength(0);
    expect(events.filter((e) => e.name === 'reminders.delivered').map((e) => e.payload)).toMatchObject([
      { kind: 'single', title: 'Due in 1 hour: Invoice' },
    ]);
    expect((await rig.t.call('reminders.inbox', {})).items).toHaveLength(1);
    expect(await rig.t.call('app.getCapabilities', {})).toEqual({
      shell: 'desktop',
      notifications: 'unsupported',
      tray: true,
      launchAtLogin: false,
    });
  });

  it('the status reports a missing tray', async () => {
    const spy = vi.spyOn(fakeElectron.nativeImage, 'createFromPath').mockImplementationOnce(() => {
      throw new Error('no tray here');
    });
    start();
    spy.mockRestore();
    expect(await rig.t.call('app.getCapabilities', {})).toMatchObject({ notifications: 'supported', tray: false });
  });

  it('stop() detaches everything: no wake on resume, no tray, no timer left', () => {
    const { scheduler } = start();
    const wake = vi.spyOn(scheduler, 'wake');
    background?.stop();
    background = null;
    powerMonitor.emit('resume');
    expect(wake).not.toHaveBeenCalled();
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(0);
    expect(FakeTray.instances[0]?.isDestroyed()).toBe(true);
    expect(scheduler.isRunning()).toBe(false);
    expect(rig.timers.pendingCount()).toBe(0);
  });

  it('the development-build e2e hook records each notification shown, and only when asked', async () => {
    start({ recordNotificationsForTests: true });
    await timedDeadline(rig, 'Invoice', TEST_START + 2 * HOUR);
    rig.timers.advance(HOUR);
    expect((globalThis as Record<string, unknown>)[TEST_NOTIFICATIONS_KEY]).toEqual([
      { title: 'Due in 1 hour: Invoice', body: expect.any(String) as string },
    ]);
  });

  it('records nothing without the hook', async () => {
    start();
    await timedDeadline(rig, 'Invoice', TEST_START + 2 * HOUR);
    rig.timers.advance(HOUR);
    expect(titles()).toHaveLength(1);
    expect(TEST_NOTIFICATIONS_KEY in globalThis).toBe(false);
  });
});
