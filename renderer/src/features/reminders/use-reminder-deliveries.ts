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
import { caughtUpDeliveries } from './reminder-catch-up';
import { addDelivery, deliveryKey } from './reminder-toast-store';
import { markShown } from './seen-deliveries';
import { useReminderInbox } from './use-reminders';

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
