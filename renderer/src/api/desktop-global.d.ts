import type { DesktopApi } from '../../../electron/contract/desktop-api';

declare global {
  interface Window {
    /** Present only inside the Electron app (exposed by the preload); absent in the browser bridge. */
    desktop?: DesktopApi;
  }
}
