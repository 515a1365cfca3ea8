/**
 * The agenda and the calendar at a fixed time (Thu 15 Jan 2026, 09:00 in Berlin, weeks starting on Sunday
 * as in en-US): buckets and time order, live refresh, sidebar counts; month and week views with items on
 * the right days, click-through, create by clicking a day or a slot, and the keyboard. Crowded days have
 * their own spec (calendar-crowded-days.spec.ts).
 */
import { test } from '@playwright/test';
import { AgendaPage } from '../pages/agenda-page';
import { AppShell } from '../pages/app-shell';
import { CalendarPage } from '../pages/calendar-page';
import { DeadlineForm } from '../pages/deadline-form';
import { InterviewForm } from '../pages/interview-form';
import { openApp, rpc } from '../support/app';
import { expect, playInFixedWeek, setUpWeek } from '../support/calendar-week';
import { berlin } from '../support/test-time';

playInFixedWeek();

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
