/** The e2e bridge's fixed port and token (test mode only; `npm run web` uses a random token). */
export const BRIDGE_PORT = Number(process.env.GIGLINE_E2E_PORT ?? 5287);
export const BRIDGE_TOKEN = 'e2e-test-token';
