/**
 * Crowded calendar days, in the fixed week of agenda-calendar.spec.ts: the month cell's two chips and
 * "+N more", the week's all-day row kept short, the day list that "+N more" opens (up to 100, then a
 * pointer to the full lists), and a toast spoken from inside that open list.
 */
import { test } from '@playwright/test';
import { CalendarPage } from '../pages/calendar-page';
import { openApp } from '../support/app';
import { expect, playInFixedWeek, setUpWeek } from '../support/calendar-week';
import { berlin } from '../support/test-time';

playInFixedWeek();

test('a crowded month day shows two chips and "+N more", which lists the whole day', async ({ page, request }) => {
  const { interview, deadline } = await setUpWeek(request);
  const early = await interview(berlin(20, 10));
  const invoice = await deadline({ title: 'Send invoice', dueAt: berlin(20, 12) });
  const late = await interview(berlin(20, 15), { round: 2 });
  const timesheet = await deadline({ title: 'Timesheet', dueAt: berlin(20, 17) });
  const domain = await deadline({ title: 'Renew domain', dueDate: '2026-01-20' });

  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  const day = 'Tuesday, January 20';
  await expect(calendar.day(day)).toHaveAccessibleName(`${day}, 5 items. Add on this day`);
  await expect(calendar.items(day)).toHaveText(['Renew domain', /10:00 AM\s*Data pipeline rebuild/]);
  await expect(calendar.more(day)).toHaveText('+3 more');

  await calendar.more(day).click();
  const list = calendar.dayList(day);
  await expect(list).toBeVisible();
  await expect(list).toHaveAccessibleDescription('5 items');
  const links = list.getByRole('list', { name: `On ${day}` }).getByRole('link');
  await expect(links).toHaveText([
    'Renew domain',
    'Interview: Data pipeline rebuild',
    'Send invoice',
    'Interview: Data pipeline rebuild',
    'Timesheet',
  ]);
  const hrefs = [
    `/deadlines/${domain.id}`,
    `/interviews/${early.id}`,
    `/deadlines/${invoice.id}`,
    `/interviews/${late.id}`,
    `/deadlines/${timesheet.id}`,
  ];
  for (const [index, href] of hrefs.entries()) {
    await expect(links.nth(index)).toHaveAttribute('href', new RegExp(`${href}$`));
  }
  await expect(list.getByText(/^Showing the first/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(calendar.more(day)).toBeFocused();

  await calendar.more(day).click();

  await links.nth(2).click();
  await expect(page).toHaveURL(new RegExp(`#/deadlines/${invoice.id}$`));
  await page.goBack();
  await calendar.more(day).click();
  await calendar.dayList(day).getByRole('link', { name: 'Interview: Data pipeline rebuild' }).last().click();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${late.id}$`));
  await page.goBack();

  await calendar.more(day).click();
  await calendar.dayList(day).getByRole('button', { name: 'Add on this day' }).click();
  await expect(calendar.dayList(day)).toBeHidden();
  await expect(calendar.chooser(`Add on ${day}`)).toBeVisible();
  await page.keyboard.press('Escape');

  await calendar.more(day).click();
  await calendar.dayList(day).getByRole('button', { name: 'Open week' }).click();
  await expect(calendar.dayList(day)).toBeHidden();
  await expect(calendar.view('Week')).toBeChecked();
  await expect(calendar.title).toHaveText('Jan 18 – 24, 2026');
});

test("a deadline completed in a crowded day's list is announced from inside the open dialog", async ({
  page,
  request,
}) => {
  const { deadline } = await setUpWeek(request);
  for (const [index, title] of ['Send invoice', 'Timesheet', 'Renew domain', 'Call the accountant'].entries()) {
    await deadline({ title, dueAt: berlin(20, 12 + index) });
  }

  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  const day = 'Tuesday, January 20';
  await calendar.more(day).click();
  const list = calendar.dayList(day);
  await list.getByRole('checkbox', { name: 'Complete “Timesheet”' }).check();

  // The toast sits in the page behind the modal, which is inert and so silent: the dialog speaks it.
  const notices = page.getByRole('list', { name: 'Notifications' });
  await expect(notices.getByRole('status')).toHaveText(/Completed “Timesheet”/);
  await expect(list).toBeVisible();
  await expect(list.getByRole('status').filter({ hasText: 'Timesheet' })).toHaveText('Completed “Timesheet”.');
  await list.getByRole('checkbox', { name: 'Reopen “Timesheet”' }).uncheck();
  await expect(list.getByRole('status').filter({ hasText: 'Timesheet' })).toHaveText('Reopened “Timesheet”.');

  // Closed, the dialog takes its line along.
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(page.locator('[data-modal-announcer]')).toHaveCount(0);
});

test('a crowded week day offers "+N more" in its all-day cell, which stays a few lines tall', async ({
  page,
  request,
}) => {
  const { deadline } = await setUpWeek(request);
  await deadline({ title: 'Quarterly filing', dueDate: '2026-01-16' });
  for (let index = 0; index < 5; index++) await deadline({ title: `Filing ${index + 1}`, dueDate: '2026-01-14' });
  for (let index = 0; index < 26; index++) {
    await deadline({
      title: `Deliverable ${index + 1}`,
      dueAt: berlin(16, 7 + Math.floor(index / 2), (index % 2) * 30),
    });
  }

  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  await calendar.view('Week').check();
  await expect(calendar.title).toHaveText('Jan 11 – 17, 2026');
  const day = 'Friday, January 16';
  // 24 a day: the all-day one and the 23 earliest; the last three (6:00 PM on) wait behind "+3 more".
  await expect(calendar.weekBlock('Deadline: Deliverable 23, 6:00 PM')).toBeVisible();
  await expect(calendar.weekBlock('Deadline: Deliverable 24, 6:30 PM')).toHaveCount(0);
  await expect(calendar.allDayItems(day)).toHaveAccessibleName('Deadline: Quarterly filing, all day');
  await expect(calendar.more(day)).toHaveText('+3 more');
  await expect(calendar.more('Thursday, January 15')).toHaveCount(0);
  // Five all-day deadlines keep the all-day row short, as a month cell does: two, then "+3 more".
  await expect(calendar.allDayItems('Wednesday, January 14')).toHaveText(['Filing 1', 'Filing 2']);
  await expect(calendar.more('Wednesday, January 14')).toHaveText('+3 more');

  await calendar.more(day).click();
  const list = calendar.dayList(day);
  await expect(list).toHaveAccessibleDescription('27 items');
  await expect(list.getByRole('link')).toHaveCount(27);
  await expect(list.getByRole('link').last()).toHaveText('Deliverable 26');
});

test('a day of more than 100 lists the first 100 and points to the full lists', async ({ page, request }) => {
  const { deadline } = await setUpWeek(request);
  for (let index = 0; index < 102; index++) {
    await deadline({ title: `Task ${index + 1}`, dueAt: berlin(21, 6, 0) + index * 5 * 60_000 });
  }

  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  const day = 'Wednesday, January 21';
  await expect(calendar.more(day)).toHaveText('+100 more');
  await calendar.more(day).click();
  const list = calendar.dayList(day);
  await expect(list).toHaveAccessibleDescription('102 items');
  const rows = list.getByRole('list', { name: `On ${day}` }).getByRole('link');
  await expect(rows).toHaveCount(100);
  await expect(rows.last()).toHaveText('Task 100');
  await expect(list.getByText('Showing the first 100 of 102.')).toBeVisible();
  await list.getByRole('link', { name: 'Deadlines', exact: true }).click();
  await expect(page).toHaveURL(/#\/deadlines$/);
});
