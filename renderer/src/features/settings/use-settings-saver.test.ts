import { describe, expect, it } from 'vitest';
import { defaultAppSettings, defaultReminderSettings, type Settings } from '../../../../electron/contract';
import { mergeSettings } from './use-settings';
import { settingsFieldKey, validatePatch } from './use-settings-saver';

const current = {
  reminders: defaultReminderSettings,
  app: defaultAppSettings,
} as Settings;

describe('settingsFieldKey', () => {
  it('maps core issue paths onto the fields of the form', () => {
    expect(settingsFieldKey('reminders.deadlineLeadMinutes.2')).toBe('deadlineLeadMinutes');
    expect(settingsFieldKey('reminders.quietHours.start')).toBe('quietHours.start');
    expect(settingsFieldKey('app.launchAtLogin')).toBe('launchAtLogin');
    expect(settingsFieldKey('allDayTime')).toBe('allDayTime');
  });
});

describe('validatePatch', () => {
  it('accepts a valid change', () => {
    expect(validatePatch(current, { reminders: { deadlineLeadMinutes: [4320, 120] } })).toEqual({});
  });

  it('names the field of an invalid change with the contract message', () => {
    expect(validatePatch(current, { reminders: { allDayTime: '25:00' } })).toEqual({
      allDayTime: 'Use a 24-hour time like 09:00',
    });
    expect(validatePatch(current, { reminders: { deadlineLeadMinutes: [1, 2, 3, 4, 5, 6, 7] } })).toEqual({
      deadlineLeadMinutes: 'At most 6 reminders',
    });
    expect(validatePatch(current, { reminders: { quietHours: { enabled: true, start: '7', end: '08:00' } } })).toEqual({
      'quietHours.start': 'Use a 24-hour time like 09:00',
    });
  });
});

describe('mergeSettings', () => {
  it('merges each group the way settings.update does, leaving the rest alone', () => {
    const next = mergeSettings(current, { reminders: { allDayTime: '08:30' }, app: { launchAtLogin: true } });
    expect(next.reminders).toEqual({ ...defaultReminderSettings, allDayTime: '08:30' });
    expect(next.app).toEqual({ ...defaultAppSettings, launchAtLogin: true });
    expect(current.reminders.allDayTime).toBe('09:00');
  });
});
