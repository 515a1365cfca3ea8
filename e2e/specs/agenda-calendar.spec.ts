/**
 * The agenda and the calendar at a fixed time (Thu 15 Jan 2026, 09:00 in Berlin, weeks starting on Sunday
 * as in en-US): buckets and time order, live refresh, sidebar counts; month and week views with items on
 * the right days, click-through, create by clicking a day or a slot, crowded days' "+N more" and their
 * day list, and the keyboard.
 */
import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { AgendaPage } from '../pages/agenda-page';
import { AppShell } from '../pages/app-shell';
import { CalendarPage } from '../pages/calendar-page';
import { DeadlineForm } from '../pages/deadline-form';
import { InterviewForm } from '../pages/interview-form';
import { openApp, resetApp, rpc } from '../support/app';
import { berlin, fixTime, quietReminders, TEST_ZONE } from '../support/test-time';

test.use({ timezoneId: TEST_ZONE, locale: 'en-US' });
// This machine is shared and slow; the first render after a reset can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const NOW = berlin(15, 9);

async function setUpWeek(request: APIRequestContext) {
  const client = await rpc<{ id: number }>(request, 'clients.create', { name: 'Northwind Analytics' });
  const gig = await rpc<{ id: number }>(request, 'gigs.create', {
    title: 'Data pipeline rebuild',
    clientId: client.id,
  });
  const interview = (startsAt: number, extra: object = {}) =>
    rpc<{ id: number }>(request, 'interviews.create', { gigId: gig.id, startsAt, timeZone: TEST_ZONE, ...extra });
  const deadline = (input: object) => rpc<{ id: number }>(request, 'deadlines.create', { gigId: gig.id, ...input });
  return { gigId: gig.id, interview, deadline };
}

test.beforeEach(async ({ page, request }) => {
  await resetApp(request);
  await quietReminders(request);
  await fixTime(page, request, NOW);
});

test('the agenda sorts overdue, today and the next 7 days, in time order', async ({ page, request }) => {
  const { interview, deadline } = await setUpWeek(request);
  await deadline({ title: 'Timesheet', dueDate: '2026-01-14' });
  await interview(berlin(15, 14), { link: 'https://meet.example.com/abc' });
  await deadline({ title: 'Send invoice', dueAt: berlin(15, 17), priority: 'high' });
  await deadline({ title: 'Call the accountant', dueDate: '2026-01-15' });
  await deadline({ title: 'Renew domain', dueDate: '2026-01-18' });
  await interview(berlin(20, 10), { round: 2 });
  await deadline({ title: 'Far away', dueDate: '2026-01-30' });
  const done = await deadline({ title: 'Already done', dueAt: berlin(15, 12) });
  await rpc(request, 'deadlines.setCompleted', { id: done.id, completed: true });

  await openApp(page, '/');
  const agenda = new AgendaPage(page);
  await expect(page).toHaveURL(/#\/agenda$/);
  await expect(page.getByText('Thursday, January 15')).toBeVisible();
  await expect(agenda.titles(agenda.overdue)).toHaveText(['Timesheet']);
  await expect(agenda.titles(agenda.today)).toHaveText([
    'Call the accountant',
    'Interview: Data pipeline rebuild',
    'Send invoice',
  ]);
  await expect(agenda.row(agenda.today, 'Call the accountant')).toContainText('All day');
  const call = agenda.row(agenda.today, /^Interview:/);
  await expect(call).toContainText('2:00 PM');
  await expect(call.getByRole('img', { name: 'Prep 0 of 6 done' })).toBeVisible();
  const join = call.getByRole('link', { name: /^Join/ });
  await expect(join).toHaveAttribute('href', 'https://meet.example.com/abc');
  await expect(join).toHaveAttribute('target', '_blank');
  await expect(agenda.row(agenda.today, 'Send invoice')).toContainText('High');

  await expect(agenda.upcoming.getByRole('heading', { level: 3 })).toHaveText(['Sun, Jan 18', 'Tue, Jan 20']);
  await expect(agenda.titles(agenda.upcoming)).toHaveText(['Renew domain', 'Interview: Data pipeline rebuild']);
  await expect(page.getByText('Far away')).toHaveCount(0);
  await expect(page.getByText('Already done')).toHaveCount(0);
  await expect(new AppShell(page).link('Agenda')).toHaveAccessibleDescription('1 overdue, 3 today');

  await call.getByRole('link', { name: /^Interview:/ }).click();
  await expect(page).toHaveURL(/#\/interviews\/\d+$/);
});

test('the agenda follows changes made elsewhere', async ({ page, request }) => {
  const { deadline } = await setUpWeek(request);
  await openApp(page, '/agenda');
  const agenda = new AgendaPage(page);
  await expect(agenda.today).toContainText('Nothing due today. Add a deadline or schedule an interview.');
  await expect(agenda.upcoming).toContainText('Nothing in the next 7 days yet.');

  await deadline({ title: 'Added in another window', dueAt: berlin(15, 18) });
  await expect(agenda.titles(agenda.today)).toHaveText(['Added in another window']);
  await expect(new AppShell(page).link('Agenda')).toHaveAccessibleDescription('1 today');
});

test('the month shows items on their days, struck through when done, and opens them', async ({ page, request }) => {
  const { interview, deadline } = await setUpWeek(request);
  const call = await interview(berlin(16, 10));
  await deadline({ title: 'Timesheet', dueDate: '2026-01-14' });
  const done = await deadline({ title: 'Send invoice', dueAt: berlin(13, 12) });
  await rpc(request, 'deadlines.setCompleted', { id: done.id, completed: true });
  await deadline({ title: 'February report', dueDate: '2026-02-02' });

  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  await expect(calendar.title).toHaveText('January 2026');
  await expect(calendar.day('Thursday, January 15')).toHaveAttribute('aria-current', 'date');
  await expect(calendar.items('Friday, January 16')).toHaveAccessibleName('Interview: Data pipeline rebuild, 10:00 AM');
  await expect(calendar.items('Wednesday, January 14')).toHaveAccessibleName('Deadline: Timesheet, all day, overdue');
  const completed = calendar.items('Tuesday, January 13');
  await expect(completed).toHaveAccessibleName('Deadline: Send invoice, 12:00 PM, completed');
  await expect(completed.locator('.cal-chip-title')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(page.getByText('February report')).toHaveCount(0);

  await calendar.items('Friday, January 16').click();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${call.id}$`));
  await page.goBack();
  await calendar.button('Next month').click();
  await expect(calendar.title).toHaveText('February 2026');
  await expect(calendar.items('Monday, February 2')).toHaveAccessibleName('Deadline: February report, all day');
  await calendar.button('Today').click();
  await expect(calendar.title).toHaveText('January 2026');
});

test('clicking a day offers a deadline or an interview on that day', async ({ page, request }) => {
  await setUpWeek(request);
  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  await calendar.day('Tuesday, January 20').click();
  const chooser = calendar.chooser('Add on Tuesday, January 20');
  await chooser.getByRole('button', { name: /New deadline/ }).click();

  const form = new DeadlineForm(page);
  await expect(form.dialog.getByRole('radio', { name: 'All day' })).toBeChecked();
  await expect(form.field('Day')).toHaveValue('2026-01-20');
  await form.fill({ title: 'Ship the beta' });
  await form.saveAndClose();
  await expect(calendar.items('Tuesday, January 20')).toHaveAccessibleName('Deadline: Ship the beta, all day');
  const saved = await rpc<{ items: { title: string; dueDate: string | null }[] }>(request, 'deadlines.list');
  expect(saved.items).toEqual([expect.objectContaining({ title: 'Ship the beta', dueDate: '2026-01-20' })]);
});

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

test('the week places timed items by time, overlapping ones side by side, and a slot adds at its time', async ({
  page,
  request,
}) => {
  const { interview, deadline } = await setUpWeek(request);
  await interview(berlin(16, 10), { durationMinutes: 60 });
  await interview(berlin(16, 10, 30), { durationMinutes: 60, round: 2 });
  await deadline({ title: 'Timesheet', dueDate: '2026-01-14' });

  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  await calendar.view('Week').check();
  await expect(calendar.title).toHaveText('Jan 11 – 17, 2026');
  await expect(calendar.allDayItems('Wednesday, January 14')).toHaveAccessibleName(
    'Deadline: Timesheet, all day, overdue',
  );

  const first = page.getByRole('link', { name: 'Interview: Data pipeline rebuild, 10:00 AM' });
  const second = page.getByRole('link', { name: 'Interview: Data pipeline rebuild, 10:30 AM' });
  const a = await first.boundingBox();
  const b = await second.boundingBox();
  expect(a && b).toBeTruthy();
  if (!a || !b) return;
  expect(b.x).toBeGreaterThan(a.x + a.width / 2);
  expect(b.y - a.y).toBeGreaterThan(15);
  expect(Math.abs(a.height - b.height)).toBeLessThan(2);

  const wednesday = page.locator('.cal-week-col').nth(3);
  const column = await wednesday.boundingBox();
  expect(column).toBeTruthy();
  if (!column) return;
  const hourHeight = column.height / 24;
  await page.mouse.click(column.x + column.width / 2, column.y + 15 * hourHeight + hourHeight / 4);
  await calendar
    .chooser('Add on Wednesday, January 14 at 3:00 PM')
    .getByRole('button', { name: /Schedule interview/ })
    .click();
  const form = new InterviewForm(page);
  await expect(form.field('Date')).toHaveValue('2026-01-14');
  await expect(form.field('Time')).toHaveValue('15:00');
});

test('a week block puts the time above a title that wraps, and names the whole title', async ({ page, request }) => {
  const { interview, deadline } = await setUpWeek(request);
  const long = 'Submit the quarterly VAT return and the expense report';
  await deadline({ title: long, dueAt: berlin(13, 11) });
  await deadline({ title: 'Review the brand guidelines draft', dueAt: berlin(13, 11) });
  await deadline({ title: 'Send the signed statement of work to legal', dueAt: berlin(16, 17) });
  await interview(berlin(16, 13), { durationMinutes: 60 });

  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  await calendar.view('Week').check();
  await expect(calendar.title).toHaveText('Jan 11 – 17, 2026');

  // A deadline alone in its day: the time on its own line, the title below it across the block, two lines.
  const alone = calendar.weekBlock('Deadline: Send the signed statement of work to legal, 5:00 PM');
  await expect(alone).toHaveAttribute('title', 'Deadline: Send the signed statement of work to legal, 5:00 PM');
  const single = await calendar.blockLayout(alone);
  expect(single.timeCut).toBe(false);
  expect(single.time.bottom).toBeLessThanOrEqual(single.title.top + 0.5);
  expect(single.title.width).toBeGreaterThan(single.block.width * 0.8);
  expect(single.title.height).toBeGreaterThanOrEqual(27);
  expect(single.title.bottom).toBeLessThanOrEqual(single.block.bottom + 0.5);

  // Two deadlines at the same time share the column: each still shows its whole (shortened) time and a title.
  for (const name of [long, 'Review the brand guidelines draft']) {
    const block = calendar.weekBlock(`Deadline: ${name}, 11:00 AM, overdue`);
    await expect(block).toHaveAttribute('title', `Deadline: ${name}, 11:00 AM, overdue`);
    const shared = await calendar.blockLayout(block);
    expect(shared.timeCut, `${name}: the time line is cut`).toBe(false);
    expect(shared.time.bottom).toBeLessThanOrEqual(shared.title.top + 0.5);
    expect(shared.title.height).toBeGreaterThanOrEqual(27);
  }

  // An hour-long interview reads the same way, its time line whole.
  const call = await calendar.blockLayout(calendar.weekBlock('Interview: Data pipeline rebuild, 1:00 PM'));
  expect(call.timeCut).toBe(false);
  expect(call.time.bottom).toBeLessThanOrEqual(call.title.top + 0.5);
});

test('narrow week blocks in a small window wrap titles between words only, and keep the whole name', async ({
  page,
  request,
}) => {
  const { deadline } = await setUpWeek(request);
  await deadline({ title: 'Review the brand guidelines draft', dueAt: berlin(12, 11) });
  for (const title of ['Deliverable 2', 'Supercalifragilisticexpialidocious copy']) {
    await deadline({ title, dueAt: berlin(13, 11) });
  }
  for (const title of ['Deliverable 3', 'Internationalization audit', 'Send invoice']) {
    await deadline({ title, dueAt: berlin(14, 11) });
  }

  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  await calendar.view('Week').check();
  await expect(calendar.title).toHaveText('Jan 11 – 17, 2026');

  const wrapOf = async (title: string) => {
    const name = `Deadline: ${title}, 11:00 AM, overdue`;
    const block = calendar.weekBlock(name);
    await expect(block).toHaveAttribute('title', name);
    return { block, ...(await calendar.titleWrap(block)), layout: await calendar.blockLayout(block) };
  };

  // Alone in its day (about 95 px): the title wraps between words over the two lines below the time.
  const alone = await wrapOf('Review the brand guidelines draft');
  expect(alone.brokenWords).toEqual([]);
  expect(alone.lines).toBe(2);

  // Two side by side (about 45 px each): still the time, and no word split across lines; a word wider
  // than the block is cut at the edge on its own line.
  for (const title of ['Deliverable 2', 'Supercalifragilisticexpialidocious copy']) {
    const two = await wrapOf(title);
    expect(two.layout.block.width).toBeLessThan(50);
    expect(two.brokenWords, `${title}: words broken across lines`).toEqual([]);
    expect(two.lines, `${title}: title lines`).toBe(2);
    expect(two.layout.timeCut, `${title}: the time line is cut`).toBe(false);
  }

  // Three side by side (under 30 px): no room for "10:00", so the title takes the time's line.
  for (const title of ['Deliverable 3', 'Internationalization audit', 'Send invoice']) {
    const three = await wrapOf(title);
    expect(three.layout.block.width).toBeLessThan(33);
    expect(three.brokenWords, `${title}: words broken across lines`).toEqual([]);
    expect(three.lines, `${title}: title lines`).toBe(2);
    await expect(three.block.locator('.cal-block-time')).toBeHidden();
    expect(three.layout.title.top - three.layout.block.top).toBeLessThan(4);
  }
});

test('arrows move the focused day, Enter adds on it and t comes back to today', async ({ page, request }) => {
  await setUpWeek(request);
  await openApp(page, '/calendar');
  const calendar = new CalendarPage(page);
  const today = calendar.day('Thursday, January 15');
  await today.focus();
  await page.keyboard.press('ArrowRight');
  await expect(calendar.day('Friday, January 16')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(calendar.day('Friday, January 23')).toBeFocused();
  await page.keyboard.press('Enter');
  const chooser = calendar.chooser('Add on Friday, January 23');
  await expect(chooser).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(calendar.title).toHaveText('February 2026');
  await expect(calendar.day('Friday, February 6')).toBeFocused();
  await page.keyboard.press('t');
  await expect(calendar.title).toHaveText('January 2026');
  await expect(today).toBeFocused();
});
