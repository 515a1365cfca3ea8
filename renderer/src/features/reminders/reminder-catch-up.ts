/**
 * Which inbox items a page shows as toasts when it loads: recent deliveries this browser never showed
 * (made while no page was connected), one by one, or as one summary when there are more than three.
 */
import type { Delivery, Reminder } from '../../../../electron/contract';
import { deliveryKey } from './reminder-toast-store';
import { wasShown } from './seen-deliveries';

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
      {
        kind: 'summary',
        reminders: unseen,
        title: `${unseen.length} reminders while you were away`,
        body: titles(unseen),
      },
    ];
  }
  return unseen.map((r) => ({ kind: 'single', reminders: [r], title: r.title, body: r.body }));
}

function titles(items: readonly Reminder[]): string {
  const names = items.slice(0, 3).map((r) => r.title);
  return `${names.join(' · ')}${items.length > names.length ? ' …' : ''}`;
}
