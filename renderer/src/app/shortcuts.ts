/**
 * The one list of keyboard shortcuts the help overlay (`?`) shows. Global keys live here; a screen adds
 * its own lines with `registerShortcutHelp` at module load (e.g. beside its key handler), so the overlay
 * always lists what the code actually does.
 *
 * Key notation: alternatives are separate strings; "Mod+K" is a chord (Mod = ⌘ on macOS, Ctrl elsewhere);
 * "g c" is a sequence (g, then c).
 */

export interface ShortcutLine {
  keys: string[];
  label: string;
}

export interface ShortcutGroup {
  title: string;
  /** The screen the keys work on (a path prefix such as "/clients"); none for keys that work everywhere. */
  route?: string;
  lines: ShortcutLine[];
}

/** The `g` sequences: key → path. */
export const goToKeys: Record<string, { path: string; label: string }> = {
  a: { path: '/agenda', label: 'Agenda' },
  p: { path: '/pipeline', label: 'Pipeline' },
  c: { path: '/clients', label: 'Clients' },
  i: { path: '/interviews', label: 'Interviews' },
  d: { path: '/deadlines', label: 'Deadlines' },
  l: { path: '/calendar', label: 'Calendar' },
  r: { path: '/reminders', label: 'Reminders' },
  s: { path: '/settings', label: 'Settings' },
};

/** Screens whose create form opens from `?new=1`, which is what `n` does when a screen has no own key. */
export const creatableScreens = ['/clients', '/pipeline', '/interviews', '/deadlines'] as const;

export const globalShortcuts: ShortcutGroup[] = [
  {
    title: 'Everywhere',
    lines: [
      { keys: ['Mod+K'], label: 'Search everything, jump to a screen or run an action' },
      { keys: ['?'], label: 'Show these shortcuts' },
      { keys: ['n'], label: 'New item on the current screen' },
      { keys: ['/'], label: 'Search the current list' },
      { keys: ['Esc'], label: 'Close a dialog, menu or the palette' },
    ],
  },
  {
    title: 'Go to',
    lines: Object.entries(goToKeys).map(([key, target]) => ({ keys: [`g ${key}`], label: target.label })),
  },
  {
    title: 'Command palette',
    lines: [
      { keys: ['↑', '↓'], label: 'Move through the results' },
      { keys: ['Enter'], label: 'Open the result or run the action' },
    ],
  },
];

const screenGroups = new Map<string, ShortcutGroup>();

/** Adds (or replaces, by title) a screen's lines in the help overlay. */
export function registerShortcutHelp(group: ShortcutGroup): void {
  screenGroups.set(group.title, group);
}

export function screenShortcutGroups(): ShortcutGroup[] {
  return [...screenGroups.values()];
}

registerShortcutHelp({
  title: 'Clients',
  route: '/clients',
  lines: [
    { keys: ['/', 'Mod+F'], label: 'Search clients' },
    { keys: ['n'], label: 'New client' },
    { keys: ['j', 'k', '↓', '↑'], label: 'Move through the list (↓ from the search field enters it)' },
    { keys: ['Home', 'End'], label: 'First or last client' },
    { keys: ['Enter'], label: 'Open the highlighted client' },
  ],
});

/** True while the user types: single-key shortcuts must not fire then. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod+K" → ["Ctrl", "K"] (or ["⌘", "K"] on macOS). */
export function chordKeys(chord: string): string[] {
  return chord.split('+').map((key) => (key === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : key));
}
