/**
 * The reminder toasts on screen. A delivery becomes one toast (a summary stays one toast), keyed by
 * reminder and delivery time so the same delivery is never shown twice, whether it arrives as a live event
 * or is found in the inbox when the page loads. Acting on a reminder anywhere in this window removes it.
 */
import { useSyncExternalStore } from 'react';
import type { Delivery, Reminder } from '../../../../electron/contract';

export type ReminderToast =
  | { key: string; kind: 'single'; reminder: Reminder }
  | { key: string; kind: 'summary'; title: string; body: string; ids: number[] };

/** Older toasts give way; what they stood for stays in the Reminders inbox. */
const MAX_TOASTS = 5;

let toasts: ReminderToast[] = [];
const shownKeys = new Set<string>();
const listeners = new Set<() => void>();

function emit(next: ReminderToast[]) {
  toasts = next;
  for (const listener of [...listeners]) listener();
}

export function deliveryKey(reminder: Pick<Reminder, 'id' | 'deliveredAt'>): string {
  return `${reminder.id}:${reminder.deliveredAt ?? 0}`;
}

/** Adds the toasts for a delivery; returns the reminders that were new (not shown before in this page). */
export function addDelivery(delivery: Delivery): Reminder[] {
  const fresh = delivery.reminders.filter((reminder) => !shownKeys.has(deliveryKey(reminder)));
  if (!fresh.length) return [];
  for (const reminder of fresh) shownKeys.add(deliveryKey(reminder));
  const added: ReminderToast[] =
    delivery.kind === 'summary'
      ? [
          {
            key: `summary:${fresh.map(deliveryKey).join(',')}`,
            kind: 'summary',
            title: delivery.title,
            body: delivery.body,
            ids: fresh.map((reminder) => reminder.id),
          },
        ]
      : fresh.map((reminder) => ({ key: deliveryKey(reminder), kind: 'single', reminder }));
  const ids = new Set(fresh.map((reminder) => reminder.id));
  // A reminder delivered again (after a snooze) replaces its earlier toast.
  const kept = toasts.filter((toast) => toast.kind === 'summary' || !ids.has(toast.reminder.id));
  emit([...kept, ...added].slice(-MAX_TOASTS));
  return fresh;
}

export function closeToast(key: string): void {
  emit(toasts.filter((toast) => toast.key !== key));
}

/** The reminders were acted on (snoozed, dismissed, done): their toasts go. */
export function forgetToastsFor(ids: readonly number[]): void {
  const gone = new Set(ids);
  const next = toasts.flatMap((toast): ReminderToast[] => {
    if (toast.kind === 'single') return gone.has(toast.reminder.id) ? [] : [toast];
    const left = toast.ids.filter((id) => !gone.has(id));
    return left.length ? [{ ...toast, ids: left }] : [];
  });
  if (next.length !== toasts.length || next.some((toast, index) => toast !== toasts[index])) emit(next);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reminderToastsSnapshot(): ReminderToast[] {
  return toasts;
}

export function useReminderToasts(): ReminderToast[] {
  return useSyncExternalStore(subscribe, reminderToastsSnapshot);
}
