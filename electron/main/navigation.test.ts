import type { App, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/log';
import { decideExternalUrl, guardWebContents, installNavigationGuards } from './navigation';
import { FakeWebContents } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.fakeElectron));

const opened: Array<[string, string]> = [
  ['https://example.com', 'https://example.com/'],
  ['HTTPS://EXAMPLE.COM/Path?q=1', 'https://example.com/Path?q=1'],
  ['https://app.example.com.evil.com/x', 'https://app.example.com.evil.com/x'],
  ['http://x', 'http://x/'],
  ['mailto:someone@example.com?subject=Hi', 'mailto:someone@example.com?subject=Hi'],
];

const dropped = [
  'https://user:pw@host.example',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'smb://host/share',
  'app://gigline/other.html',
  'gigline://open',
  'vscode://file/etc/passwd',
  'ftp://example.com/file',
  'about:blank',
  'blob:https://example.com/uuid',
  '/relative/path',
  'example.com',
  'https://',
  'http://[::1',
  '',
  `https://example.com/${'a'.repeat(9000)}`,
];

function fakeEvent(url?: string, extra: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), url, ...extra };
}

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  guardWebContents(contents as unknown as WebContents, openExternal, silentLogger);
  return { contents, openExternal };
}

describe('decideExternalUrl (S7)', () => {
  it.each(opened)('opens %s externally', (raw, normalized) => {
    expect(decideExternalUrl(raw)).toEqual({ action: 'open-external', url: normalized });
  });

  it.each(dropped)('drops %s', (raw) => {
    expect(decideExternalUrl(raw).action).toBe('drop');
  });
});

describe('guardWebContents (S7)', () => {
  it('prevents every will-navigate and hands only http(s)/mailto to the OS', () => {
    const { contents, openExternal } = guarded();
    for (const url of ['https://example.com/', 'app://gigline/index.html', 'file:///etc/passwd', 'javascript:1']) {
      const event = fakeEvent(url);
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('uses the URL passed as the second argument when the event carries none', () => {
    const { contents, openExternal } = guarded();
    const event = fakeEvent(undefined);
    contents.emit('will-navigate', event, 'mailto:a@b.example');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('mailto:a@b.example');
  });

  it('prevents redirects, webviews and subframe navigations', () => {
    const { contents, openExternal } = guarded();
    const redirect = fakeEvent('https://evil.example');
    contents.emit('will-redirect', redirect, 'https://evil.example');
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    const subframe = fakeEvent('https://evil.example', { isMainFrame: false });
    contents.emit('will-frame-navigate', subframe);
    expect(redirect.preventDefault).toHaveBeenCalledOnce();
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(subframe.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open and opens only allowed URLs externally', () => {
    const { contents, openExternal } = guarded();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of ['https://example.com/a', 'file:///etc/passwd', 'app://gigline/index.html', 'javascript:x']) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://example.com/a']]);
  });

  it('survives an openExternal failure', async () => {
    const contents = new FakeWebContents();
    const warn = vi.fn();
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    guardWebContents(contents as unknown as WebContents, openExternal, { ...silentLogger, warn });
    contents.emit('will-navigate', fakeEvent('https://example.com'), 'https://example.com');
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
  });

  it('guards every web contents the app creates', () => {
    const app = new EventEmitter();
    const openExternal = vi.fn((_url: string) => Promise.resolve());
    installNavigationGuards(app as unknown as App, openExternal, silentLogger);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const event = fakeEvent('https://example.com');
    contents.emit('will-navigate', event, 'https://example.com');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
