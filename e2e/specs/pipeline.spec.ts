/**
 * The gig pipeline in Chromium against the real bridge and SQLite: the gig form's validation and a referral
 * gig with its referrer, moving a card by mouse drag and by keyboard (and the stage changes in its timeline),
 * the table's filters and sort, the stage editor, the rate trail, clarifying questions, and deleting a client
 * that has gigs.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { ClientsPage } from '../pages/clients-page';
import { GigPage } from '../pages/gig-page';
import { PipelinePage } from '../pages/pipeline-page';
import { openApp, resetApp, rpc } from '../support/app';

interface Client {
  id: number;
  name: string;
  contacts: { id: number; name: string }[];
}
interface Stage {
  id: number;
  name: string;
}
interface Gig {
  id: number;
  title: string;
  stageId: number;
  stageName: string;
  proposedRateMinor: number | null;
  agreedRateMinor: number | null;
  referrerContactId: number | null;
  source: string | null;
  timeline: { kind: string; body: string }[];
}

const stageId = async (request: APIRequestContext, name: string) =>
  (await rpc<Stage[]>(request, 'stages.list')).find((stage) => stage.name === name)?.id ?? 0;

async function gig(request: APIRequestContext, clientId: number, title: string, extra: object = {}): Promise<Gig> {
  return rpc<Gig>(request, 'gigs.create', { title, clientId, ...extra });
}

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

test('the gig form shows its problems next to the fields and saves nothing', async ({ page, request }) => {
  await rpc(request, 'clients.create', { name: 'Acme Robotics' });
  await openApp(page, '/pipeline');
  const pipeline = new PipelinePage(page);
  await expect(page.getByRole('heading', { name: 'Your pipeline is empty' })).toBeVisible();
  await pipeline.newGigButton.click();
  const { form } = pipeline;
  await form.save();
  await form.expectError('Title', 'Title is required');
  await expect(form.field('Title')).toBeFocused();
  await expect(form.dialog.getByRole('combobox', { name: 'Client', exact: true })).toHaveAccessibleDescription(
    'Choose the client this gig is for',
  );

  await form.fill({
    title: 'Website redesign',
    client: 'Acme Robotics',
    currency: '',
    proposedRate: '850',
    startDate: '2026-05-10',
    endDate: '2026-05-01',
  });
  await form.save();
  await form.expectError('End date', 'The end date is before the start date');
  await form.expectError('Currency', 'Choose the currency of the rate or budget');
  await form.field('Agreed rate').fill('800.555');
  await form.field('Agreed rate').press('Tab');
  await form.expectError('Agreed rate', 'Use at most 2 decimal places');
  expect((await rpc<{ total: number }>(request, 'gigs.list')).total).toBe(0);

  await form.fill({ currency: 'EUR', agreedRate: '800.50', endDate: '2026-06-30' });
  await form.save();
  await expect(form.dialog).toBeHidden();
  const saved = (await rpc<{ items: Gig[] }>(request, 'gigs.list')).items;
  expect(saved).toMatchObject([{ title: 'Website redesign', proposedRateMinor: 85000, agreedRateMinor: 80050 }]);
});

test('a referral gig starts from the client, names its referrer and lands on the board', async ({ page, request }) => {
  const acme = await rpc<Client>(request, 'clients.create', {
    name: 'Acme Robotics',
    contacts: [{ name: 'Lena Fischer', role: 'Referrer' }],
  });
  await openApp(page, `/clients/${acme.id}`);
  await page.getByRole('article').getByRole('link', { name: 'New gig' }).click();
  const pipeline = new PipelinePage(page);
  const { form } = pipeline;
  await expect(form.dialog.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue('Acme Robotics');
  await form.fill({
    title: 'Website redesign',
    source: 'Referral',
    referrer: 'Lena Fischer',
    currency: 'EUR',
    rateUnit: 'Per day',
    proposedRate: '850',
  });
  await form.save();
  await expect(form.dialog).toBeHidden();
  await expect(new AppShell(page).toast('Added Website redesign')).toBeVisible();

  await expect(pipeline.cards('Lead')).toHaveCount(1);
  await expect(pipeline.card('Website redesign')).toContainText('Acme Robotics');
  await expect(pipeline.card('Website redesign')).toContainText('€850/day');
  await expect(pipeline.card('Website redesign')).toContainText('proposed');
  await expect(pipeline.card('Website redesign')).toContainText('Moved here today');
  const [saved] = (await rpc<{ items: Gig[] }>(request, 'gigs.list')).items;
  const detail = await rpc<Gig>(request, 'gigs.get', { id: saved?.id });
  expect(detail).toMatchObject({
    source: 'referral',
    referrerContactId: acme.contacts[0]?.id,
    proposedRateMinor: 85000,
  });
});

test('cards move by mouse and by keyboard, and the moves show in the gig timeline', async ({ page, request }) => {
  const acme = await rpc<Client>(request, 'clients.create', { name: 'Acme Robotics' });
  await gig(request, acme.id, 'Website redesign');
  await gig(request, acme.id, 'Logo refresh');
  await gig(request, acme.id, 'Data audit', { stageId: await stageId(request, 'Interviewing') });
  await openApp(page, '/pipeline');
  const pipeline = new PipelinePage(page);
  await expect(pipeline.cards('Lead')).toHaveCount(2);

  await pipeline.dragCard('Website redesign', 'Applied');
  await expect(pipeline.cards('Applied')).toHaveCount(1);
  await expect(pipeline.cards('Lead')).toHaveCount(1);
  await expect(pipeline.liveRegion).toHaveText('Moved Website redesign to Applied');
  const moved = async () =>
    (await rpc<{ items: Gig[] }>(request, 'gigs.list', { search: 'Website' })).items[0]?.stageName;
  await expect.poll(moved).toBe('Applied');

  const card = pipeline.card('Website redesign');
  await card.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(pipeline.liveRegion).toHaveText('Moved Website redesign to Interviewing');
  await expect(pipeline.card('Website redesign')).toBeFocused();
  // It keeps its row: first in Applied, so first in Interviewing.
  await expect.poll(() => pipeline.columnTitles('Interviewing')).toEqual(['Website redesign', 'Data audit']);
  await page.keyboard.press('Shift+ArrowDown');
  await expect(pipeline.liveRegion).toHaveText('Moved Website redesign to position 2 of 2 in Interviewing');
  await expect.poll(() => pipeline.columnTitles('Interviewing')).toEqual(['Data audit', 'Website redesign']);
  await expect(pipeline.card('Website redesign')).toBeFocused();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(pipeline.liveRegion).toHaveText('Website redesign is already at the bottom of Interviewing');
  await expect.poll(moved).toBe('Interviewing');

  // Plain arrows move focus: up to the previous card, left to the nearest column with cards (Applied is empty).
  await page.keyboard.press('ArrowUp');
  await expect(pipeline.card('Data audit')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(pipeline.card('Logo refresh')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(pipeline.card('Data audit')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(pipeline.card('Website redesign')).toBeFocused();

  await page.keyboard.press('Enter');
  const gigPage = new GigPage(page);
  await expect(gigPage.heading).toHaveText('Website redesign');
  await expect(gigPage.timeline).toContainText('Moved from Lead to Applied');
  await expect(gigPage.timeline).toContainText('Moved from Applied to Interviewing');

  await gigPage.stageSelect.selectOption({ label: 'Negotiating' });
  await expect(gigPage.timeline).toContainText('Moved from Interviewing to Negotiating');
  await expect(page.getByText('Moved to Negotiating today')).toBeVisible();
});

test('the table filters and sorts the gigs', async ({ page, request }) => {
  const acme = await rpc<Client>(request, 'clients.create', { name: 'Acme Robotics' });
  const globex = await rpc<Client>(request, 'clients.create', { name: 'Globex' });
  const applied = await stageId(request, 'Applied');
  const rate = (minor: number) => ({ currency: 'EUR', rateUnit: 'day', proposedRateMinor: minor });
  await gig(request, acme.id, 'Brand book', { source: 'referral', tags: ['design'], ...rate(60000) });
  await gig(request, acme.id, 'API review', { stageId: applied, source: 'platform', ...rate(90000) });
  await gig(request, globex.id, 'Checkout audit', { stageId: applied, tags: ['design'], ...rate(75000) });

  await openApp(page, '/pipeline');
  const pipeline = new PipelinePage(page);
  await page.getByRole('navigation', { name: 'Pipeline view' }).getByRole('link', { name: 'Table' }).click();
  await expect(pipeline.table).toBeVisible();
  await expect(page.getByText('3 gigs')).toBeVisible();

  await pipeline.sortBy('Title');
  await expect.poll(() => pipeline.tableTitles()).toEqual(['API review', 'Brand book', 'Checkout audit']);
  await expect(pipeline.table.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await pipeline.sortBy('Title');
  await expect.poll(() => pipeline.tableTitles()).toEqual(['Checkout audit', 'Brand book', 'API review']);
  await pipeline.sortBy('Rate');
  await expect.poll(() => pipeline.tableTitles()).toEqual(['API review', 'Checkout audit', 'Brand book']);

  await pipeline.stageFilter.selectOption({ label: 'Applied' });
  await expect.poll(() => pipeline.tableTitles()).toEqual(['API review', 'Checkout audit']);
  await pipeline.tagFilter.selectOption({ label: 'design' });
  await expect.poll(() => pipeline.tableTitles()).toEqual(['Checkout audit']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await pipeline.sourceFilter.selectOption({ label: 'Referral' });
  await expect.poll(() => pipeline.tableTitles()).toEqual(['Brand book']);
  await pipeline.sourceFilter.selectOption({ label: 'Any source' });
  await pipeline.search.fill('globex');
  await expect.poll(() => pipeline.tableTitles()).toEqual(['Checkout audit']);

  // The filters are shared: the board shows the same selection.
  await page.getByRole('navigation', { name: 'Pipeline view' }).getByRole('link', { name: 'Board' }).click();
  await expect(pipeline.cards('Applied')).toHaveCount(1);
  await expect(pipeline.cards('Lead')).toHaveCount(0);
});

test('stages are renamed and reordered, and a stage with gigs is not deleted', async ({ page, request }) => {
  const acme = await rpc<Client>(request, 'clients.create', { name: 'Acme Robotics' });
  await gig(request, acme.id, 'Website redesign', { stageId: await stageId(request, 'Applied') });
  await openApp(page, '/pipeline');
  const pipeline = new PipelinePage(page);
  await pipeline.editStagesButton.click();
  await expect(pipeline.stagesDialog).toBeVisible();

  await pipeline.stageField(1, 'name').fill('Prospect');
  await pipeline.stageField(1, 'name').press('Enter');
  await expect.poll(async () => (await rpc<Stage[]>(request, 'stages.list'))[0]?.name).toBe('Prospect');
  await pipeline.stageField(2, 'name').fill('Prospect');
  await pipeline.stageField(2, 'name').press('Enter');
  await expect(pipeline.stagesDialog.getByText('A stage with this name already exists')).toBeVisible();
  await pipeline.stageField(2, 'name').fill('Applied');
  await pipeline.stageField(2, 'name').press('Enter');
  await expect(pipeline.stagesDialog.getByText('A stage with this name already exists')).toBeHidden();

  await pipeline.stagesDialog.getByRole('button', { name: 'Move Prospect down' }).click();
  await expect(pipeline.stageField(1, 'name')).toHaveValue('Applied');
  await expect(pipeline.stagesDialog.getByRole('button', { name: 'Move Prospect down' })).toBeFocused();

  await pipeline.stagesDialog.getByRole('button', { name: 'Delete stage Applied' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete the stage Applied?' });
  await confirm.getByRole('button', { name: 'Delete stage' }).click();
  await expect(confirm.getByRole('alert')).toContainText('"Applied" still holds 1 gig(s)');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await pipeline.stagesDialog.getByLabel('New stage', { exact: true }).fill('Proposal sent');
  await pipeline.stagesDialog.getByRole('button', { name: 'Add stage' }).click();
  await expect(pipeline.stageField(9, 'name')).toHaveValue('Proposal sent');
  await pipeline.stagesDialog.getByRole('button', { name: 'Done' }).click();

  expect((await pipeline.columnNames()).slice(0, 2)).toEqual(['Applied', 'Prospect']);
  expect((await pipeline.columnNames()).at(-1)).toBe('Proposal sent');
  await expect(pipeline.cards('Applied')).toHaveCount(1);
});

test('the rate trail sets the agreed rate, and questions are ticked and answered', async ({ page, request }) => {
  const acme = await rpc<Client>(request, 'clients.create', { name: 'Acme Robotics' });
  const created = await gig(request, acme.id, 'Website redesign', { currency: 'EUR', rateUnit: 'day' });
  await openApp(page, `/gigs/${created.id}`);
  const gigPage = new GigPage(page);
  await expect(gigPage.heading).toHaveText('Website redesign');

  await gigPage.addRateStep('You asked', '900');
  await expect(gigPage.rateFigure('Proposed')).toHaveText('€900/day');
  await gigPage.addRateStep('Client countered', '750');
  await gigPage.addRateStep('Agreed', '850');
  await expect(gigPage.rateFigure('Agreed')).toHaveText('€850/day');
  await expect(gigPage.rateTrail.getByRole('listitem')).toHaveText([
    /You asked €900\/day/,
    /Client countered €750\/day/,
    /Agreed €850\/day/,
  ]);
  expect(await rpc<Gig>(request, 'gigs.get', { id: created.id })).toMatchObject({
    proposedRateMinor: 90000,
    agreedRateMinor: 85000,
  });
  await expect(gigPage.timeline).toContainText('Agreed €850/day');

  await gigPage.addQuestion('Is the launch date fixed?');
  await gigPage.addQuestion('Who signs off the design?');
  const settled = page.getByRole('checkbox', { name: 'Settled: Is the launch date fixed?' });
  await settled.click();
  await expect(settled).toBeChecked();
  await page.getByRole('button', { name: 'Answer Is the launch date fixed?' }).click();
  await page.getByLabel('Answer to Is the launch date fixed?').fill('Yes, 1 June.');
  await page.getByRole('button', { name: 'Save answer' }).click();
  await expect(gigPage.questions).toContainText('Yes, 1 June.');
  await expect(page.getByRole('heading', { name: /Clarifying questions/ })).toContainText('1/2');
  await page.getByRole('button', { name: 'Delete question Who signs off the design?' }).click();
  await expect(gigPage.questions.getByRole('listitem')).toHaveCount(1);
  const questions = (
    await rpc<{ questions: { text: string; answer: string; doneAt: number | null }[] }>(request, 'gigs.get', {
      id: created.id,
    })
  ).questions;
  expect(questions).toMatchObject([{ text: 'Is the launch date fixed?', answer: 'Yes, 1 June.' }]);
  expect(questions[0]?.doneAt).not.toBeNull();

  await gigPage.logEntry('Call', 'Talked through the scope');
  await expect(page.getByText(/Last contact/)).toBeVisible();
});

test('deleting a client with gigs offers archiving or deleting everything', async ({ page, request }) => {
  const acme = await rpc<Client>(request, 'clients.create', { name: 'Acme Robotics' });
  await gig(request, acme.id, 'Website redesign');
  await openApp(page, `/clients/${acme.id}`);
  const clients = new ClientsPage(page);
  await expect(page.getByRole('list', { name: 'Gigs for Acme Robotics' })).toContainText('Website redesign');

  await clients.detailButton('Delete').click();
  const dialog = clients.confirmDialog('Delete Acme Robotics?');
  await expect(dialog.dialog).toContainText('Acme Robotics has 1 gig.');
  await dialog.dialog.getByRole('button', { name: 'Archive instead' }).click();
  await expect(dialog.dialog).toBeHidden();
  await expect(page.getByRole('article').getByText(/^Archived/)).toBeVisible();
  expect((await rpc<{ total: number }>(request, 'gigs.list')).total).toBe(1);

  await clients.detailButton('Delete').click();
  await dialog.dialog.getByRole('button', { name: 'Delete client and its 1 gig' }).click();
  await expect(dialog.dialog).toBeHidden();
  await expect(new AppShell(page).toast('Deleted Acme Robotics and 1 gig')).toBeVisible();
  expect((await rpc<{ total: number }>(request, 'gigs.list', { archived: 'all' })).total).toBe(0);
  expect((await rpc<{ total: number }>(request, 'clients.list', { archived: 'all' })).total).toBe(0);
});
