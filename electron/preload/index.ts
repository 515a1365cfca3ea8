/**
 * The whole bridge between the sandboxed page and the main process: `window.desktop` with `invoke` and
 * `onEvent`, nothing else. ipcRenderer itself never reaches the page, and event listeners receive only
 * the event payload (never Electron's IpcRendererEvent, which would hand back `sender`).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent } from '../contract/events';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type DesktopApi } from '../contract/desktop-api';
import type { Result } from '../contract/result';

const desktop: DesktopApi = {
  invoke(name, input) {
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, input ?? {}) as Promise<Result<unknown>>;
  },
  onEvent(listener) {
    const relay = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('desktop', desktop);
