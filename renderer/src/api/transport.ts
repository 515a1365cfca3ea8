/**
 * Two ways to reach the core: Electron IPC through the preload's `window.desktop`, or the loopback HTTP
 * bridge (POST /rpc/:name; the auth cookie rides along same-origin). Both return the same Result envelope.
 */
import { isErrorCode, type Result } from '../../../electron/contract';

export type Transport = (name: string, input: unknown) => Promise<Result<unknown>>;

const UNREACHABLE =
  'Gigline could not reach its local service. If you opened it with "npm run web", check that it is still running, then try again.';
const GARBLED = 'Gigline’s local service sent an answer it could not read. Reload the page and try again.';

function unavailable(message: string): Result<never> {
  return { ok: false, error: { code: 'UNAVAILABLE', message } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const candidate = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (candidate.ok === true) return 'data' in value;
  return candidate.ok === false && isErrorCode(candidate.error?.code) && typeof candidate.error?.message === 'string';
}

const ipcTransport: Transport = async (name, input) => {
  const desktop = window.desktop;
  if (!desktop) return unavailable(UNREACHABLE);
  try {
    const result = await desktop.invoke(name, input);
    return isResult(result) ? result : unavailable(GARBLED);
  } catch {
    return unavailable(UNREACHABLE);
  }
};

const httpTransport: Transport = async (name, input) => {
  let response: Response;
  try {
    response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return unavailable(UNREACHABLE);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return unavailable(response.ok ? GARBLED : `${UNREACHABLE} (HTTP ${response.status})`);
  }
  return isResult(body) ? body : unavailable(GARBLED);
};

export function currentTransport(): Transport {
  return typeof window !== 'undefined' && window.desktop ? ipcTransport : httpTransport;
}
