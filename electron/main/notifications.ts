/**
 * Reminders as OS notifications: one Notification per delivery, with Snooze and Done buttons where
 * Electron supports notification actions (macOS, Windows) and a click that opens the item everywhere.
 * Each Notification stays referenced until it goes away: an unreferenced one is garbage-collected and its
 * click and action handlers die with it (a known Electron pitfall). Without an OS notification service
 * nothing is shown here; the renderer still receives every delivery ('reminders.delivered') and lists it.
 */
import { Notification, type NotificationConstructorOptions } from 'electron';
import type { Delivery, Reminder } from '../contract';
import type { Logger } from '../core/log';
import type { ReminderNotifier } from '../core/services/reminder-scheduler';
import type { CallCore } from './core-calls';

export const SNOOZE_ACTION = 'Snooze 10 min';
export const DONE_ACTION = 'Done';
const ACTIONS = [SNOOZE_ACTION, DONE_ACTION] as const;
/** Where a summary ("5 reminders while you were away") leads: the agenda lists what was missed. */
export const SUMMARY_ROUTE = '/agenda';

/** Electron shows notification buttons on macOS and Windows only. */
export function supportsNotificationActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function notificationOptions(delivery: Delivery, platform: NodeJS.Platform): NotificationConstructorOptions {
  const options: NotificationConstructorOptions = { title: delivery.title, body: delivery.body, silent: false };
  const important = delivery.reminders.some((reminder) => reminder.important);
  // Interviews and important items stay until acted on where the OS allows it (timeoutType: Linux, Windows).
  if (platform !== 'darwin' && (important || delivery.reminders.some((r) => r.sourceKind === 'interview')))
    options.timeoutType = 'never';
  if (platform === 'linux' && important) options.urgency = 'critical';
  if (delivery.kind === 'single' && supportsNotificationActions(platform)) {
    options.actions = ACTIONS.map((text) => ({ type: 'button', text }));
    if (platform === 'darwin') options.closeButtonText = 'Close';
  }
  return options;
}

/** The screen a click opens: the item of a single reminder, the agenda for a summary. */
export function routeOfDelivery(delivery: Delivery): string {
  const [only] = delivery.reminders;
  return delivery.kind === 'single' && only ? only.route : SUMMARY_ROUTE;
}

export interface NotifierOptions {
  call: CallCore;
  platform: NodeJS.Platform;
  log: Logger;
  /** Brings the window up (creating it when it was closed) on the given route. */
  open(route: string): void;
  /** Development-build e2e only: sees each notification as it is shown. */
  onShown?: (options: NotificationConstructorOptions) => void;
}

export interface ElectronNotifier extends ReminderNotifier {
  isSupported(): boolean;
  /** Notifications shown and not yet gone (each held by a reference). */
  liveCount(): number;
}

export function createElectronNotifier(options: NotifierOptions): ElectronNotifier {
  const live = new Set<Notification>();
  let reportedUnsupported = false;

  async function act(reminder: Reminder, action: string) {
    const { call, log } = options;
    let result =
      action === SNOOZE_ACTION
        ? await call('reminders.snooze', { id: reminder.id, preset: '10m' })
        : reminder.canComplete
          ? await call('reminders.complete', { id: reminder.id })
          : await call('reminders.dismiss', { id: reminder.id });
    // "Done" on something that turned out to have nothing to complete still takes it off the list.
    if (!result.ok && action === DONE_ACTION && result.error.code === 'CONFLICT')
      result = await call('reminders.dismiss', { id: reminder.id });
    if (!result.ok)
      log.warn('a reminder action from a notification failed', {
        action,
        reminderId: reminder.id,
        code: result.error.code,
        message: result.error.message,
      });
  }

  return {
    isSupported: () => Notification.isSupported(),
    liveCount: () => live.size,
    deliver(delivery) {
      if (!Notification.isSupported()) {
        if (!reportedUnsupported)
          options.log.info('this system shows no notifications; reminders appear in the app only');
        reportedUnsupported = true;
        return;
      }
      const shown = notificationOptions(delivery, options.platform);
      const notification = new Notification(shown);
      const release = () => live.delete(notification);
      live.add(notification);
      notification.on('click', () => {
        release();
        options.open(routeOfDelivery(delivery));
      });
      notification.on('action', (details, legacyIndex) => {
        release();
        const index = typeof details?.actionIndex === 'number' ? details.actionIndex : legacyIndex;
        const action = shown.actions?.[index]?.text;
        const [reminder] = delivery.reminders;
        if (action && reminder) void act(reminder, action);
      });
      notification.on('close', release);
      notification.on('failed', (_event, error) => {
        release();
        options.log.warn('a reminder notification could not be shown; it stays in the app', { error });
      });
      notification.show();
      options.onShown?.(shown);
    },
  };
}
