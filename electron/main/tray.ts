/**
 * The tray (menu bar) icon: Open, the next three reminders, Pause/Resume, Quit. No polling: the menu is
 * rebuilt after data changes and deliveries (debounced, after the scheduler's own re-sync), when a pause
 * runs out (one timer at that instant), and as the pointer reaches the icon where Electron reports that
 * (macOS, Windows). Labels carry absolute times, so they do not go stale as the clock moves.
 */
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import fs from 'node:fs';
import type { AppEvent, Reminder } from '../contract';
import { serializeError, type Logger } from '../core/log';
import type { Timers } from '../core/services/reminder-scheduler';
import type { CallCore } from './core-calls';

export const TRAY_TOOLTIP = 'Gigline';
export const PAUSE_LABEL = 'Pause reminders for 1 hour';
export const RESUME_LABEL = 'Resume reminders';
const UPCOMING_LIMIT = 3;
const TITLE_MAX = 60;
/** Longer than the scheduler's re-sync debounce (100 ms), so the menu sees the reminders it derived. */
const DEFAULT_DEBOUNCE_MS = 400;

export interface TrayMenuState {
  upcoming: Reminder[];
  pausedUntil: number | null;
}

export interface TrayMenuActions {
  open: () => void;
  pause: (minutes: number) => void;
  quit: () => void;
}

export interface TimeFormat {
  timeZone: string;
  locale?: string;
}

export function formatWhen(at: number, format: TimeFormat, withDay = true): string {
  return new Intl.DateTimeFormat(format.locale, {
    ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: format.timeZone,
  }).format(new Date(at));
}

/** Menu labels: '&' marks a mnemonic on Windows and Linux, so a literal one is doubled; long titles are cut. */
export function menuText(text: string, platform: NodeJS.Platform): string {
  const short = text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text;
  return platform === 'darwin' ? short : short.replace(/&/g, '&&');
}

export function trayMenuTemplate(
  state: TrayMenuState,
  actions: TrayMenuActions,
  format: TimeFormat,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const upcoming: MenuItemConstructorOptions[] = state.upcoming.length
    ? state.upcoming.map((reminder) => ({
        label: menuText(`${formatWhen(reminder.dueAt, format)} — ${reminder.title}`, platform),
        enabled: false,
      }))
    : [{ label: 'No upcoming reminders', enabled: false }];
  const paused = state.pausedUntil !== null;
  return [
    { label: 'Open Gigline', click: () => actions.open() },
    { type: 'separator' },
    ...upcoming,
    { type: 'separator' },
    ...(paused
      ? [{ label: `Reminders paused until ${formatWhen(state.pausedUntil ?? 0, format, false)}`, enabled: false }]
      : []),
    { label: paused ? RESUME_LABEL : PAUSE_LABEL, click: () => actions.pause(paused ? 0 : 60) },
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}

/** macOS wants a template image (drawn in the menu bar's colour) at 16 pt; the 32 px file is its @2x. */
export function trayImage(iconPath: string, platform: NodeJS.Platform): NativeImage {
  if (platform !== 'darwin') return nativeImage.createFromPath(iconPath);
  let image: NativeImage;
  try {
    image = nativeImage.createFromBuffer(fs.readFileSync(iconPath), { scaleFactor: 2 });
  } catch {
    image = nativeImage.createFromPath(iconPath);
  }
  image.setTemplateImage(true);
  return image;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface GiglineTrayOptions {
  iconPath: string;
  platform: NodeJS.Platform;
  call: CallCore;
  subscribe(listener: (event: AppEvent) => void): () => void;
  timeZone(): string;
  now(): number;
  open: () => void;
  quit: () => void;
  log: Logger;
  timers?: Timers;
  debounceMs?: number;
  locale?: string;
}

export function createGiglineTray(options: GiglineTrayOptions) {
  const timers = options.timers ?? realTimers;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let tray: Tray;
  try {
    const image = trayImage(options.iconPath, options.platform);
    if (image.isEmpty()) options.log.warn('the tray icon could not be read', { iconPath: options.iconPath });
    tray = new Tray(image);
  } catch (error) {
    options.log.warn('no tray icon on this system; closing the window will not keep Gigline reachable', {
      ...serializeError(error),
    });
    return null;
  }
  let stopped = false;
  let debounce: unknown = null;
  let pauseEnd: unknown = null;

  const actions: TrayMenuActions = {
    open: options.open,
    quit: options.quit,
    pause(minutes) {
      void options.call('reminders.pause', { minutes }).then((result) => {
        if (!result.ok) options.log.warn('pausing reminders from the tray failed', { code: result.error.code });
        return refresh();
      });
    },
  };

  function armPauseEnd(pausedUntil: number | null) {
    if (pauseEnd !== null) timers.clearTimeout(pauseEnd);
    pauseEnd = null;
    if (pausedUntil === null) return;
    const wait = Math.min(Math.max(0, pausedUntil - options.now()) + 1000, 2 ** 31 - 1);
    pauseEnd = timers.setTimeout(() => {
      pauseEnd = null;
      void refresh();
    }, wait);
  }

  async function refresh(): Promise<void> {
    if (stopped) return;
    const result = await options.call('reminders.upcoming', { limit: UPCOMING_LIMIT });
    if (stopped) return;
    if (!result.ok) {
      options.log.warn('the tray could not read the upcoming reminders', { code: result.error.code });
      return;
    }
    const state = { upcoming: result.data.items, pausedUntil: result.data.pausedUntil };
    const format = { timeZone: options.timeZone(), ...(options.locale ? { locale: options.locale } : {}) };
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, actions, format, options.platform)));
    armPauseEnd(state.pausedUntil);
  }

  function scheduleRefresh() {
    if (stopped || debounce !== null) return;
    debounce = timers.setTimeout(() => {
      debounce = null;
      void refresh();
    }, debounceMs);
  }

  tray.setToolTip(TRAY_TOOLTIP);
  // macOS opens the menu on click; Windows and Linux open the window (right-click shows the menu there).
  if (options.platform !== 'darwin') tray.on('click', () => options.open());
  tray.on('mouse-enter', () => void refresh());
  const unsubscribe = options.subscribe((event) => {
    if (event.name === 'data.changed' || event.name === 'reminders.delivered') scheduleRefresh();
  });
  void refresh();

  return {
    tray,
    refresh,
    stop(): void {
      stopped = true;
      unsubscribe();
      for (const handle of [debounce, pauseEnd]) if (handle !== null) timers.clearTimeout(handle);
      debounce = pauseEnd = null;
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}

export type GiglineTray = NonNullable<ReturnType<typeof createGiglineTray>>;
