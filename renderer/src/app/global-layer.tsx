/** What every screen shares on top of the shell: global keys, the palette, the shortcut help, reminder toasts. */
import { CommandPalette } from '../features/search/command-palette';
import { ReminderToasts } from '../features/reminders/reminder-toasts';
import { setOverlay, useOverlay } from './overlay-store';
import { ShortcutHelp } from './shortcut-help';
import { useGlobalShortcuts } from './use-global-shortcuts';

const close = () => setOverlay(null);

export function GlobalLayer() {
  useGlobalShortcuts();
  const overlay = useOverlay();
  return (
    <>
      {overlay === 'palette' ? <CommandPalette onClose={close} /> : null}
      {overlay === 'help' ? <ShortcutHelp onClose={close} /> : null}
      <ReminderToasts />
    </>
  );
}
