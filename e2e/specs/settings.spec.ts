/**
 * Settings: reminder lead times as chips, the all-day time, quiet hours, a stage's follow-up rule and an
 * interview prep template are saved at once (checked through the procedures) and survive a reload;
 * an unreadable lead time is explained and not saved; a test notification arrives as a toast.
 */
import { expect, test } from '@playwright/test';
import { ReminderToasts } from '../pages/reminder-toasts';
import { SettingsPage } from '../pages/settings-page';
import { openApp, resetApp, rpc } from '../support/app';

interface SettingsData {
  reminders: {
    deadlineLeadMinutes: number[];
    allDayTime: string;
    quietHours: { enabled: boolean; start: string; end: string };
  };
}

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

test('reminder lead times, the all-day time and quiet hours save as they change', async ({ page, request }) => {
  await openApp(page, '/settings');
  const settings = new SettingsPage(page);
  await expect(settings.heading).toBeVisible();
  const chips = settings.leadChips('Deadline reminders');
  await expect(chips).toHaveText(['3 days before', '1 day before']);

  await settings.addLeadTime('Remind me before a deadline', '2 hours');
  await expect(chips).toHaveText(['3 days before', '1 day before', '2 hours before']);
  await settings.expectSaved('Reminders');
  await expect
    .poll(async () => (await rpc<SettingsData>(request, 'settings.get')).reminders.deadlineLeadMinutes)
    .toEqual([4320, 1440, 120]);

  await settings.addLeadTime('Remind me before a deadline', 'soon');
  await expect(settings.section('Reminders')).toContainText('Type a time before, like 2 hours, 3 days or 30 minutes');
  await expect(page.getByRole('combobox', { name: 'Remind me before a deadline' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await page.getByRole('button', { name: 'Remove the deadline reminder 1 day before' }).click();
  await expect(chips).toHaveText(['3 days before', '2 hours before']);
  await expect
    .poll(async () => (await rpc<SettingsData>(request, 'settings.get')).reminders.deadlineLeadMinutes)
    .toEqual([4320, 120]);

  await page.getByLabel('All-day reminders arrive at').fill('08:30');
  await expect.poll(async () => (await rpc<SettingsData>(request, 'settings.get')).reminders.allDayTime).toBe('08:30');

  const quiet = page.getByRole('switch', { name: 'Hold reminders during quiet hours' });
  await expect(page.getByLabel('From', { exact: true })).toBeDisabled();
  await quiet.check();
  await settings.expectSaved('Quiet hours');
  await page.getByLabel('From', { exact: true }).fill('23:00');
  await expect
    .poll(async () => (await rpc<SettingsData>(request, 'settings.get')).reminders.quietHours)
    .toEqual({ enabled: true, start: '23:00', end: '08:00' });

  await page.reload();
  await expect(chips).toHaveText(['3 days before', '2 hours before']);
  await expect(page.getByLabel('All-day reminders arrive at')).toHaveValue('08:30');
  await expect(quiet).toBeChecked();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('23:00');
});

test('a stage follow-up rule and a prep template are edited in place', async ({ page, request }) => {
  await openApp(page, '/settings');
  const settings = new SettingsPage(page);
  const followUps = settings.section('Follow-up rules');
  const lead = followUps.getByLabel('Lead', { exact: true });
  await expect(lead).toHaveValue('');
  await lead.fill('5');
  await lead.press('Enter');
  await settings.expectSaved('Follow-up rules');
  const stages = await rpc<{ name: string; followUpDays: number | null }[]>(request, 'stages.list');
  expect(stages.find((stage) => stage.name === 'Lead')?.followUpDays).toBe(5);

  await lead.fill('0');
  await lead.press('Enter');
  await expect(followUps).toContainText('Enter a whole number of days from 1 to 365, or leave it empty');

  const prep = settings.section('Interview prep checklists');
  await prep.getByRole('radio', { name: 'Technical' }).check();
  const before = await rpc<{ kind: string; items: string[] }[]>(request, 'prepTemplates.list');
  const original = before.find((template) => template.kind === 'technical')?.items ?? [];
  expect(original.length).toBeGreaterThan(1);

  await settings.prepItem(1).fill('Read their engineering blog');
  await prep.getByRole('button', { name: 'Add item' }).click();
  const added = original.length + 1;
  await expect(settings.prepItem(added)).toBeFocused();
  await settings.prepItem(added).fill('Review their public repositories');
  await prep.getByRole('button', { name: `Move item ${added} up` }).click();
  await prep.getByRole('button', { name: 'Save technical checklist' }).click();
  await settings.expectSaved('Interview prep checklists');

  const expected = ['Read their engineering blog', ...original.slice(1)];
  expected.splice(expected.length - 1, 0, 'Review their public repositories');
  const after = await rpc<{ kind: string; items: string[] }[]>(request, 'prepTemplates.list');
  expect(after.find((template) => template.kind === 'technical')?.items).toEqual(expected);

  await page.reload();
  await prep.getByRole('radio', { name: 'Technical' }).check();
  await expect(settings.prepItem(1)).toHaveValue('Read their engineering blog');
  await expect(settings.prepItem(added - 1)).toHaveValue('Review their public repositories');
});

test('a test notification arrives as a reminder toast', async ({ page }) => {
  await openApp(page, '/settings');
  const notifications = new SettingsPage(page).section('Notifications');
  await expect(notifications).toContainText('Reminders appear inside this page');
  await expect(notifications.getByRole('button', { name: 'Allow browser notifications' })).toBeVisible();
  await notifications.getByRole('button', { name: 'Send a test notification' }).click();
  await expect(new ReminderToasts(page).toast('Test reminder from Gigline')).toHaveCount(1, { timeout: 20_000 });
  await expect(notifications).toContainText('Sent. A test reminder should appear at the top right');
});
