/**
 * The fixed week the agenda and calendar specs play in: Thu 15 Jan 2026, 09:00 in Berlin, weeks starting
 * on Sunday as in en-US, reminders quiet; and one client's gig to hang interviews and deadlines on.
 */
import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { resetApp, rpc } from './app';
import { berlin, fixTime, quietReminders, TEST_ZONE } from './test-time';

// This machine is shared and slow; the first render after a reset can take longer than the default 5 s.
export const expect = baseExpect.configure({ timeout: 15_000 });

export const NOW = berlin(15, 9);

/** Call at a spec's top level: the zone and locale, and a fresh database at NOW before each test. */
export function playInFixedWeek(): void {
  test.use({ timezoneId: TEST_ZONE, locale: 'en-US' });
  test.beforeEach(async ({ page, request }) => {
    await resetApp(request);
    await quietReminders(request);
    await fixTime(page, request, NOW);
  });
}

export async function setUpWeek(request: APIRequestContext) {
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
