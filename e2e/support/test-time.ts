/**
 * A fixed "now" for agenda and calendar tests: the bridge's clock and zone (so the core's "today" is known)
 * and the page's clock (so the renderer's is the same). Pair with test.use({ timezoneId }) for the browser.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { BRIDGE_HEADERS } from './bridge-env';

export const TEST_ZONE = 'Europe/Berlin';

export async function fixTime(page: Page, request: APIRequestContext, now: number, timeZone = TEST_ZONE) {
  const response = await request.post('/__test/clock', {
    headers: BRIDGE_HEADERS,
    data: { now, timeZone, freeze: true },
  });
  expect(response.ok(), 'POST /__test/clock should succeed').toBe(true);
  await page.clock.setFixedTime(now);
}

/**
 * Turns off the reminder rules that would pop toasts over the screen under test (prep nudges, lead
 * times, morning-of, follow-ups); the reminder specs test those.
 */
export async function quietReminders(request: APIRequestContext) {
  const response = await request.post('/rpc/settings.update', {
    headers: BRIDGE_HEADERS,
    data: {
      reminders: {
        interviewPrepNudge: false,
        interviewLeadMinutes: [],
        deadlineLeadMinutes: [],
        deadlineMorningOf: false,
        followUpsEnabled: false,
        thankYouAfterHours: null,
      },
    },
  });
  expect(((await response.json()) as { ok: boolean }).ok, 'settings.update should succeed').toBe(true);
}

/** Epoch ms of a wall-clock time in Berlin in January 2026 (UTC+1, no DST). */
export function berlin(day: number, hour: number, minute = 0, month = 1): number {
  return Date.UTC(2026, month - 1, day, hour - 1, minute);
}
