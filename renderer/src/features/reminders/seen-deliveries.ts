/**
 * Which reminder deliveries this browser has already shown, kept across reloads. In the web app a
 * delivery made while no page was connected (the catch-up pass when the bridge starts) reaches no one
 * live; the page shows it once when it loads, and never again after that.
 */
const STORAGE_KEY = 'gigline.shownReminderDeliveries';
const MAX_KEYS = 300;

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function wasShown(key: string): boolean {
  return read().includes(key);
}

export function markShown(keys: readonly string[]): void {
  if (!keys.length) return;
  const known = read();
  const next = [...known.filter((key) => !keys.includes(key)), ...keys].slice(-MAX_KEYS);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: at worst a caught-up reminder is shown again after a reload.
  }
}
