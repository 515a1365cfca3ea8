/** Shared e2e steps: wipe the database, open the app with the auth cookie, and call procedures directly. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { BRIDGE_HEADERS, BRIDGE_TOKEN } from './bridge-env';

export async function resetApp(request: APIRequestContext): Promise<void> {
  const response = await request.post('/__test/reset', { headers: BRIDGE_HEADERS });
  expect(response.ok(), 'POST /__test/reset should succeed').toBe(true);
}

/** Moves the bridge's clock (epoch ms), so records get distinct, known timestamps. */
export async function setClock(request: APIRequestContext, now: number): Promise<void> {
  const response = await request.post('/__test/clock', { headers: BRIDGE_HEADERS, data: { now, freeze: true } });
  expect(response.ok(), 'POST /__test/clock should succeed').toBe(true);
}

/** Opens Gigline: the token URL sets the auth cookie, then the hash route picks the screen. */
export async function openApp(page: Page, route = '/clients', origin = ''): Promise<void> {
  await openPage(page, route, origin);
  await waitForGlobalKeys(page);
}

/**
 * Loads the page without waiting for the global keys: the recovery screen stands in for the whole shell
 * (no keys listen there), so its spec waits for the screen's heading instead.
 */
export async function openPage(page: Page, route = '/clients', origin = ''): Promise<void> {
  await page.goto(`${origin}/?token=${BRIDGE_TOKEN}`);
  await page.goto(`${origin}/#${route}`);
}

/**
 * Waits until the app's global keys (Ctrl+K, ?, g then a letter) are listening. The load event comes before
 * React has run its effects; under load a key pressed in between is lost.
 */
export async function waitForGlobalKeys(page: Page): Promise<void> {
  await page.locator('html[data-keys-ready="true"]').waitFor({ state: 'attached' });
}

/** Calls a procedure over the bridge, for setting up or checking data outside the UI. */
export async function rpc<T = unknown>(request: APIRequestContext, name: string, input: object = {}): Promise<T> {
  const response = await request.post(`/rpc/${name}`, { headers: BRIDGE_HEADERS, data: input });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!body.ok) throw new Error(`${name} failed: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
}
