/** Quiet hours: reminders wait until the window ends, except interviews and deadlines marked important. */
import { SaveStatus } from './save-status';
import { TimeSetting, Toggle } from './setting-controls';
import { useSettingsSaver } from './use-settings-saver';

export function QuietHoursSection() {
  const { settings, save, state, errors, setFieldError } = useSettingsSaver();
  if (!settings) return null;
  const quiet = settings.reminders.quietHours;
  const set = (patch: Partial<typeof quiet>, key: string) =>
    save({ reminders: { quietHours: { ...quiet, ...patch } } }, [key]);

  return (
    <section className="settings-section" aria-labelledby="settings-quiet">
      <header className="settings-section-header">
        <h2 id="settings-quiet">Quiet hours</h2>
        <SaveStatus state={state} />
      </header>
      <div className="settings-card">
        <Toggle
          id="quiet-enabled"
          label="Hold reminders during quiet hours"
          hint="Reminders that fall due in this window arrive together when it ends. Interview reminders and deadlines marked important still come through at once."
          checked={quiet.enabled}
          onChange={(enabled) => set({ enabled }, 'quietHours.enabled')}
        />
        <div className="settings-grid settings-indent" data-disabled={!quiet.enabled}>
          <TimeSetting
            id="quiet-start"
            label="From"
            value={quiet.start}
            disabled={!quiet.enabled}
            error={errors['quietHours.start']}
            onSave={(start) => set({ start }, 'quietHours.start')}
            onError={(message) => setFieldError('quietHours.start', message)}
          />
          <TimeSetting
            id="quiet-end"
            label="Until"
            hint={quiet.start > quiet.end ? 'The next morning.' : undefined}
            value={quiet.end}
            disabled={!quiet.enabled}
            error={errors['quietHours.end']}
            onSave={(end) => set({ end }, 'quietHours.end')}
            onError={(message) => setFieldError('quietHours.end', message)}
          />
        </div>
        {quiet.enabled && quiet.start === quiet.end ? (
          <p className="field-error">Start and end are the same time, so quiet hours never begin.</p>
        ) : null}
      </div>
    </section>
  );
}
