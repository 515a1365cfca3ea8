import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Delivery, Reminder } from '../contract';
import { startReminderScheduler } from '../core/app-core';
import { silentLogger } from '../core/log';
import type { ReminderScheduler } from '../core/services/reminder-scheduler';
import { typedCalls } from './core-calls';
import {
  createElectronNotifier,
  DONE_ACTION,
  notificationOptions,
  routeOfDelivery,
  SNOOZE_ACTION,
  SUMMARY_ROUTE,
} from './notifications';
import { FakeNotification } from './testing/fake-electron';
import {
  HOUR,
  MINUTE,
  reminderState,
  startCoreWithTimers,
  TEST_START,
  timedDeadline,
  type CoreWithTimers,
} from './testing/reminder-fixtures';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

function reminder(change: Partial<Reminder> = {}): Reminder {
  return {
    id: 1,
    sourceKind: 'deadline',
    sourceId: 7,
    title: 'Due in 1 hour: Invoice',
    body: 'Thu 15 Jan, 10:00 · Acme',
    dueAt: TEST_START,
    state: 'delivered',
    important: false,
    deliveredAt: TEST_START,
    route: '/deadlines/7',
    canComplete: true,
    ...change,
  };
}

const single = (change: Partial<Reminder> = {}): Delivery => {
  const only = reminder(change);
  return { kind: 'single', reminders: [only], title: only.title, body: only.body };
};

const summary: Delivery = {
  kind: 'summary',
  reminders: [1, 2, 3, 4, 5].map((id) => reminder({ id, title: `Task ${id}` })),
  title: '5 reminders while you were away',
  body: 'Task 1 · Task 2 · Task 3 …',
};

beforeEach(() => {
  FakeNotification.instances = [];
  FakeNotification.isSupported.mockReturnValue(true);
});

describe('notification options per platform', () => {
  it('macOS: Snooze and Done buttons with a close button, never silent', () => {
    expect(notificationOptions(single(), 'darwin')).toEqual({
      title: 'Due in 1 hour: Invoice',
      body: 'Thu 15 Jan, 10:00 · Acme',
      silent: false,
      actions: [
        { type: 'button', text: SNOOZE_ACTION },
        { type: 'button', text: DONE_ACTION },
      ],
      closeButtonText: 'Close',
    });
  });

  it('Windows: the same buttons through Electron actions (no toastXml); Linux: click only', () => {
    expect(notificationOptions(single(), 'win32').actions?.map((a) => a.text)).toEqual([SNOOZE_ACTION, DONE_ACTION]);
    expect(notificationOptions(single(), 'win32')).not.toHaveProperty('closeButtonText');
    expect(notificationOptions(single(), 'linux')).toEqual({
      title: 'Due in 1 hour: Invoice',
      body: 'Thu 15 Jan, 10:00 · Acme',
      silent: false,
    });
  });

  it('important items are critical on Linux and stay until acted on; interviews stay too', () => {
    expect(notificationOptions(single({ important: true }), 'linux')).toMatchObject({
      urgency: 'critical',
      timeoutType: 'never',
    });
    const interview = notificationOptions(single({ sourceKind: 'interview', route: '/interviews/3' }), 'linux');
    expect(interview.timeoutType).toBe('never');
    expect(interview).not.toHaveProperty('urgency');
    expect(notificationOptions(single({ important: true }), 'win32')).toMatchObject({ timeoutType: 'never' });
    expect(notificationOptions(single({ important: true }), 'win32')).not.toHaveProperty('urgency');
    expect(notificationOptions(single(), 'linux')).not.toHaveProperty('timeoutType');
  });

  it('a summary says how many were missed, has no buttons, and leads to the agenda', () => {
    const options = notificationOptions(summary, 'darwin');
    expect(options.title).toBe('5 reminders while you were away');
    expect(options).not.toHaveProperty('actions');
    expect(routeOfDelivery(summary)).toBe(SUMMARY_ROUTE);
    expect(routeOfDelivery(single())).toBe('/deadlines/7');
  });
});

describe('the Electron notifier', () => {
  const open = vi.fn();
  const call = vi.fn();
  const notifier = (platform: NodeJS.Platform = 'darwin') =>
    createElectronNotifier({ call, platform, log: silentLogger, open });

  beforeEach(() => {
    open.mockClear();
    call.mockClear();
  });

  it('shows one notification per delivery and keeps each referenced until it closes', () => {
    const n = notifier();
    n.deliver(single({ id: 1 }));
    n.deliver(single({ id: 2, title: 'Due in 1 hour: Report' }));
    expect(FakeNotification.instances).toHaveLength(2);
    expect(FakeNotification.instances.map((x) => x.show.mock.calls.length)).toEqual([1, 1]);
    expect(n.liveCount()).toBe(2);
    FakeNotification.instances[0]?.emit('close', {});
    expect(n.liveCount()).toBe(1);
    FakeNotification.instances[1]?.emit('failed', {}, 'no daemon');
    expect(n.liveCount()).toBe(0);
  });

  it('a click brings the window up on the reminder’s route (the agenda for a summary)', () => {
    const n = notifier('linux');
    n.deliver(single());
    n.deliver(summary);
    FakeNotification.instances[0]?.emit('click', {});
    FakeNotification.instances[1]?.emit('click', {});
    expect(open.mock.calls).toEqual([['/deadlines/7'], [SUMMARY_ROUTE]]);
    expect(n.liveCount()).toBe(0);
  });

  it('shows nothing when the OS has no notifications (N14): the delivery still reaches the app by event', () => {
    FakeNotification.isSupported.mockReturnValue(false);
    const n = notifier();
    n.deliver(single());
    expect(FakeNotification.instances).toHaveLength(0);
    expect(n.isSupported()).toBe(false);
  });
});

describe('notification actions over a real core', () => {
  let rig: CoreWithTimers;
  let scheduler: ReminderScheduler;
  const open = vi.fn();

  beforeEach(async () => {
    rig = await startCoreWithTimers();
    const notifier = createElectronNotifier({
      call: typedCalls(rig.t.core.dispatch),
      platform: 'darwin',
      log: silentLogger,
      open,
    });
    scheduler = startReminderScheduler(rig.t.core, { notifier, timers: rig.timers });
  });

  afterEach(() => {
    scheduler.stop();
    rig.t.cleanup();
  });

  async function fired(title = 'Invoice', extra = {}) {
    const deadline = await timedDeadline(rig, title, TEST_START + 2 * HOUR, 60, extra);
    rig.timers.advance(HOUR);
    const notification = FakeNotification.instances.at(-1);
    const [item] = (await rig.t.call('reminders.inbox', {})).items.filter((r) => r.sourceId === deadline.id);
    if (!notification || !item) throw new Error('the reminder was not delivered');
    return { deadline, notification, item };
  }

  it('Snooze 10 min snoozes the reminder, which comes back once ten minutes later', async () => {
    const { notification, item } = await fired();
    expect(notification.options.title).toBe('Due in 1 hour: Invoice');
    notification.emit('action', { actionIndex: 0 }, 0);
    await vi.waitFor(() => expect(reminderState(rig.t, item.id).state).toBe('snoozed'));
    expect(reminderState(rig.t, item.id).snoozedUntil).toBe(rig.t.clock.now() + 10 * MINUTE);
    rig.timers.advance(10 * MINUTE);
    expect(FakeNotification.instances.map((n) => n.options.title)).toEqual([
      'Due in 1 hour: Invoice',
      'Due in 1 hour: Invoice',
    ]);
    rig.timers.advance(HOUR);
    expect(FakeNotification.instances).toHaveLength(2);
  });

  it('Done completes the deadline and the reminder', async () => {
    const { deadline, notification, item } = await fired();
    notification.emit('action', { actionIndex: 1 }, 1);
    await vi.waitFor(() => expect(reminderState(rig.t, item.id).state).toBe('done'));
    expect((await rig.t.call('deadlines.get', { id: deadline.id })).completedAt).toBe(rig.t.clock.now());
  });

  it('Done dismisses a reminder that has nothing to complete', async () => {
    const test = await rig.t.call('reminders.sendTest', {});
    rig.timers.advance(MINUTE);
    const notification = FakeNotification.instances.at(-1);
    expect(notification?.options.title).toBe(test.title);
    expect(test.canComplete).toBe(false);
    notification?.emit('action', { actionIndex: 1 }, 1);
    await vi.waitFor(() => expect(reminderState(rig.t, test.id).state).toBe('dismissed'));
  });

  it('reads the action index from older Electron versions’ second argument too', async () => {
    const { notification, item } = await fired();
    notification.emit('action', {}, 0);
    await vi.waitFor(() => expect(reminderState(rig.t, item.id).state).toBe('snoozed'));
  });
});
