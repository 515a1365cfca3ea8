/**
 * Turns reminder deliveries into toasts: live 'reminders.delivered' events, plus (in the web app) what
 * the inbox holds that this browser never showed — deliveries made while no page was connected, like the
 * catch-up pass when the bridge starts. In the web app a live delivery is also a browser notification
 * when the user allowed them; the desktop app's main process shows OS notifications itself.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import type { Delivery, Reminder } from '../../../../electron/contract';
import { isEventNamed, subscribeEvents } from '../../api/events';
import { useCapabilities } from '../../app/use-capabilities';
import { showBrowserNotification } from './browser-notifications';
import { addDelivery, deliveryKey } from './reminder-toast-store';
import { markShown, wasShown } from './seen-deliveries';
import { useReminderInbox } from './use-reminders';

/** Unseen inbox items older than this are left to the Reminders screen. */
const CATCH_UP_TOAST_MS = 24 * 60 * 60_000;
const SUMMARY_OVER = 3;

/** Unseen recent inbox items as deliveries: each on its own, or one summary when there are more than three. */
export function caughtUpDeliveries(items: readonly Reminder[], now: number, shown = wasShown): Delivery[] {
  const unseen = items.filter(
    (r) => r.deliveredAt !== null && now - r.deliveredAt < CATCH_UP_TOAST_MS && !shown(deliveryKey(r)),
  );
  if (unseen.length > SUMMARY_OVER) {
    return [
      { kind: 'summary', reminders: unseen, title: `${unseen.length} reminders while you were away`, body: titles(unseen) },
    ];
  }
  return unseen.map((r) => ({ kind: 'single', reminders: [r], title: r.title, body: r.body }));
}

function titles(items: readonly Reminder[]): string {
  const names = items.slice(0, 3).map((r) => r.title);
  return `${names.join(' · ')}${items.length > names.length ? ' …' : ''}`;
}

function show(delivery: Delivery): Reminder[] {
  const fresh = addDelivery(delivery);
  markShown(fresh.map(deliveryKey));
  return fresh;
}

export function useReminderDeliveries() {
  const [, navigate] = useLocation();
  const capabilities = useCapabilities();
  const web = capabilities.data?.shell === 'web';
  const latest = useRef({ navigate, web });
  useEffect(() => {
    latest.current = { navigate, web };
  });

  useEffect(
    () =>
      subscribeEvents((event) => {
        if (!isEventNamed(event, 'reminders.delivered')) return;
        const delivery = event.payload;
        const fresh = show(delivery);
        if (!fresh.length || !latest.current.web) return;
        const [first] = fresh;
        const single = delivery.kind === 'single' && first;
        showBrowserNotification(
          {
            tag: fresh.map(deliveryKey).join(','),
            title: delivery.title,
            body: delivery.body,
            route: single ? first.route : '/reminders',
            important: fresh.some((r) => r.important),
          },
          (route) => latest.current.navigate(route),
        );
      }),
    [],
  );

  const inbox = useReminderInbox();
  const items = inbox.data?.items;
  useEffect(() => {
    if (!web || !items) return;
    for (const delivery of caughtUpDeliveries(items, Date.now())) show(delivery);
  }, [web, items]);
}
