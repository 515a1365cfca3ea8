/**
 * Insights in Chromium against the real bridge and SQLite: gigs seeded through the API show the win rate
 * per source over decided gigs only, rates added up per currency (never across them) per stage, the period
 * picker leaving old gigs out, a source opening the pipeline table filtered by it, and a rate benchmark
 * edited with its rule shown next to the field.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { InsightsPage } from '../pages/insights-page';
import { PipelinePage } from '../pages/pipeline-page';
import { openApp, resetApp, rpc, setClock } from '../support/app';
import { quietReminders } from '../support/test-time';

const DAY = 86_400_000;

async function seedBook(request: APIRequestContext) {
  const stages = await rpc<{ id: number; name: string }[]>(request, 'stages.list');
  const stage = (name: string) => stages.find((s) => s.name === name)?.id ?? 0;
  const { id: clientId } = await rpc<{ id: number }>(request, 'clients.create', { name: 'Acme Robotics' });
  const gig = (title: string, extra: object) => rpc(request, 'gigs.create', { title, clientId, ...extra });
  await gig('Referral won', { source: 'referral', stageId: stage('Won') });
  await gig('Referral done', { source: 'referral', stageId: stage('Completed') });
  await gig('Referral lost', { source: 'referral', stageId: stage('Lost') });
  await gig('Referral open', {
    source: 'referral',
    stageId: stage('Applied'),
    currency: 'EUR',
    rateUnit: 'hour',
    proposedRateMinor: 10_000,
  });
  await gig('Platform open', {
    source: 'platform',
    stageId: stage('Applied'),
    currency: 'EUR',
    rateUnit: 'hour',
    proposedRateMinor: 8_000,
    agreedRateMinor: 9_000,
  });
  await gig('Outreach open', {
    source: 'outreach',
    stageId: stage('Applied'),
    currency: 'USD',
    rateUnit: 'hour',
    proposedRateMinor: 12_000,
  });
}

test.beforeEach(async ({ request }) => {
  await resetApp(request);
  await quietReminders(request);
});

test('win rate per source counts decided gigs only, and rates are totalled per currency', async ({ page, request }) => {
  await seedBook(request);
  await openApp(page, '/insights');
  const insights = new InsightsPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(insights.period('90 days')).toBeChecked();

  const referral = insights.row(insights.sources, 'Referral');
  await expect(referral).toContainText('67%');
  await expect(referral).toContainText('of 3 decided');
  await expect(insights.row(insights.sources, 'Platform')).toContainText('None decided yet');

  const applied = insights.row(insights.pipeline, 'Applied');
  await expect(applied).toContainText('€190/h');
  await expect(applied).toContainText('$120/h');
  await expect(applied.getByText('€190 per hour across 2 gigs')).toBeAttached();
  await expect(applied.getByText('$120 per hour across 1 gig')).toBeAttached();
  await expect(applied).not.toContainText('310');

  // The rate medians: EUR proposed 80 and 100 → 90; agreed 90 on the gig that asked 80: 12.5 % above the ask.
  const eurHour = insights.row(insights.rates, 'EUR per hour');
  await expect(eurHour).toContainText('€90/h · 2 gigs');
  await expect(eurHour).toContainText('+12.5%');
});

test('the period leaves out gigs that came in before it', async ({ page, request }) => {
  await seedBook(request);
  await setClock(request, Date.now() + 100 * DAY);
  await openApp(page, '/insights');
  const insights = new InsightsPage(page);
  await expect(insights.sources).toContainText('No gigs came in during the last 90 days');
  await insights.period('12 months').check();
  await expect(insights.row(insights.sources, 'Referral')).toContainText('67%');
  // The open pipeline is today's, whatever the period.
  await expect(insights.row(insights.pipeline, 'Applied')).toContainText('100 days');
});

test('a source opens the pipeline table filtered by it', async ({ page, request }) => {
  await seedBook(request);
  await openApp(page, '/insights');
  const insights = new InsightsPage(page);
  await insights.row(insights.sources, 'Outreach').getByRole('link', { name: 'Outreach' }).click();
  await expect(page).toHaveURL(/#\/pipeline\/table$/);
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('outreach');
  await expect.poll(() => new PipelinePage(page).tableTitles()).toEqual(['Outreach open']);
});

test('a rate benchmark is checked next to its fields and then read against the agreed rates', async ({
  page,
  request,
}) => {
  await seedBook(request);
  await openApp(page, '/insights');
  const insights = new InsightsPage(page);
  await insights.rates.getByRole('button', { name: 'Set a benchmark' }).click();
  const dialog = insights.benchmarks;
  await dialog.getByRole('combobox', { name: 'Currency' }).fill('EUR');
  await dialog.getByRole('combobox', { name: 'Unit' }).selectOption('hour');
  await dialog.getByRole('textbox', { name: 'Floor' }).fill('95');
  await dialog.getByRole('textbox', { name: 'Target' }).fill('80');
  await dialog.getByRole('button', { name: 'Save benchmarks' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Target' })).toHaveAccessibleDescription(
    'The target is below the floor',
  );
  await dialog.getByRole('textbox', { name: 'Target' }).fill('120');
  await dialog.getByRole('button', { name: 'Save benchmarks' }).click();
  await expect(dialog).toBeHidden();
  const eurHour = insights.row(insights.rates, 'EUR per hour');
  await expect(eurHour).toContainText('floor €95/h · target €120/h');
  await expect(eurHour).toContainText('Median agreed is below your floor');
});
