/**
 * The e2e bridges' ports and token (test mode only; `npm run web` uses a random token). Each Playwright
 * worker drives its own bridge with its own database — worker N (TEST_PARALLEL_INDEX, set by Playwright
 * in worker processes) talks to the base port + N — so specs in different files never see each other's
 * data. The config, evaluated in the runner process, starts one bridge per worker.
 */
export const BRIDGE_BASE_PORT = Number(process.env.GIGLINE_E2E_PORT ?? 5287);
export const E2E_WORKERS = Math.max(1, Number(process.env.GIGLINE_E2E_WORKERS ?? 2));
export const PARALLEL_INDEX = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
export const BRIDGE_PORT = BRIDGE_BASE_PORT + PARALLEL_INDEX;
export const BRIDGE_TOKEN = 'e2e-test-token';

/** A port for a spec's own extra bridge, distinct per worker (bases are 10 apart from the shared ones). */
export function extraBridgePort(base: number): number {
  return base + PARALLEL_INDEX;
}

/**
 * Headers for the tests' own calls to a bridge. Each call gets a fresh connection: a kept-alive socket left
 * idle for the server's 5 s keep-alive timeout can be closed just as the next call is written on it, and the
 * call fails with "socket hang up" (seen once mid-run). A new loopback connection costs well under 1 ms.
 */
export const BRIDGE_HEADERS = { Authorization: `Bearer ${BRIDGE_TOKEN}`, Connection: 'close' };
