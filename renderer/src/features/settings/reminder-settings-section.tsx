/** Reminders: default lead times for deadlines and interviews, the nudges, the all-day time and catch-up. */
import type { ReminderSettings } from '../../../../electron/contract';
import { LeadTimeChips } from './lead-time-chips';
import { SaveStatus } from './save-status';
import { NumberSetting, TimeSetting, Toggle } from './setting-controls';
import { useSettingsSaver } from './use-settings-saver';

export function ReminderSettingsSection() {
  const { settings, save, state, errors, setFieldError } = useSettingsSaver();
  if (!settings) return null;
  const r = settings.reminders;
  const set = <K extends keyof ReminderSettings>(key: K, value: ReminderSettings[K]) =>
    save({ reminders: { [key]: value } }, [key]);

  return (
    <section className="settings-section" aria-labelledby="settings-reminders">
      <header className="settings-section-header">
        <h2 id="settings-reminders">Reminders</h2>
        <SaveStatus state={state} />
      </header>
      <p className="muted">
        Defaults for new and existing items; a deadline can still set its own lead times. Changes apply at once.
      </p>

      <div className="settings-card">
        <h3 className="settings-card-title">Deadlines</h3>
        <LeadTimeChips
          id="deadline-leads"
          label="Remind me before a deadline"
          noun="deadline"
          value={r.deadlineLeadMinutes}
          onChange={(next) => set('deadlineLeadMinutes', next)}
          error={errors.deadlineLeadMinutes}
          onError={(message) => setFieldError('deadlineLeadMinutes', message)}
        />
        <Toggle
          id="deadline-morning"
          label="Also on the morning of the due day"
          hint={`At ${r.allDayTime}, unless the deadline is within half an hour of then.`}
          checked={r.deadlineMorningOf}
          onChange={(checked) => set('deadlineMorningOf', checked)}
        />
      </div>

      <div className="settings-card">
        <h3 className="settings-card-title">Interviews</h3>
        <LeadTimeChips
          id="interview-leads"
          label="Remind me before an interview"
          noun="interview"
          value={r.interviewLeadMinutes}
          onChange={(next) => set('interviewLeadMinutes', next)}
          error={errors.interviewLeadMinutes}
          onError={(message) => setFieldError('interviewLeadMinutes', message)}
        />
        <Toggle
          id="prep-nudge"
          label="Nudge me to prepare the day before"
          hint={`At ${r.allDayTime}, only when the prep checklist still has open items.`}
          checked={r.interviewPrepNudge}
          onChange={(checked) => set('interviewPrepNudge', checked)}
        />
        <Toggle
          id="thank-you"
          label="Remind me to send a thank-you note"
          hint="Logging an email, call or meeting with the client first cancels it."
          checked={r.thankYouAfterHours !== null}
          onChange={(checked) => set('thankYouAfterHours', checked ? 2 : null)}
        />
        {r.thankYouAfterHours !== null ? (
          <div className="settings-indent">
            <NumberSetting
              id="thank-you-hours"
              label="Hours after the interview ends"
              unit="hours"
              min={1}
              max={72}
              value={r.thankYouAfterHours}
              error={errors.thankYouAfterHours}
              onSave={(hours) => set('thankYouAfterHours', hours)}
              onError={(message) => setFieldError('thankYouAfterHours', message)}
            />
          </div>
        ) : null}
      </div>

      <div className="settings-card">
        <h3 className="settings-card-title">Timing</h3>
        <div className="settings-grid">
          <TimeSetting
            id="all-day-time"
            label="All-day reminders arrive at"
            hint="For all-day deadlines, morning-of reminders and follow-ups, in your current time zone."
            value={r.allDayTime}
            error={errors.allDayTime}
            onSave={(time) => set('allDayTime', time)}
            onError={(message) => setFieldError('allDayTime', message)}
          />
          <NumberSetting
            id="catch-up-days"
            label="Notify missed reminders up to"
            hint="Older ones, e.g. after a long trip, only appear in the Reminders list."
            unit="days old"
            min={1}
            max={60}
            value={r.catchUpMaxAgeDays}
            error={errors.catchUpMaxAgeDays}
            onSave={(days) => set('catchUpMaxAgeDays', days)}
            onError={(message) => setFieldError('catchUpMaxAgeDays', message)}
          />
        </div>
        <Toggle
          id="follow-ups"
          label="Follow-up and client update reminders"
          hint="Follow-ups when a gig goes quiet in a stage (rules below) and the update cadence you set on active gigs."
          checked={r.followUpsEnabled}
          onChange={(checked) => set('followUpsEnabled', checked)}
        />
      </div>
    </section>
  );
}
