/**
 * Saving exports. The renderer saves a file with a Blob behind an `<a download>` link; Chromium hands that
 * to the session as a download (not a navigation, so the navigation guards do not see it), and Electron
 * shows a native save dialog because no save path is set here. This handler only titles that dialog and
 * offers the file's type (Electron's default title is the blob: URL), and refuses any download that is
 * not a Blob made by one of the app's own pages.
 */
import type { Event, SaveDialogOptions, Session } from 'electron';
import type { Logger } from '../core/log';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'Gigline export (JSON)', extensions: ['json'] },
  ics: { name: 'Calendar file', extensions: ['ics'] },
};

/** `blob:app://gigline/<uuid>`: an object URL created by a page of an allowed origin. */
export function isAppDownload(url: string, allowedOrigins: readonly string[]): boolean {
  if (typeof url !== 'string' || !url.startsWith('blob:')) return false;
  const inner = url.slice('blob:'.length);
  return allowedOrigins.some((origin) => inner.startsWith(`${origin}/`));
}

export function saveDialogOptions(fileName: string): SaveDialogOptions {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const filter = FILTERS[extension];
  return {
    title: 'Save the export',
    buttonLabel: 'Save',
    filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : [],
  };
}

interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
  setSaveDialogOptions(options: SaveDialogOptions): void;
}

export function installDownloadHandler(session: Session, allowedOrigins: readonly string[], log: Logger): void {
  session.on('will-download', (event: Event, item: DownloadItemLike) => {
    const url = item.getURL();
    if (!isAppDownload(url, allowedOrigins)) {
      event.preventDefault();
      log.warn('blocked a download', { url: url.slice(0, 200) });
      return;
    }
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename()));
  });
}
