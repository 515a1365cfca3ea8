import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/log';
import { installDownloadHandler, isAppDownload, saveDialogOptions } from './downloads';
import { FakeSession } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

const origins = ['app://gigline'];

function download(url: string, fileName = 'gigline-clients-2026-11-26.csv') {
  const session = new FakeSession();
  installDownloadHandler(session as unknown as Session, origins, silentLogger);
  const event = { preventDefault: vi.fn() };
  const item = { getURL: () => url, getFilename: () => fileName, setSaveDialogOptions: vi.fn() };
  session.emit('will-download', event, item, {});
  return { event, item };
}

describe('downloads (saving exports)', () => {
  it('accepts only blobs made by the app’s own pages', () => {
    expect(isAppDownload('blob:app://gigline/4f6c9c1e-8e0e-4a47-9a43-0d6d7f3a2b11', origins)).toBe(true);
    expect(isAppDownload('blob:http://localhost:5173/uuid', [...origins, 'http://localhost:5173'])).toBe(true);
    for (const url of [
      'blob:https://evil.example/uuid',
      'blob:app://gigline.evil/uuid',
      'blob:app://giglinex/uuid',
      'app://gigline/index.html',
      'https://example.com/file.csv',
      'data:text/csv,a,b',
      'file:///etc/passwd',
      '',
    ]) {
      expect(isAppDownload(url, origins), url).toBe(false);
    }
  });

  it('lets an export through and titles its save dialog with the file’s type', () => {
    const { event, item } = download('blob:app://gigline/uuid');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({
      title: 'Save the export',
      buttonLabel: 'Save',
      filters: [
        { name: 'CSV spreadsheet', extensions: ['csv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('cancels anything else before it starts', () => {
    const { event, item } = download('https://example.com/payload.exe', 'payload.exe');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(item.setSaveDialogOptions).not.toHaveBeenCalled();
  });

  it('offers the JSON and calendar types, and no filter for an unknown one', () => {
    expect(saveDialogOptions('gigline-export-2026-11-26.json').filters?.[0]?.extensions).toEqual(['json']);
    expect(saveDialogOptions('gigline-calendar-2026-11-26.ICS').filters?.[0]?.extensions).toEqual(['ics']);
    expect(saveDialogOptions('notes').filters).toEqual([]);
  });
});
