/** The surface the preload exposes as `window.desktop`; the HTTP bridge client implements the same shape. */
import type { AppEvent } from './events';
import type { Result } from './result';

export interface DesktopApi {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to main-side events; returns an unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'gigline:invoke';
export const IPC_EVENT_CHANNEL = 'gigline:event';
