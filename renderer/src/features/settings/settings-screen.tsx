/**
 * Settings: how reminders behave (lead times, quiet hours, follow-up rules, prep checklists), how they
 * reach you (notifications, the desktop tray), and the facts about this installation. Every change is
 * saved at once and applies immediately; the reminder schedule follows it.
 */
import { useDocumentTitle } from '../../app/use-document-title';
import { useCapabilities } from '../../app/use-capabilities';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { BackupsSection } from '../backups/backups-section';
import { TransferSection } from '../transfer/transfer-section';
import { AboutSections } from './about-section';
import { DesktopSection } from './desktop-section';
import { FollowUpRulesSection } from './follow-up-rules-section';
import { NotificationsSection } from './notifications-section';
import { PrepTemplatesSection } from './prep-templates-section';
import { QuietHoursSection } from './quiet-hours-section';
import { ReminderSettingsSection } from './reminder-settings-section';
import { useSettings } from './use-settings';

const sections = [
  { id: 'settings-reminders', label: 'Reminders' },
  { id: 'settings-quiet', label: 'Quiet hours' },
  { id: 'settings-follow-ups', label: 'Follow-up rules' },
  { id: 'settings-prep', label: 'Prep checklists' },
  { id: 'settings-notifications', label: 'Notifications' },
  { id: 'settings-desktop', label: 'Desktop app' },
  { id: 'settings-backups', label: 'Backups' },
  { id: 'settings-transfer', label: 'Export & import' },
  { id: 'settings-about', label: 'About & data' },
];

function SectionNav() {
  return (
    <nav className="settings-nav" aria-label="Settings sections">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              className="settings-nav-link"
              onClick={() => {
                const heading = document.getElementById(section.id);
                heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                heading?.closest('section')?.querySelector<HTMLElement>('input, button, select')?.focus({
                  preventScroll: true,
                });
              }}
            >
              {section.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SettingsScreen() {
  useDocumentTitle('Settings');
  const settings = useSettings();
  const capabilities = useCapabilities();

  return (
    <div className="page settings-page">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <div className="settings-layout">
        <div className="settings-content">
          {settings.isPending || capabilities.isPending ? (
            <LoadingState label="Loading settings…" />
          ) : settings.isError ? (
            <ErrorState
              title="Could not load your settings"
              error={settings.error}
              onRetry={() => void settings.refetch()}
            />
          ) : capabilities.isError ? (
            <ErrorState
              title="Could not tell what this app can do"
              error={capabilities.error}
              onRetry={() => void capabilities.refetch()}
            />
          ) : (
            <>
              <ReminderSettingsSection />
              <QuietHoursSection />
              <FollowUpRulesSection />
              <PrepTemplatesSection />
              <NotificationsSection capabilities={capabilities.data} />
              <DesktopSection capabilities={capabilities.data} />
              <BackupsSection />
              <TransferSection />
            </>
          )}
          <AboutSections />
        </div>
        <SectionNav />
      </div>
    </div>
  );
}
