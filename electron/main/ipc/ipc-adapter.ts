/**
 * The one place that touches ipcMain. Every invoke is checked against the window it must come from
 * (exact webContents, main frame, app origin) before the core's dispatcher sees it; a refusal is a
 * FORBIDDEN Result, never a thrown error (only a thrown error's message would reach the renderer).
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import { fail, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Result } from '../../contract';
import type { Dispatch } from '../../core/router';
import type { EventBus } from '../../core/event-bus';
import type { Logger } from '../../core/log';

export interface SenderFacts {
  senderId: number;
  /** The id of the webContents allowed to call, or null when there is no window. */
  expectedSenderId: number | null;
  isMainFrame: boolean;
  /** The sending frame's URL; null when the frame is gone. */
  frameUrl: string | null;
  allowedOrigins: readonly string[];
}

/** scheme://host[:port], computed by hand: Node's URL reports 'null' as the origin of custom schemes. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

export function isTrustedSender(facts: SenderFacts): boolean {
  if (facts.expectedSenderId === null || facts.senderId !== facts.expectedSenderId) return false;
  if (!facts.isMainFrame || facts.frameUrl === null) return false;
  const origin = originOf(facts.frameUrl);
  return origin !== null && facts.allowedOrigins.includes(origin);
}

function frameOf(event: IpcMainInvokeEvent): WebFrameMain | null {
  try {
    return event.senderFrame ?? null;
  } catch {
    // Reading senderFrame after the frame navigated away or was destroyed can throw.
    return null;
  }
}

export function senderFactsOf(
  event: IpcMainInvokeEvent,
  trusted: WebContents | null,
  allowedOrigins: readonly string[],
): SenderFacts {
  const frame = frameOf(event);
  return {
    senderId: event.sender.id,
    expectedSenderId: trusted && !trusted.isDestroyed() ? trusted.id : null,
    isMainFrame: frame !== null && frame.parent === null,
    frameUrl: frame?.url ?? null,
    allowedOrigins,
  };
}

export interface IpcAdapterOptions {
  dispatch: Dispatch;
  /** The main window's webContents: the only sender allowed to call. */
  getTrustedContents(): WebContents | null;
  allowedOrigins: readonly string[];
  log: Logger;
}

export function registerIpcAdapter(options: IpcAdapterOptions): () => void {
  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<Result<unknown>> => {
      const facts = senderFactsOf(event, options.getTrustedContents(), options.allowedOrigins);
      if (!isTrustedSender(facts)) {
        options.log.warn('refused an IPC call from an untrusted sender', {
          procedure: String(name).slice(0, 100),
          senderId: facts.senderId,
          frameUrl: facts.frameUrl?.slice(0, 200) ?? null,
          isMainFrame: facts.isMainFrame,
        });
        return fail('FORBIDDEN', 'This window is not allowed to use Gigline’s data.');
      }
      return options.dispatch(typeof name === 'string' ? name : String(name), input);
    },
  );
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

/** Pushes core events to the main window's renderer; returns the unsubscribe. */
export function forwardEvents(events: EventBus, getContents: () => WebContents | null): () => void {
  return events.subscribe((event) => {
    const contents = getContents();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  });
}
