/**
 * Interviews in Chromium against the bridge, at a fixed time (Thu 15 Jan 2026, 09:00 in Berlin): scheduling
 * with validation, the client's time beside yours, the prep checklist and its progress on the agenda,
 * overlapping interviews, and the thank-you deadline offered after an outcome.
 */
import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { AgendaPage } from '../pages/agenda-page';
import { AppShell } from '../pages/app-shell';
import { InterviewsPage } from '../pages/interviews-page';
import { openApp, resetApp, rpc } from '../support/app';
import { berlin, fixTime, quietReminders, TEST_ZONE } from '../support/test-time';

test.use({ timezoneId: TEST_ZONE, locale: 'en-US' });
// This machine is shared and slow; the first render after a reset can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const NOW = berlin(15, 9);

interface Created {
  clientId: number;
  gigId: number;
  contactId: number;
}

async function clientWithGig(request: APIRequestContext): Promise<Created> {
  const client = await rpc<{ id: number; contacts: { id: number }[] }>(request, 'clients.create', {
    name: 'Northwind Analytics',
    timeZone: 'America/New_York',
    contacts: [{ name: 'Hannah Keller', role: 'Decision maker' }],
  });
  const gig = await rpc<{ id: number }>(request, 'gigs.create', {
    title: 'Data pipeline rebuild',
    clientId: client.id,
  });
  return { clientId: client.id, gigId: gig.id, contactId: client.contacts[0]?.id ?? 0 };
}

async function interview(request: APIRequestContext, gigId: number, startsAt: number, extra: object = {}) {
  return rpc<{ id: number }>(request, 'interviews.create', { gigId, startsAt, timeZone: TEST_ZONE, ...extra });
}

test.beforeEach(async ({ page, request }) => {
  await resetApp(request);
  await quietReminders(request);
  await fixTime(page, request, NOW);
});

test('schedules an interview after explaining a missing gig and a bad link', async ({ page, request }) => {
  await clientWithGig(request);
  await openApp(page, '/interviews');
  const interviews = new InterviewsPage(page);
  await expect(page.getByRole('heading', { name: 'Schedule your first interview' })).toBeVisible();
  await interviews.scheduleButton.click();
  const { form } = interviews;
  await form.fill({ date: '2026-01-16', time: '10:00', link: 'zoom' });
  await form.save();

  await expect(form.gig).toHaveAttribute('aria-invalid', 'true');
  await expect(form.gig).toHaveAccessibleDescription('Choose the gig this interview is for');
  await expect(form.field('Call link')).toHaveAccessibleDescription('Enter a web address, like https://example.com');
  await expect(form.gig).toBeFocused();
  expect((await rpc<{ total: number }>(request, 'interviews.list')).total).toBe(0);

  await form.chooseGig('pipeline', /Data pipeline rebuild/);
  await expect(form.gig).toHaveValue('Data pipeline rebuild · Northwind Analytics');
  await expect(form.field('Time')).toHaveAccessibleDescription('Client: 4:00 AM in New York');
  await form.fill({ link: 'meet.example.com/abc-defg', people: ['Hannah Keller'], kind: 'Video call' });
  await expect(form.field('Call link')).not.toHaveAttribute('aria-invalid', 'true');
  await form.saveAndClose();

  await expect(new AppShell(page).toast('Scheduled the Northwind Analytics interview')).toBeVisible();
  await expect(interviews.heading('Data pipeline rebuild')).toBeVisible();
  await expect(interviews.detail.getByText('Tomorrow, 10:00 AM – 11:00 AM')).toBeVisible();
  await expect(interviews.detail.getByText('4:00 AM in New York for Northwind Analytics')).toBeVisible();
  const link = interviews.detail.getByRole('link', { name: /meet\.example\.com\/abc-defg/ });
  await expect(link).toHaveAttribute('href', 'https://meet.example.com/abc-defg');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(interviews.detail.getByRole('list', { name: 'People' })).toHaveText(/Hannah Keller/);
  await expect(interviews.row(/Data pipeline rebuild/)).toHaveAttribute('aria-current', 'page');

  const saved = await rpc<{ items: { startsAt: number; link: string; prepTotal: number }[] }>(
    request,
    'interviews.list',
  );
  expect(saved.items).toHaveLength(1);
  expect(saved.items[0]).toMatchObject({
    startsAt: berlin(16, 10),
    link: 'https://meet.example.com/abc-defg',
    prepTotal: 6,
  });
});

test('ticking the prep checklist shows progress on the interview and the agenda', async ({ page, request }) => {
  const { gigId } = await clientWithGig(request);
  const { id } = await interview(request, gigId, berlin(15, 14), { kind: 'video' });
  await openApp(page, `/interviews/${id}`);
  const interviews = new InterviewsPage(page);

  await expect(interviews.progress).toHaveAttribute('aria-valuenow', '0');
  await expect(interviews.progress).toHaveAttribute('aria-valuemax', '6');
  await interviews.prepItem("Research the client's business and recent work").check();
  await interviews.prepItem('Pick portfolio pieces to show').check();
  await expect(interviews.progress).toHaveAttribute('aria-valuetext', '2 of 6 done');

  await interviews.addPrepItem('Re-read their job post');
  await expect(interviews.prepItem('Re-read their job post')).toBeVisible();
  await expect(interviews.progress).toHaveAttribute('aria-valuetext', '2 of 7 done');
  await expect
    .poll(async () => (await rpc<{ prepDone: number; prepTotal: number }>(request, 'interviews.get', { id })).prepDone)
    .toBe(2);

  await interviews.prepItem('Pick portfolio pieces to show').uncheck();
  await expect(interviews.progress).toHaveAttribute('aria-valuetext', '1 of 7 done');
  await expect(interviews.row(/Data pipeline rebuild/).getByLabel('Prep 1 of 7 done')).toBeVisible();

  await new AppShell(page).goTo('Agenda');
  const agenda = new AgendaPage(page);
  const row = agenda.row(agenda.today, /Data pipeline rebuild/);
  await expect(row.getByLabel('Prep 1 of 7 done')).toBeVisible();
  await expect(row.getByRole('link', { name: /Join/ })).toHaveCount(0);
});

test('flags overlapping interviews and links to the other one', async ({ page, request }) => {
  const { gigId } = await clientWithGig(request);
  const first = await interview(request, gigId, berlin(16, 10), { durationMinutes: 60 });
  const second = await interview(request, gigId, berlin(16, 10, 30), { durationMinutes: 60, round: 2 });
  const apart = await interview(request, gigId, berlin(16, 15), { round: 3 });

  await openApp(page, `/interviews/${first.id}`);
  const interviews = new InterviewsPage(page);
  await expect(interviews.overlap).toContainText('Overlaps with another interview');
  await expect(interviews.list.getByText('Overlap')).toHaveCount(2);

  await interviews.overlap
    .getByRole('link', { name: /Data pipeline rebuild · Northwind Analytics, Tomorrow 10:30 AM/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${second.id}$`));
  await expect(interviews.detail.getByText('Round 2')).toBeVisible();
  await expect(interviews.overlap.getByRole('link')).toHaveCount(1);

  await page.goto(`/#/interviews/${apart.id}`);
  await expect(interviews.detail.getByText('Round 3')).toBeVisible();
  await expect(interviews.overlap).toHaveCount(0);
});

test('setting an outcome offers a thank-you deadline due 24 hours later', async ({ page, request }) => {
  const { gigId } = await clientWithGig(request);
  const { id } = await interview(request, gigId, berlin(14, 15));
  await openApp(page, `/interviews/${id}`);
  const interviews = new InterviewsPage(page);
  await expect(interviews.thankYou).toHaveCount(0);

  await interviews.outcome.selectOption({ label: 'Passed' });
  await expect(new AppShell(page).toast('Outcome saved: Passed')).toBeVisible();
  await interviews.thankYou.getByRole('button', { name: 'Add a thank-you follow-up deadline 24 h later' }).click();

  const done = page.getByRole('status').filter({ hasText: 'Added “Send Northwind Analytics a thank-you note”' });
  await expect(done).toContainText('due tomorrow, 9:00 AM');
  const deadlines = await rpc<{ items: { title: string; gigId: number; dueAt: number }[] }>(request, 'deadlines.list');
  expect(deadlines.items).toEqual([
    expect.objectContaining({ title: 'Send Northwind Analytics a thank-you note', gigId, dueAt: NOW + 86_400_000 }),
  ]);
  expect((await rpc<{ outcome: string }>(request, 'interviews.get', { id })).outcome).toBe('passed');

  await done.getByRole('link', { name: 'Open the deadline' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Send Northwind Analytics a thank-you note' }),
  ).toBeVisible();
});

test('a create link with a gig opens the form with that gig chosen', async ({ page, request }) => {
  const { gigId } = await clientWithGig(request);
  await openApp(page, `/interviews?new=1&gigId=${gigId}&date=2026-01-20&time=14:30`);
  const { form } = new InterviewsPage(page);
  await expect(form.dialog).toBeVisible();
  await expect(form.gig).toHaveValue('Data pipeline rebuild · Northwind Analytics');
  await expect(form.field('Date')).toHaveValue('2026-01-20');
  await expect(form.field('Time')).toHaveValue('14:30');
  await expect(form.dialog.getByRole('checkbox', { name: 'Hannah Keller' })).toBeVisible();
  await expect(page).toHaveURL(/#\/interviews$/);
});
