/**
 * Deadlines in Chromium against the bridge, at a fixed time (Thu 15 Jan 2026, 09:00 in Berlin): timed and
 * all-day deadlines, the "a time or all day" rule, overdue display, and completing with Undo from the
 * agenda and from the list.
 */
import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { AgendaPage } from '../pages/agenda-page';
import { AppShell } from '../pages/app-shell';
import { DeadlinesPage } from '../pages/deadlines-page';
import { openApp, resetApp, rpc } from '../support/app';
import { berlin, fixTime, quietReminders, TEST_ZONE } from '../support/test-time';

test.use({ timezoneId: TEST_ZONE, locale: 'en-US' });
// This machine is shared and slow; the first render after a reset can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const NOW = berlin(15, 9);

interface Deadline {
  id: number;
  title: string;
  dueAt: number | null;
  dueDate: string | null;
  timeZone: string | null;
  priority: string;
  important: boolean;
  reminderOffsets: number[] | null;
  completedAt: number | null;
  gigId: number | null;
  clientId: number | null;
}

async function deadline(request: APIRequestContext, input: object) {
  return rpc<Deadline>(request, 'deadlines.create', input);
}

async function allDeadlines(request: APIRequestContext) {
  return (await rpc<{ items: Deadline[] }>(request, 'deadlines.list', { status: 'all' })).items;
}

test.beforeEach(async ({ page, request }) => {
  await resetApp(request);
  await quietReminders(request);
  await fixTime(page, request, NOW);
});

test('adds a timed deadline and an all-day one, each in its section', async ({ page, request }) => {
  const client = await rpc<{ id: number }>(request, 'clients.create', { name: 'Northwind Analytics' });
  const gig = await rpc<{ id: number }>(request, 'gigs.create', {
    title: 'Data pipeline rebuild',
    clientId: client.id,
  });
  await openApp(page, '/deadlines');
  const deadlines = new DeadlinesPage(page);
  await expect(page.getByRole('heading', { name: 'Add your first deadline' })).toBeVisible();

  await deadlines.newButton.click();
  const { form } = deadlines;
  await expect(form.dialog.getByText('No reminders chosen, so your defaults apply')).toBeVisible();
  await form.fill({
    title: 'Send the proposal',
    gig: 'Data pipeline',
    date: '2026-01-16',
    time: '17:00',
    priority: 'High',
    important: true,
    reminders: ['2 hours'],
  });
  await form.dialog.getByRole('button', { name: '1 day before' }).click();
  await expect(form.reminderChips()).toHaveText(['1 day before', '2 hours before']);
  await form.saveAndClose();

  await expect(new AppShell(page).toast('Added “Send the proposal”')).toBeVisible();
  await expect(deadlines.heading('Send the proposal')).toBeVisible();
  await expect(deadlines.detail.getByText('Due tomorrow, 5:00 PM')).toBeVisible();
  await expect(deadlines.detail.getByRole('link', { name: 'Data pipeline rebuild' })).toHaveAttribute(
    'href',
    `#/gigs/${gig.id}`,
  );
  await expect(deadlines.detail.getByText('1 day before, 2 hours before')).toBeVisible();

  await deadlines.newButton.click();
  await form.fill({ title: 'Invoice January', allDay: true, date: '2026-01-20' });
  await form.saveAndClose();
  await expect(deadlines.heading('Invoice January')).toBeVisible();

  await expect(deadlines.groups()).toHaveText(['This week', 'Later']);
  await expect(deadlines.row('Send the proposal')).toContainText('Tomorrow, 5:00 PM');
  await expect(deadlines.row('Invoice January')).toContainText('Tue, Jan 20 · All day');

  const saved = await allDeadlines(request);
  expect(saved).toEqual([
    expect.objectContaining({
      title: 'Send the proposal',
      dueAt: berlin(16, 17),
      dueDate: null,
      priority: 'high',
      important: true,
      gigId: gig.id,
      clientId: client.id,
    }),
    expect.objectContaining({ title: 'Invoice January', dueAt: null, dueDate: '2026-01-20', important: false }),
  ]);
  const proposal = await rpc<Deadline>(request, 'deadlines.get', { id: saved[0]?.id });
  expect(proposal.reminderOffsets).toEqual([24 * 60, 120]);
  expect(proposal.timeZone).toBe(TEST_ZONE);
});

test('a deadline needs a due time or an all-day date, not neither', async ({ page, request }) => {
  await deadline(request, { title: 'Existing', dueDate: '2026-02-01' });
  await openApp(page, '/deadlines?new=1&date=2026-01-22&time=11:30');
  const { form } = new DeadlinesPage(page);
  await expect(form.field('Date')).toHaveValue('2026-01-22');
  await expect(form.field('Time')).toHaveValue('11:30');

  await form.fill({ title: 'Pitch deck', time: '' });
  await form.save();
  const message = 'Give a due time, or mark it as an all-day date';
  await expect(form.field('Date')).toHaveAccessibleDescription(message);
  await expect(form.field('Time')).toHaveAttribute('aria-invalid', 'true');
  expect(await allDeadlines(request)).toHaveLength(1);

  await form.dialog.getByRole('radio', { name: 'All day' }).check();
  await expect(form.field('Day')).not.toHaveAttribute('aria-invalid', 'true');
  await form.saveAndClose();
  const saved = (await allDeadlines(request)).find((d) => d.title === 'Pitch deck');
  expect(saved).toMatchObject({ dueAt: null, dueDate: '2026-01-22', timeZone: null });
});

test('overdue deadlines are grouped first and say how late they are', async ({ page, request }) => {
  await deadline(request, { title: 'Quarterly tax', dueAt: NOW - 2 * 86_400_000 - 3_600_000 });
  await deadline(request, { title: 'Timesheet', dueDate: '2026-01-14' });
  await deadline(request, { title: 'Standup notes', dueAt: NOW - 25 * 60_000 });
  await deadline(request, { title: 'Review contract', dueAt: berlin(15, 16) });
  await deadline(request, { title: 'Renew domain', dueDate: '2026-03-01', priority: 'low' });
  await openApp(page, '/deadlines');
  const deadlines = new DeadlinesPage(page);

  await expect(deadlines.groups()).toHaveText(['Overdue', 'Today', 'Later']);
  await expect(deadlines.row('Quarterly tax')).toContainText('Overdue 2 days');
  await expect(deadlines.row('Timesheet')).toContainText('Overdue 1 day');
  await expect(deadlines.row('Standup notes')).toContainText('Overdue 25 minutes');
  await expect(deadlines.row('Review contract')).toContainText('Today, 4:00 PM');
  await expect(deadlines.row('Renew domain')).toContainText('Low');
  await expect(deadlines.row('Quarterly tax').locator('.overdue-text')).toHaveCSS(
    'color',
    /rgb\(179, 38, 47\)|rgb\(255, 146, 152\)/,
  );

  await new AppShell(page).goTo('Agenda');
  const agenda = new AgendaPage(page);
  await expect(agenda.titles(agenda.overdue)).toHaveText(['Quarterly tax', 'Timesheet', 'Standup notes']);
  await expect(agenda.row(agenda.overdue, 'Timesheet')).toContainText('Overdue 1 day');
});

test('completes a deadline from the agenda and takes it back with Undo', async ({ page, request }) => {
  const created = await deadline(request, { title: 'Send invoice', dueAt: berlin(15, 17), important: true });
  await openApp(page, '/agenda');
  const agenda = new AgendaPage(page);
  const shell = new AppShell(page);
  await expect(agenda.titles(agenda.today)).toHaveText(['Send invoice']);
  await expect(agenda.row(agenda.today, 'Send invoice')).toContainText('Important');
  await expect(shell.link('Agenda')).toHaveAccessibleDescription('1 today');

  // A click, not check(): the row leaves the list once completed, so check() could not read its state back.
  await agenda.completeBox('Send invoice').click();
  const toast = shell.toast('Completed “Send invoice”');
  await expect(toast).toBeVisible();
  await expect(agenda.today).toContainText('Nothing due today. Add a deadline or schedule an interview.');
  await expect
    .poll(async () => (await rpc<Deadline>(request, 'deadlines.get', { id: created.id })).completedAt)
    .toBe(NOW);
  await expect(shell.link('Agenda')).toHaveAccessibleDescription('');

  await page.getByRole('list', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(agenda.titles(agenda.today)).toHaveText(['Send invoice']);
  await expect(shell.toast('Reopened “Send invoice”')).toBeVisible();
  expect((await rpc<Deadline>(request, 'deadlines.get', { id: created.id })).completedAt).toBeNull();
});

test('completes from the list, shows it under Completed, and reopens it', async ({ page, request }) => {
  await deadline(request, { title: 'Send invoice', dueAt: berlin(16, 12) });
  await openApp(page, '/deadlines');
  const deadlines = new DeadlinesPage(page);
  await deadlines.completeBox('Send invoice').click();
  await expect(new AppShell(page).toast('Completed “Send invoice”')).toBeVisible();
  await expect(page.getByText('Nothing open. Everything is done')).toBeVisible();

  await deadlines.status('Completed').check();
  await expect(deadlines.groups()).toHaveText(['Completed today']);
  await deadlines.row('Send invoice').click();
  await deadlines.detail.getByRole('button', { name: 'Reopen' }).click();
  await expect(new AppShell(page).toast('Reopened “Send invoice”')).toBeVisible();
  await deadlines.status('Open').check();
  await expect(deadlines.row('Send invoice')).toBeVisible();
});
