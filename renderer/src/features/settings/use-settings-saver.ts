/**
 * Saves settings the moment they change, one section at a time: the merged result is checked with the
 * contract's schema first (so a message appears next to the field and nothing invalid is sent), then
 * written with settings.update; the core's VALIDATION issues map back onto the same fields.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  AppSettingsSchema,
  ReminderSettingsSchema,
  type AppSettings,
  type ReminderSettings,
  type Settings,
} from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { issuesToErrors, zodIssues, type FieldErrors } from '../../components/form-errors';
import { useSettings, useUpdateSettings } from './use-settings';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export type SettingsPatch = { reminders: Partial<ReminderSettings> } | { app: Partial<AppSettings> };

const SAVED_VISIBLE_MS = 2500;

/** "reminders.quietHours.start" → "quietHours.start"; "reminders.deadlineLeadMinutes.2" → "deadlineLeadMinutes". */
export function settingsFieldKey(path: string): string {
  const parts = path.replace(/^(reminders|app)\./, '').split('.');
  return parts[0] === 'quietHours' && parts[1] ? `quietHours.${parts[1]}` : (parts[0] ?? path);
}

/** Field messages for a patch, checked against the whole merged settings object. */
export function validatePatch(current: Settings, patch: SettingsPatch): FieldErrors {
  const parsed =
    'reminders' in patch
      ? ReminderSettingsSchema.safeParse({ ...current.reminders, ...patch.reminders })
      : AppSettingsSchema.safeParse({ ...current.app, ...patch.app });
  if (parsed.success) return {};
  const touched = Object.keys('reminders' in patch ? patch.reminders : patch.app);
  const errors = issuesToErrors(zodIssues(parsed.error), settingsFieldKey);
  return Object.fromEntries(Object.entries(errors).filter(([key]) => touched.includes(key.split('.')[0] ?? key)));
}

export function useSettingsSaver() {
  const settings = useSettings();
  const update = useUpdateSettings();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    if (state.kind !== 'saved') return;
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), SAVED_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const { mutateAsync } = update;
  const current = settings.data;
  const save = useCallback(
    async (patch: SettingsPatch, keys: readonly string[] = []): Promise<boolean> => {
      if (!current) return false;
      const found = validatePatch(current, patch);
      const cleared = (all: FieldErrors) =>
        Object.fromEntries(
          Object.entries(all).filter(([key]) => !keys.some((k) => key === k || key.startsWith(`${k}.`))),
        );
      if (Object.keys(found).length) {
        setErrors((all) => ({ ...cleared(all), ...found }));
        return false;
      }
      setErrors(cleared);
      setState({ kind: 'saving' });
      try {
        await mutateAsync(patch);
        setState({ kind: 'saved' });
        return true;
      } catch (error) {
        if (isApiError(error) && error.code === 'VALIDATION' && error.issues.length) {
          setErrors((all) => ({ ...all, ...issuesToErrors(error.issues, settingsFieldKey) }));
        }
        setState({ kind: 'error', message: errorMessage(error) });
        return false;
      }
    },
    [current, mutateAsync],
  );

  /** Shows a message next to a field without saving (e.g. an unreadable lead time). */
  const setFieldError = useCallback((key: string, message: string | null) => {
    setErrors((all) => {
      const next = { ...all };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });
  }, []);

  return { settings: current, save, state, errors, setFieldError };
}
