/** Reading and changing preferences; a change re-syncs reminders through the data.changed event. */
import type { settingsProcedures } from '../../contract';
import { readSettings, updateSettings } from '../repositories/settings-repository';
import type { HandlerMap } from '../router';
import { changed, inTransaction } from './handler-support';

export const settingsHandlers = {
  'settings.get': (_input, ctx) => readSettings(ctx.sqlite),
  'settings.update': (input, ctx) => {
    const settings = inTransaction(ctx, () => updateSettings(ctx.sqlite, input, ctx.now()));
    changed(ctx, 'settings', 'reminders');
    return settings;
  },
} satisfies HandlerMap<keyof typeof settingsProcedures>;
