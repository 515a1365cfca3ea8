/**
 * Whether reminders can reach you outside the page: the OS status in the desktop app, the browser's
 * permission in the web app (asked only from the button here), and a test notification to check it.
 */
import { BellRing, CircleAlert, CircleCheck, Info } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { AppCapabilities } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import {
  browserNotificationPermission,
  requestBrowserNotifications,
  type BrowserPermission,
} from '../reminders/browser-notifications';
import { useSendTestReminder } from '../reminders/use-reminders';

function StatusLine({ tone, children }: { tone: 'ok' | 'warn' | 'info'; children: ReactNode }) {
  const Icon = tone === 'ok' ? CircleCheck : tone === 'warn' ? CircleAlert : Info;
  return (
    <p className={`status-line status-line-${tone}`}>
      <Icon size={15} aria-hidden="true" />
      <span>{children}</span>
    </p>
  );
}

function DesktopStatus({ capabilities }: { capabilities: AppCapabilities }) {
  if (capabilities.notifications === 'supported')
    return (
      <StatusLine tone="ok">System notifications are on: reminders appear even when the window is closed.</StatusLine>
    );
  if (capabilities.notifications === 'unsupported')
    return (
      <StatusLine tone="warn">
        This system shows no notifications. Reminders appear inside Gigline and in the tray menu instead.
      </StatusLine>
    );
  return <StatusLine tone="info">Gigline could not tell whether this system shows notifications.</StatusLine>;
}

function BrowserStatus({ permission, onAllow }: { permission: BrowserPermission; onAllow: () => void }) {
  if (permission === 'granted')
    return (
      <StatusLine tone="ok">Browser notifications are allowed: reminders also appear outside this tab.</StatusLine>
    );
  if (permission === 'denied')
    return (
      <StatusLine tone="warn">
        This browser blocks notifications from Gigline. Reminders still appear inside the page; to change it, allow
        notifications in the browser’s site settings.
      </StatusLine>
    );
  if (permission === 'unsupported')
    return (
      <StatusLine tone="info">This browser cannot show notifications. Reminders appear inside the page.</StatusLine>
    );
  return (
    <div className="status-with-action">
      <StatusLine tone="info">
        Reminders appear inside this page. Allow browser notifications to see them while you work in another tab.
      </StatusLine>
      <button type="button" className="button" onClick={onAllow}>
        <BellRing size={14} aria-hidden="true" />
        Allow browser notifications
      </button>
    </div>
  );
}

export function NotificationsSection({ capabilities }: { capabilities: AppCapabilities }) {
  const web = capabilities.shell === 'web';
  const [permission, setPermission] = useState<BrowserPermission>(browserNotificationPermission);
  const sendTest = useSendTestReminder();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const expectation = web
    ? permission === 'granted'
      ? 'A test reminder should appear at the top right of this page and as a browser notification within a second or two.'
      : 'A test reminder should appear at the top right of this page within a second or two.'
    : capabilities.notifications === 'supported'
      ? 'A system notification and a reminder at the top right of this window should appear within a second or two.'
      : 'A reminder should appear at the top right of this window within a second or two.';

  return (
    <section className="settings-section" aria-labelledby="settings-notifications">
      <header className="settings-section-header">
        <h2 id="settings-notifications">Notifications</h2>
      </header>
      <div className="settings-card">
        {web ? (
          <BrowserStatus
            permission={permission}
            onAllow={() => void requestBrowserNotifications().then(setPermission)}
          />
        ) : (
          <DesktopStatus capabilities={capabilities} />
        )}
        <div className="status-with-action settings-card-divided">
          <button
            type="button"
            className="button"
            disabled={sendTest.isPending}
            onClick={() =>
              void sendTest.mutateAsync().then(
                () => setOutcome({ ok: true, message: `Sent. ${expectation}` }),
                (error: unknown) => setOutcome({ ok: false, message: errorMessage(error) }),
              )
            }
          >
            Send a test notification
          </button>
          <p className={outcome && !outcome.ok ? 'field-error' : 'field-hint'} role="status">
            {outcome
              ? outcome.message
              : 'Checks that reminders reach you. It comes through quiet hours, but waits while reminders are paused.'}
          </p>
        </div>
      </div>
    </section>
  );
}
