/**
 * Reminder steps against any bridge (the shared one or a spec's own process): procedures and the test
 * clock by origin, and a handshake proving the page receives live events before a test relies on them.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ReminderToasts } from '../pages/reminder-toasts';
import { BRIDGE_HEADERS } from './bridge-env';

export async function rpcAt<T = unknown>(
  request: APIRequestContext,
  origin: string,
  name: string,
  input: object = {},
): Promise<T> {
  const response = await request.post(`${origin}/rpc/${name}`, { headers: BRIDGE_HEADERS, data: input });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!body.ok) throw new Error(`${name} failed: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
}

/** Sets (and freezes) the bridge's clock; the reminder scheduler wakes and delivers what is due then. */
export async function setClockAt(request: APIRequestContext, origin: string, now: number): Promise<void> {
  const response = await request.post(`${origin}/__test/clock`, {
    headers: BRIDGE_HEADERS,
    data: { now, freeze: true },
  });
  expect(response.ok(), 'POST /__test/clock should succeed').toBe(true);
}

export interface InboxItem {
  id: number;
  title: string;
  dueAt: number;
  deliveredAt: number | null;
}

export async function inbox(request: APIRequestContext, origin: string): Promise<InboxItem[]> {
  return (await rpcAt<{ items: InboxItem[] }>(request, origin, 'reminders.inbox')).items;
}

/** A deadline whose only reminder fires at its due time (an instant on the bridge's clock). */
export async function deadlineDueAt(
  request: APIRequestContext,
  origin: string,
  title: string,
  dueAt: number,
): Promise<{ id: number }> {
  return rpcAt(request, origin, 'deadlines.create', { title, dueAt, reminderOffsets: [0] });
}

/**
 * Turns off the morning-of reminder (09:00 on the due day), so a deadline brings only the lead times its
 * test sets. Left on, a deadline due within the hour gained a second reminder whenever the test ran just
 * before 09:00 on the bridge's clock: "4 reminders while you were away" became 8 between 08:30 and 09:00.
 */
export async function onlyOwnLeadTimes(request: APIRequestContext, origin: string): Promise<void> {
  await rpcAt(request, origin, 'settings.update', { reminders: { deadlineMorningOf: false } });
}

/**
 * Sends a test notification and waits for its toast: the page's event stream is connected, so a
 * delivery from now on reaches it live. The test toast is closed again.
 */
export async function expectLiveEvents(page: Page, request: APIRequestContext, origin: string): Promise<void> {
  const toasts = new ReminderToasts(page);
  await rpcAt(request, origin, 'reminders.sendTest');
  await expect(toasts.toast('Test reminder from Gigline')).toHaveCount(1, { timeout: 15_000 });
  await toasts.close('Test reminder from Gigline');
}
