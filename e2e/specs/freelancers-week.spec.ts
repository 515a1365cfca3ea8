/**
 * A freelancer's week, played end to end through the UI as one user (issue 3's "Done when"): on Monday
 * 30 Nov 2026, 09:00 in Berlin, add a client with two contacts, a gig one of them referred, move it across
 * the board by mouse and by keyboard, schedule an interview for Wednesday 14:00 and tick its prep checklist,
 * add a Thursday deadline, then find both on the agenda, the calendar, the search and the palette.
 * Only the clock and the quiet reminder settings are set through the test API; every step the issue names
 * is done by clicking and typing, and checked by what the screen shows.
 */
import { expect as baseExpect, test, type Page, type TestInfo } from '@playwright/test';
import { AgendaPage } from '../pages/agenda-page';
import { AppShell } from '../pages/app-shell';
import { CalendarPage } from '../pages/calendar-page';
import { ClientsPage } from '../pages/clients-page';
import { CommandPalette } from '../pages/command-palette';
import { DeadlinesPage } from '../pages/deadlines-page';
import { GigPage } from '../pages/gig-page';
import { InterviewsPage } from '../pages/interviews-page';
import { PipelinePage } from '../pages/pipeline-page';
import { openApp, resetApp } from '../support/app';
import { berlin, fixTime, quietReminders, TEST_ZONE } from '../support/test-time';

test.use({ timezoneId: TEST_ZONE, locale: 'en-US' });
// This machine is shared and slow; the first render after a reset can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const MONDAY_9AM = berlin(30, 9, 0, 11);
const CLIENT = 'Northwind Analytics';
const GIG = 'Dashboard redesign';
const DEADLINE = 'Send proposal';
const PREP_DONE = ["Research the client's business and recent work", 'Pick portfolio pieces to show'];

/** Saves a screenshot beside the test's other output and attaches it to the report. */
async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.beforeEach(async ({ page, request }) => {
  await resetApp(request);
  await quietReminders(request);
  await fixTime(page, request, MONDAY_9AM);
});

test("a freelancer's week: client, referral gig, board moves, interview prep, deadline, and finding it all again", async ({
  page,
}, testInfo) => {
  // One journey of a dozen screens, each step waiting on the previous one's result: the default 30 s is
  // meant for a single behaviour, and a loaded 2-core machine needs more for the whole week.
  test.setTimeout(90_000);
  const shell = new AppShell(page);
  const clients = new ClientsPage(page);
  const pipeline = new PipelinePage(page);
  const gigPage = new GigPage(page);
  const interviews = new InterviewsPage(page);
  const deadlines = new DeadlinesPage(page);
  const agenda = new AgendaPage(page);
  const calendar = new CalendarPage(page);
  const palette = new CommandPalette(page);
  const gigCard = pipeline.card(GIG);

  await test.step('Monday: add the client with the person to meet and the one who referred me', async () => {
    await openApp(page, '/clients');
    await expect(clients.firstClientHeading).toBeVisible();
    await clients.newClientButton.first().click();
    await clients.form.fill({ name: CLIENT, location: 'Hamburg, Germany' });
    await clients.form.addContact({ name: 'Hannah Keller', role: 'Decision maker' });
    await clients.form.addContact({ name: 'Lena Fischer', role: 'Referrer' });
    await clients.form.save();
    await expect(clients.form.dialog).toBeHidden();
    await expect(shell.toast(`Added ${CLIENT}`)).toBeVisible();
    await expect(clients.detailHeading(CLIENT)).toBeVisible();
    await expect(clients.contacts(CLIENT)).toHaveCount(2);
    await expect(clients.contact('Lena Fischer')).toContainText('Referrer');
  });

  await test.step('create the gig from the client: it came by referral from Lena', async () => {
    await clients.detail(CLIENT).getByRole('link', { name: 'New gig' }).click();
    const { form } = pipeline;
    await expect(form.dialog.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue(CLIENT);
    await form.fill({
      title: GIG,
      source: 'Referral',
      referrer: 'Lena Fischer',
      currency: 'EUR',
      rateUnit: 'Per day',
      proposedRate: '850',
    });
    await form.save();
    await expect(form.dialog).toBeHidden();
    await expect(shell.toast(`Added ${GIG}`)).toBeVisible();
    await expect(pipeline.heading).toBeVisible();
    await expect(pipeline.cards('Lead')).toHaveCount(1);
    await expect(gigCard).toContainText(CLIENT);
    await expect(gigCard).toContainText('€850/day');
  });

  await test.step('drag the card with the mouse from Lead to Applied', async () => {
    await pipeline.dragCard(GIG, 'Applied');
    await expect(pipeline.cards('Applied')).toHaveCount(1);
    await expect(pipeline.cards('Lead')).toHaveCount(0);
    await expect(pipeline.liveRegion).toHaveText(`Moved ${GIG} to Applied`);
  });

  await test.step('move it on to Interviewing with the keyboard; focus follows and the move is announced', async () => {
    await gigCard.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(pipeline.liveRegion).toHaveText(`Moved ${GIG} to Interviewing`);
    await expect(pipeline.cards('Interviewing')).toHaveCount(1);
    await expect(pipeline.cards('Applied')).toHaveCount(0);
    await expect(gigCard).toBeFocused();
  });

  await test.step('open the gig: the referral and both moves are on record', async () => {
    await page.keyboard.press('Enter');
    await expect(gigPage.heading).toHaveText(GIG);
    await expect(page.getByText('Moved to Interviewing today')).toBeVisible();
    const facts = page.getByRole('region', { name: 'Key facts' });
    await expect(facts).toContainText('Referral');
    await expect(facts).toContainText('Lena Fischer (contact)');
    await expect(gigPage.timeline).toContainText('Moved from Lead to Applied');
    await expect(gigPage.timeline).toContainText('Moved from Applied to Interviewing');
  });

  await test.step('schedule the interview for Wednesday 14:00 from the gig', async () => {
    await page.getByRole('link', { name: 'Schedule interview' }).click();
    const { form } = interviews;
    await expect(form.gig).toHaveValue(`${GIG} · ${CLIENT}`);
    await form.fill({
      date: '2026-12-02',
      time: '14:00',
      kind: 'Video call',
      link: 'https://meet.example.com/nw-dash',
      people: ['Hannah Keller'],
    });
    await form.saveAndClose();
    await expect(shell.toast(`Scheduled the ${CLIENT} interview`)).toBeVisible();
    await expect(interviews.heading(GIG)).toBeVisible();
    await expect(interviews.detail.getByText('Wed, Dec 2, 2:00 PM – 3:00 PM')).toBeVisible();
    await expect(interviews.detail.getByRole('list', { name: 'People' })).toHaveText(/Hannah Keller/);
  });

  await test.step('tick two prep items: the interview shows 2 of 6', async () => {
    await expect(interviews.progress).toHaveAttribute('aria-valuetext', '0 of 6 done');
    for (const item of PREP_DONE) {
      await interviews.prepItem(item).check();
      await expect(interviews.prepItem(item)).toBeChecked();
    }
    await expect(interviews.progress).toHaveAttribute('aria-valuetext', '2 of 6 done');
    await expect(page.getByText('2 of 6 done', { exact: true })).toBeVisible();
    await expect(interviews.row(new RegExp(GIG)).getByLabel('Prep 2 of 6 done')).toBeVisible();
  });

  await test.step('add the "Send proposal" deadline for Thursday from the gig', async () => {
    await page.getByRole('link', { name: 'Open the gig' }).click();
    await expect(gigPage.heading).toHaveText(GIG);
    await expect(page.getByRole('list', { name: 'Upcoming interviews' })).toContainText('Prep 2/6');
    await page.getByRole('link', { name: 'Add deadline' }).click();
    const { form } = deadlines;
    await expect(form.dialog.getByRole('combobox', { name: 'Gig' })).toHaveValue(new RegExp(`^${GIG}`));
    await form.fill({ title: DEADLINE, date: '2026-12-03', time: '17:00', priority: 'High' });
    await form.saveAndClose();
    await expect(shell.toast(`Added “${DEADLINE}”`)).toBeVisible();
    await expect(deadlines.heading(DEADLINE)).toBeVisible();
    await expect(deadlines.detail.getByText('Due Thu, Dec 3, 5:00 PM')).toBeVisible();
    await expect(deadlines.detail.getByRole('link', { name: GIG })).toBeVisible();
  });

  await test.step('the board card shows the next interview with its prep progress', async () => {
    await shell.goTo('Pipeline');
    await expect(pipeline.cards('Interviewing')).toHaveCount(1);
    await expect(gigCard).toContainText(/Wed 0?2:00 PM · prep 2\/6/);
    await snapshot(page, testInfo, 'week-board');
  });

  await test.step('the agenda lists both in the next 7 days, in time order, with prep progress', async () => {
    await shell.goTo('Agenda');
    await expect(agenda.heading).toBeVisible();
    await expect(page.getByText('Monday, November 30')).toBeVisible();
    await expect(agenda.today).toContainText('Nothing due today');
    await expect(agenda.overdue).toHaveCount(0);
    await expect(agenda.upcoming.getByRole('heading', { level: 3 })).toHaveText(['Wed, Dec 2', 'Thu, Dec 3']);
    await expect(agenda.titles(agenda.upcoming)).toHaveText([`Interview: ${GIG}`, DEADLINE]);
    const interviewRow = agenda.row(agenda.upcoming, `Interview: ${GIG}`);
    await expect(interviewRow).toContainText('2:00 PM');
    await expect(interviewRow.getByRole('img', { name: 'Prep 2 of 6 done' })).toBeVisible();
    const deadlineRow = agenda.row(agenda.upcoming, DEADLINE);
    await expect(deadlineRow).toContainText('5:00 PM');
    await expect(deadlineRow).toContainText('High');
    await snapshot(page, testInfo, 'week-agenda');
  });

  await test.step('the calendar month shows each on its day, the week the interview at 14:00', async () => {
    await shell.goTo('Calendar');
    await expect(calendar.title).toHaveText('November 2026');
    await expect(calendar.day('Monday, November 30')).toHaveAttribute('aria-current', 'date');
    await expect(calendar.items('Wednesday, December 2')).toHaveAccessibleName(`Interview: ${GIG}, 2:00 PM`);
    await expect(calendar.items('Thursday, December 3')).toHaveAccessibleName(`Deadline: ${DEADLINE}, 5:00 PM`);

    await calendar.view('Week').check();
    await expect(calendar.title).toHaveText('Nov 29 – Dec 5, 2026');
    const block = page.getByRole('link', { name: `Interview: ${GIG}, 2:00 PM` });
    await expect(block).toContainText('2:00 PM – 3:00 PM');
    await expect(page.getByRole('link', { name: `Deadline: ${DEADLINE}, 5:00 PM` })).toBeVisible();
    // Sunday-first week: Wednesday is the fourth column; 14:00 sits 14/24 of the way down the day.
    const wednesday = await page.locator('.cal-week-col').nth(3).boundingBox();
    const placed = await block.boundingBox();
    expect(wednesday && placed, 'the Wednesday column and the interview block are on screen').toBeTruthy();
    if (!wednesday || !placed) return;
    expect(placed.x).toBeGreaterThanOrEqual(wednesday.x);
    expect(placed.x + placed.width).toBeLessThanOrEqual(wednesday.x + wednesday.width);
    expect(Math.abs(placed.y - wednesday.y - (14 / 24) * wednesday.height)).toBeLessThan(4);
    await snapshot(page, testInfo, 'week-calendar-week');
  });

  await test.step('Search finds the gig, the interview and the deadline by the first letters of a word', async () => {
    await palette.sidebarButton.click();
    await expect(palette.dialog).toBeVisible();
    await palette.search('dashb');
    await expect(palette.group('Gigs').getByRole('option')).toHaveCount(1);
    await expect(palette.option(GIG)).toContainText(CLIENT);
    await expect(palette.group('Interviews').getByRole('option')).toHaveCount(1);
    await expect(palette.option(`Interview: ${GIG}`)).toContainText(CLIENT);
    await expect(palette.group('Deadlines').getByRole('option')).toHaveCount(1);
    await expect(palette.option(DEADLINE)).toContainText(GIG);
    await palette.input.press('Escape');
    await expect(palette.dialog).toBeHidden();
  });

  await test.step('the palette (Ctrl+K) opens the interview and the deadline on their own pages', async () => {
    await palette.openWithKeyboard();
    await palette.search('propo');
    await expect(palette.group('Deadlines').getByRole('option')).toHaveCount(1);
    await palette.choose(DEADLINE);
    await expect(page).toHaveURL(/#\/deadlines\/\d+$/);
    await expect(deadlines.heading(DEADLINE)).toBeVisible();

    await palette.openWithKeyboard();
    await palette.search('dashb');
    await expect(palette.group('Interviews').getByRole('option')).toHaveCount(1);
    await expect(palette.option(GIG)).toHaveAttribute('aria-selected', 'true');
    await palette.input.press('ArrowDown');
    await palette.choose(`Interview: ${GIG}`);
    await expect(page).toHaveURL(/#\/interviews\/\d+$/);
    await expect(interviews.heading(GIG)).toBeVisible();
    await expect(interviews.progress).toHaveAttribute('aria-valuetext', '2 of 6 done');
  });
});
