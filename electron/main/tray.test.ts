import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '../contract';
import { startReminderScheduler } from '../core/app-core';
import { silentLogger } from '../core/log';
import type { ReminderScheduler } from '../core/services/reminder-scheduler';
import { typedCalls } from './core-calls';
import { FakeTray, fakeElectron } from './testing/fake-electron';
import {
  HOUR,
  MINUTE,
  startCoreWithTimers,
  TEST_START,
  timedDeadline,
  type CoreWithTimers,
} from './testing/reminder-fixtures';
import {
  createGiglineTray,
  menuText,
  PAUSE_LABEL,
  RESUME_LABEL,
  trayImage,
  trayMenuTemplate,
  type GiglineTray,
} from './tray';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

const ICON = path.resolve('build/tray-icon.png');
const format = { timeZone: 'UTC', locale: 'en-GB' };
const labels = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.type);
const noActions = { open: vi.fn(), pause: vi.fn(), quit: vi.fn() };

function upcoming(id: number, title: string, dueAt: number): Reminder {
  return {
    id,
    sourceKind: 'deadline',
    sourceId: id,
    title,
    body: '',
    dueAt,
    state: 'pending',
    important: false,
    deliveredAt: null,
    route: `/deadlines/${id}`,
    canComplete: true,
  };
}

describe('tray menu template', () => {
  it('Open, the upcoming reminders as disabled "time — title" lines, Pause, Quit', () => {
    const template = trayMenuTemplate(
      { upcoming: [upcoming(1, 'Due in 1 hour: Invoice', TEST_START + HOUR)], pausedUntil: null },
      noActions,
      format,
      'linux',
    );
    expect(labels(template)).toEqual([
      'Open Gigline',
      'separator',
      'Thu 15 Jan, 10:00 — Due in 1 hour: Invoice',
      'separator',
      PAUSE_LABEL,
      'separator',
      'Quit',
    ]);
    expect(template[2]?.enabled).toBe(false);
  });

  it('says so when nothing is coming, and offers Resume with the end time while paused', () => {
    const template = trayMenuTemplate({ upcoming: [], pausedUntil: TEST_START + HOUR }, noActions, format, 'linux');
    expect(labels(template)).toEqual([
      'Open Gigline',
      'separator',
      'No upcoming reminders',
      'separator',
      'Reminders paused until 10:00',
      RESUME_LABEL,
      'separator',
      'Quit',
    ]);
  });

  it('shows times in the user’s zone', () => {
    const [, , line] = trayMenuTemplate(
      { upcoming: [upcoming(1, 'Call', TEST_START)], pausedUntil: null },
      noActions,
      { timeZone: 'Asia/Tokyo', locale: 'en-GB' },
      'darwin',
    );
    expect(line?.label).toBe('Thu 15 Jan, 18:00 — Call');
  });

  it('doubles "&" where it marks a mnemonic (Windows, Linux) and shortens long titles', () => {
    expect(menuText('Q&A prep', 'win32')).toBe('Q&&A prep');
    expect(menuText('Q&A prep', 'linux')).toBe('Q&&A prep');
    expect(menuText('Q&A prep', 'darwin')).toBe('Q&A prep');
    const long = menuText('x'.repeat(200), 'darwin');
    expect(long).toHaveLength(60);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('tray icon image', () => {
  it('macOS: a template image from the 32 px file as @2x; elsewhere the file as is', () => {
    const mac = trayImage(ICON, 'darwin') as unknown as { template: boolean; scaleFactor: number; isEmpty(): boolean };
    expect(mac).toMatchObject({ template: true, scaleFactor: 2 });
    expect(mac.isEmpty()).toBe(false);
    const linux = trayImage(ICON, 'linux') as unknown as { template: boolean; source: string };
    expect(linux).toMatchObject({ template: false, source: ICON });
  });
});

describe('the tray over a real core', () => {
  let rig: CoreWithTimers;
  let scheduler: ReminderScheduler;
  let tray: GiglineTray | null = null;
  const open = vi.fn();
  const quit = vi.fn();

  beforeEach(async () => {
    FakeTray.instances = [];
    open.mockClear();
    quit.mockClear();
    rig = await startCoreWithTimers();
    scheduler = startReminderScheduler(rig.t.core, { timers: rig.timers });
  });

  afterEach(() => {
    tray?.stop();
    tray = null;
    scheduler.stop();
    rig.t.cleanup();
  });

  function start(platform: NodeJS.Platform = 'linux') {
    tray = createGiglineTray({
      iconPath: ICON,
      platform,
      call: typedCalls(rig.t.core.dispatch),
      subscribe: rig.t.core.events.subscribe,
      timeZone: () => rig.t.core.context.timeZone(),
      now: () => rig.t.core.context.now(),
      open,
      quit,
      log: silentLogger,
      timers: rig.timers,
      locale: 'en-GB',
    });
    const fake = FakeTray.instances.at(-1);
    if (!tray || !fake) throw new Error('no tray');
    return fake;
  }

  const menuOf = (fake: FakeTray) =>
    (fake.setContextMenu.mock.lastCall?.[0] as { template: MenuItemConstructorOptions[] } | undefined)?.template ?? [];
  const itemLabels = (fake: FakeTray) => labels(menuOf(fake));
  const click = (fake: FakeTray, label: string) => {
    const item = menuOf(fake).find((entry) => entry.label === label);
    if (!item?.click) throw new Error(`no "${label}" item`);
    (item.click as () => void)();
  };

  it('has the tooltip and lists the next three reminders from the database', async () => {
    for (const [i, title] of ['Invoice', 'Report', 'Pitch', 'Taxes'].entries())
      await timedDeadline(rig, title, TEST_START + (i + 2) * HOUR);
    const fake = start();
    expect(fake.setToolTip).toHaveBeenCalledWith('Gigline');
    await vi.waitFor(() =>
      expect(itemLabels(fake).slice(2, 5)).toEqual([
        'Thu 15 Jan, 10:00 — Due in 1 hour: Invoice',
        'Thu 15 Jan, 11:00 — Due in 1 hour: Report',
        'Thu 15 Jan, 12:00 — Due in 1 hour: Pitch',
      ]),
    );
    expect(itemLabels(fake)).not.toContain('Thu 15 Jan, 13:00 — Due in 1 hour: Taxes');
  });

  it('rebuilds after a data change (debounced, after the scheduler re-synced), without polling', async () => {
    const fake = start();
    await vi.waitFor(() => expect(itemLabels(fake)).toContain('No upcoming reminders'));
    const builds = fake.setContextMenu.mock.calls.length;
    rig.timers.advance(2 * HOUR);
    expect(fake.setContextMenu.mock.calls.length).toBe(builds);

    await rig.t.call('deadlines.create', {
      title: 'Invoice',
      dueAt: rig.t.clock.now() + 2 * HOUR,
      reminderOffsets: [60],
    });
    rig.timers.advance(MINUTE);
    await vi.waitFor(() => expect(itemLabels(fake)).toContain('Thu 15 Jan, 12:00 — Due in 1 hour: Invoice'));
    expect(rig.timers.pendingCount()).toBe(1); // only the scheduler's own timer is left
  });

  it('Pause reminders for 1 hour calls reminders.pause; the label flips to Resume, and back after the hour', async () => {
    const fake = start();
    await vi.waitFor(() => expect(itemLabels(fake)).toContain(PAUSE_LABEL));
    click(fake, PAUSE_LABEL);
    await vi.waitFor(() => expect(itemLabels(fake)).toContain(RESUME_LABEL));
    expect((await rig.t.call('reminders.upcoming', {})).pausedUntil).toBe(TEST_START + HOUR);
    expect(itemLabels(fake)).toContain('Reminders paused until 10:00');

    click(fake, RESUME_LABEL);
    await vi.waitFor(() => expect(itemLabels(fake)).toContain(PAUSE_LABEL));
    expect((await rig.t.call('reminders.upcoming', {})).pausedUntil).toBeNull();

    click(fake, PAUSE_LABEL);
    await vi.waitFor(() => expect(itemLabels(fake)).toContain(RESUME_LABEL));
    rig.timers.advance(HOUR + 2000);
    await vi.waitFor(() => expect(itemLabels(fake)).toContain(PAUSE_LABEL));
  });

  it('Open and Quit; a click on the icon opens the window on Windows and Linux, not on macOS', async () => {
    const fake = start('win32');
    await vi.waitFor(() => expect(itemLabels(fake)).toContain('Quit'));
    click(fake, 'Open Gigline');
    click(fake, 'Quit');
    expect(open).toHaveBeenCalledOnce();
    expect(quit).toHaveBeenCalledOnce();
    fake.emit('click');
    expect(open).toHaveBeenCalledTimes(2);
    tray?.stop();

    const mac = start('darwin');
    mac.emit('click');
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('refreshes as the pointer reaches the icon, and stops for good', async () => {
    const fake = start('darwin');
    await vi.waitFor(() => expect(fake.setContextMenu).toHaveBeenCalledOnce());
    fake.emit('mouse-enter');
    await vi.waitFor(() => expect(fake.setContextMenu).toHaveBeenCalledTimes(2));
    tray?.stop();
    expect(fake.destroy).toHaveBeenCalledOnce();
    await rig.t.call('deadlines.create', { title: 'Late', dueAt: rig.t.clock.now() + 3 * HOUR, reminderOffsets: [60] });
    rig.timers.advance(MINUTE);
    fake.emit('mouse-enter');
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.setContextMenu).toHaveBeenCalledTimes(2);
  });

  it('without a usable tray (creation throws) it says so and returns null', () => {
    const warn = vi.fn();
    const spy = vi.spyOn(fakeElectron.nativeImage, 'createFromPath').mockImplementationOnce(() => {
      throw new Error('no status notifier');
    });
    const none = createGiglineTray({
      iconPath: ICON,
      platform: 'linux',
      call: typedCalls(rig.t.core.dispatch),
      subscribe: rig.t.core.events.subscribe,
      timeZone: () => 'UTC',
      now: () => 0,
      open,
      quit,
      log: { ...silentLogger, warn },
    });
    expect(none).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    spy.mockRestore();
  });
});
