/**
 * Issue 4's web test: a deadline due in a few seconds shows one toast; snoozed, it returns once; after
 * a restart of the bridge nothing repeats, and what fell due while it was down arrives once. Real
 * seconds for the first delivery on each bridge (a real timer fires) and for the downtime (the stopping
 * bridge's clock held still, so it cannot deliver early); the bridge's test clock where only the order
 * matters: the ten-minute snooze, the Done button and the canaries.
 * Each "nothing more came" check waits for a later canary reminder first, so it cannot pass just by
 * looking too early. Reminders that arrive while a modal form is open wait under it and are spoken from it.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppShell } from '../pages/app-shell';
import { ClientsPage } from '../pages/clients-page';
import { ReminderToasts } from '../pages/reminder-toasts';
import { RemindersPage } from '../pages/reminders-page';
import { openApp, resetApp } from '../support/app';
import { BRIDGE_PORT, extraBridgePort } from '../support/bridge-env';
import { startBridge, type BridgeProcess } from '../support/bridge-process';
import { deadlineDueAt, expectLiveEvents, inbox, onlyOwnLeadTimes, rpcAt, setClockAt } from '../support/reminders';

const DELIVERY_TIMEOUT = 20_000;
const MINUTE = 60_000;

test.describe('on the shared bridge', () => {
  const origin = `http://127.0.0.1:${BRIDGE_PORT}`;

  test.beforeEach(async ({ request }) => {
    await resetApp(request);
    await onlyOwnLeadTimes(request, origin);
  });

  test('a deadline due in a few seconds shows one toast; snoozed, it returns once', async ({ page, request }) => {
    await openApp(page, '/reminders');
    const reminders = new RemindersPage(page);
    const toasts = new ReminderToasts(page);
    await expect(reminders.heading).toBeVisible();
    await expectLiveEvents(page, request, origin);

    const title = 'Due now: Send the Acme proposal';
    await deadlineDueAt(request, origin, 'Send the Acme proposal', Date.now() + 3000);
    await expect(toasts.toast(title)).toHaveCount(1, { timeout: DELIVERY_TIMEOUT });
    await expect(reminders.inboxRow(title)).toHaveCount(1);
    await expect(reminders.bell).toHaveAccessibleName(/2 waiting/);

    await toasts.button(title, 'Snooze 10 min').click();
    await expect(toasts.toast(title)).toHaveCount(0);
    await expect(new AppShell(page).toast('Snoozed for 10 minutes')).toBeVisible();
    await expect(reminders.inboxRow(title)).toHaveCount(0);
    await expect(reminders.upcomingRow(title)).toContainText('Snoozed');

    // Eleven minutes later on the bridge's clock it is back, once.
    const later = Date.now() + 11 * MINUTE;
    await setClockAt(request, origin, later);
    await expect(toasts.toast(title)).toHaveCount(1);
    await expect(reminders.inboxRow(title)).toHaveCount(1);
    await toasts.close(title);

    // An hour on, a canary arrives; the snoozed reminder does not come a third time.
    await deadlineDueAt(request, origin, 'Canary', later + 60 * MINUTE);
    await setClockAt(request, origin, later + 61 * MINUTE);
    await expect(toasts.toast('Due now: Canary')).toHaveCount(1);
    await expect(toasts.toast(title)).toHaveCount(0);
    expect((await inbox(request, origin)).filter((item) => item.title === title)).toHaveLength(1);
  });

  test('Done on a toast completes the deadline', async ({ page, request }) => {
    await openApp(page, '/reminders');
    const toasts = new ReminderToasts(page);
    await expect(new RemindersPage(page).heading).toBeVisible();
    await expectLiveEvents(page, request, origin);
    const due = Date.now() + MINUTE;
    const deadline = await deadlineDueAt(request, origin, 'Renew the certificate', due);
    await setClockAt(request, origin, due + 1000);
    await expect(toasts.toast('Due now: Renew the certificate')).toHaveCount(1, { timeout: DELIVERY_TIMEOUT });
    await toasts.button('Due now: Renew the certificate', 'Done').click();
    await expect(toasts.toast('Due now: Renew the certificate')).toHaveCount(0);
    await expect(new AppShell(page).toast('Marked as done')).toBeVisible();
    const detail = await rpcAt<{ completedAt: number | null }>(request, origin, 'deadlines.get', { id: deadline.id });
    expect(detail.completedAt).not.toBeNull();
  });

  test('reminders arriving while a form dialog is open stay under it, are spoken from it, and wait for it to close', async ({
    page,
    request,
  }) => {
    await openApp(page, '/clients');
    const clients = new ClientsPage(page);
    const toasts = new ReminderToasts(page);
    await expect(clients.heading).toBeVisible();
    await expectLiveEvents(page, request, origin);
    const due = Date.now() + 60 * MINUTE;
    for (const title of ['Invoice Acme', 'Send the Northwind draft', 'Renew the certificate', 'Call the accountant'])
      await deadlineDueAt(request, origin, title, due);

    await clients.newClientButton.click();
    const name = clients.form.field('Name');
    await name.fill('Acme');
    // Hours later on the bridge's clock (a sleep, say): the four arrive at once as one summary.
    await setClockAt(request, origin, due + 3 * 60 * MINUTE);
    const summary = '4 reminders while you were away';
    await expect(toasts.toast(summary)).toHaveCount(1, { timeout: DELIVERY_TIMEOUT });

    // The dialog stays in front: its backdrop covers the toast, and where the two meet the dialog is drawn.
    expect(await toasts.isOnTop(summary)).toBe(false);
    expect(await toasts.coveredWhereOverlapping(summary, clients.form.dialog)).toBe(true);
    // The rest of the page is inert under a modal, so the toast is also spoken from inside the dialog.
    await expect(clients.form.dialog.getByRole('status').filter({ hasText: summary })).toHaveText(
      `${summary}. It waits at the top right once this dialog is closed.`,
    );
    // Typing carries on in the field that had focus.
    await expect(name).toBeFocused();
    await page.keyboard.type(' Ltd');
    await expect(name).toHaveValue('Acme Ltd');

    await clients.form.save();
    await expect(clients.form.dialog).toBeHidden();
    await expect(clients.detailHeading('Acme Ltd')).toBeVisible();
    await expect.poll(() => toasts.isOnTop(summary)).toBe(true);
    await toasts.button(summary, 'Show').click();
    await expect(new RemindersPage(page).heading).toBeVisible();
    await expect(toasts.toast(summary)).toHaveCount(0);
  });
});

test.describe('across a restart of the bridge', () => {
  const PORT = extraBridgePort(Number(process.env.GIGLINE_E2E_REMINDER_PORT ?? 5299));
  let bridge: BridgeProcess | null = null;
  let dataDir = '';

  test.beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-reminders-'));
  });

  test.afterAll(async () => {
    await bridge?.stop();
    bridge = null;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('nothing repeats, and what fell due while it was down arrives once', async ({ page, request }) => {
    test.setTimeout(90_000);
    bridge = await startBridge(PORT, dataDir);
    const { origin } = bridge;
    await openApp(page, '/reminders', origin);
    const reminders = new RemindersPage(page);
    const toasts = new ReminderToasts(page);
    await expect(reminders.heading).toBeVisible();
    await expectLiveEvents(page, request, origin);

    const title = 'Due now: Send the Acme proposal';
    await deadlineDueAt(request, origin, 'Send the Acme proposal', Date.now() + 3000);
    await expect(toasts.toast(title)).toHaveCount(1, { timeout: DELIVERY_TIMEOUT });
    await toasts.close(title);
    const before = (await inbox(request, origin)).filter((item) => item.title === title);
    expect(before).toHaveLength(1);

    // This one falls due while the bridge is stopped. The bridge's clock is held still first, so the bridge
    // cannot deliver it before it stops, however long stopping takes; the restarted bridge runs on real time.
    await setClockAt(request, origin, Date.now());
    const awayDue = Date.now() + 1000;
    await deadlineDueAt(request, origin, 'Invoice Northwind', awayDue);
    await bridge.stop();
    await expect.poll(() => Date.now() > awayDue + 500, { timeout: 20_000 }).toBe(true);
    bridge = await startBridge(PORT, dataDir);

    await page.reload();
    await expect(reminders.heading).toBeVisible();
    await expect(reminders.inboxRow('Due now: Invoice Northwind')).toHaveCount(1);
    await expect(toasts.toast('Due now: Invoice Northwind')).toHaveCount(1);
    await expect(toasts.toast(title)).toHaveCount(0);
    await expectLiveEvents(page, request, origin);

    const canaryDue = Date.now() + MINUTE;
    await deadlineDueAt(request, origin, 'Canary', canaryDue);
    await setClockAt(request, origin, canaryDue + 1000);
    await expect(toasts.toast('Due now: Canary')).toHaveCount(1, { timeout: DELIVERY_TIMEOUT });
    await expect(toasts.toast(title)).toHaveCount(0);
    const after = await inbox(request, origin);
    expect(after.filter((item) => item.title === title)).toEqual(before);
    expect(after.filter((item) => item.title === 'Due now: Invoice Northwind')).toHaveLength(1);

    // Everything has been shown in this browser: a reload pops up nothing again.
    await page.reload();
    await expect(reminders.inboxRow('Due now: Canary')).toHaveCount(1);
    await expect(toasts.all).toHaveCount(0);
  });
});
