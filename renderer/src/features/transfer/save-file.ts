/**
 * Saves an export the way a web page does: a Blob behind an `<a download>` link, clicked once. The browser
 * (and Electron, through its will-download handler in electron/main/downloads.ts) asks where to save it.
 */
import type { ExportFile } from '../../../../electron/contract';

/** Long enough for the save dialog to pick the file up; the URL is only a handle on memory. */
const REVOKE_AFTER_MS = 60_000;

export function saveFile(file: Pick<ExportFile, 'fileName' | 'mimeType' | 'content'>): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
