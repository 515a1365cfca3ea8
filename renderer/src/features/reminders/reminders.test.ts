import { describe, expect, it } from 'vitest';
import type { Delivery, Reminder } from '../../../../electron/contract';
import { caughtUpDeliveries } from './reminder-catch-up';
import { MISSED_AFTER_MS, fromLocalInput, toLocalInput, wasMissed } from './reminder-format';
import { addDelivery, closeToast, deliveryKey, forgetToastsFor, reminderToastsSnapshot } from './reminder-toast-store';

const keys = () => reminderToastsSnapshot().map((toast) => toast.key);

const NOW = Date.UTC(2026, 10, 30, 12, 0);

function reminder(id: number, patch: Partial<Reminder> = {}): Reminder {
  return {
    id,
    sourceKind: 'deadline',
    sourceId: id,
    title: `Due now: Item ${id}`,
    body: 'Mon 30 Nov',
    dueAt: NOW - 1000,
    state: 'delivered',
    important: false,
    deliveredAt: NOW,
    route: `/deadlines/${id}`,
    canComplete: true,
    ...patch,
  };
}

const single = (r: Reminder): Delivery => ({ kind: 'single', reminders: [r], title: r.title, body: r.body });

describe('wasMissed', () => {
  it('is true only when delivered well after it was due', () => {
    expect(wasMissed({ dueAt: NOW, deliveredAt: NOW + 5_000 })).toBe(false);
    expect(wasMissed({ dueAt: NOW, deliveredAt: NOW + MISSED_AFTER_MS + 1 })).toBe(true);
    expect(wasMissed({ dueAt: NOW, deliveredAt: null })).toBe(false);
  });
});

describe('datetime-local values', () => {
  it('round-trip a local time to the minute', () => {
    const at = new Date(2026, 2, 29, 9, 30).getTime();
    expect(toLocalInput(at)).toBe('2026-03-29T09:30');
    expect(fromLocalInput('2026-03-29T09:30')).toBe(at);
  });

  it('refuse incomplete values', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-03-29')).toBeNull();
    expect(fromLocalInput('2026-03-29T9:30')).toBeNull();
  });
});

describe('caughtUpDeliveries', () => {
  const none = () => false;

  it('shows up to three unseen deliveries one by one', () => {
    const items = [reminder(1), reminder(2), reminder(3)];
    const deliveries = caughtUpDeliveries(items, NOW, none);
    expect(deliveries.map((d) => d.kind)).toEqual(['single', 'single', 'single']);
    expect(deliveries.map((d) => d.title)).toEqual(items.map((r) => r.title));
  });

  it('turns more than three into one summary', () => {
    const items = [1, 2, 3, 4, 5].map((id) => reminder(id));
    const [summary, ...rest] = caughtUpDeliveries(items, NOW, none);
    expect(rest).toEqual([]);
    expect(summary).toMatchObject({ kind: 'summary', title: '5 reminders while you were away' });
    expect(summary?.reminders).toHaveLength(5);
    expect(summary?.body).toBe('Due now: Item 1 · Due now: Item 2 · Due now: Item 3 …');
  });

  it('skips what this browser already showed and what is older than a day', () => {
    const shownBefore = reminder(1);
    const old = reminder(2, { deliveredAt: NOW - 25 * 60 * 60_000 });
    const fresh = reminder(3);
    const seen = (key: string) => key === deliveryKey(shownBefore);
    expect(caughtUpDeliveries([shownBefore, old, fresh], NOW, seen).map((d) => d.title)).toEqual([fresh.title]);
  });

  it('treats a second delivery of the same reminder (after a snooze) as new', () => {
    const first = reminder(1);
    const again = reminder(1, { deliveredAt: NOW + 600_000 });
    const seen = (key: string) => key === deliveryKey(first);
    expect(caughtUpDeliveries([again], NOW + 600_000, seen)).toHaveLength(1);
  });
});

describe('the reminder toast store', () => {
  it('shows a delivery once, however often it arrives', () => {
    const r = reminder(101);
    expect(addDelivery(single(r))).toEqual([r]);
    expect(addDelivery(single(r))).toEqual([]);
    expect(keys()).toEqual([deliveryKey(r)]);
    closeToast(deliveryKey(r));
    expect(keys()).toEqual([]);
  });

  it('a redelivery replaces the earlier toast of the same reminder', () => {
    const first = reminder(102);
    const again = reminder(102, { deliveredAt: NOW + 600_000 });
    addDelivery(single(first));
    expect(addDelivery(single(again))).toEqual([again]);
    expect(keys()).toEqual([deliveryKey(again)]);
    forgetToastsFor([102]);
    expect(keys()).toEqual([]);
  });

  it('acting on reminders removes their toasts and shrinks a summary until it goes', () => {
    const items = [103, 104, 105, 106].map((id) => reminder(id));
    const other = reminder(107);
    addDelivery({ kind: 'summary', reminders: items, title: '4 reminders', body: '' });
    addDelivery(single(other));
    forgetToastsFor([103, 104, 107]);
    const [summary, ...rest] = reminderToastsSnapshot();
    expect(rest).toEqual([]);
    expect(summary?.kind === 'summary' ? summary.ids : null).toEqual([105, 106]);
    forgetToastsFor([105, 106]);
    expect(keys()).toEqual([]);
  });

  it('keeps at most five toasts, the newest', () => {
    const items = [110, 111, 112, 113, 114, 115, 116].map((id) => reminder(id));
    for (const item of items) addDelivery(single(item));
    expect(keys()).toEqual(items.slice(2).map(deliveryKey));
    forgetToastsFor(items.map((item) => item.id));
  });
});
