/** Desktop app behaviour: keep running in the tray (why: reminders need a running app) and launch at login. */
import type { AppCapabilities } from '../../../../electron/contract';
import { SaveStatus } from './save-status';
import { Toggle } from './setting-controls';
import { useSettingsSaver } from './use-settings-saver';

export function DesktopSection({ capabilities }: { capabilities: AppCapabilities }) {
  const { settings, save, state, errors } = useSettingsSaver();
  if (!settings) return null;
  const desktop = capabilities.shell === 'desktop';
  const error = errors.keepRunningInTray ?? errors.launchAtLogin;
  return (
    <section className="settings-section" aria-labelledby="settings-desktop">
      <header className="settings-section-header">
        <h2 id="settings-desktop">Desktop app</h2>
        <SaveStatus state={state} />
      </header>
      {desktop ? null : (
        <p className="muted">
          These apply to the Gigline desktop app. In the browser, reminders arrive while the web app is running and this
          page is open.
        </p>
      )}
      <div className="settings-card">
        <Toggle
          id="keep-in-tray"
          label="Keep running in the tray when the window is closed"
          hint={
            desktop && !capabilities.tray
              ? 'This system has no tray, so closing the window quits Gigline.'
              : 'Reminders can only arrive while Gigline runs. Closing the window hides it to the tray; quit from the tray menu.'
          }
          checked={settings.app.keepRunningInTray}
          disabled={!desktop || !capabilities.tray}
          onChange={(checked) => save({ app: { keepRunningInTray: checked } }, ['keepRunningInTray'])}
        />
        <Toggle
          id="launch-at-login"
          label="Start Gigline when I log in"
          hint={
            desktop && !capabilities.launchAtLogin
              ? 'Available in the installed app (not in a development build).'
              : 'Gigline starts hidden in the tray, so the day’s reminders arrive even before you open it.'
          }
          checked={settings.app.launchAtLogin}
          disabled={!desktop || !capabilities.launchAtLogin}
          onChange={(checked) => save({ app: { launchAtLogin: checked } }, ['launchAtLogin'])}
        />
        {error ? <p className="field-error">{error}</p> : null}
      </div>
    </section>
  );
}
