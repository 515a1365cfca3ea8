/** How reminders read on screen: when they are due, whether they were missed, and their icon. */
import {
  Bell,
  CalendarClock,
  ClipboardList,
  MailCheck,
  MessagesSquare,
  RefreshCw,
  type LucideIcon,
} from 'lucide-react';
import type { Reminder } from '../../../../electron/contract';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** "today 14:30", "tomorrow 09:00", "yesterday 17:00", else "Mon, 3 Nov, 14:30" (all local time). */
export function formatWhen(epochMs: number, now = Date.now()): string {
  const day = localDay(epochMs);
  const time = timeFormat.format(epochMs);
  if (day === localDay(now)) return `today ${time}`;
  if (day === localDay(now + 86_400_000)) return `tomorrow ${time}`;
  if (day === localDay(now - 86_400_000)) return `yesterday ${time}`;
  return dayTimeFormat.format(epochMs);
}

export function formatTime(epochMs: number): string {
  return timeFormat.format(epochMs);
}

/** Delivered well after it was due: the app was closed, asleep or paused ("missed while you were away"). */
export const MISSED_AFTER_MS = 2 * 60_000;

export function wasMissed(reminder: Pick<Reminder, 'dueAt' | 'deliveredAt'>): boolean {
  return reminder.deliveredAt !== null && reminder.deliveredAt - reminder.dueAt > MISSED_AFTER_MS;
}

export const reminderIcons: Record<Reminder['sourceKind'], LucideIcon> = {
  deadline: CalendarClock,
  interview: MessagesSquare,
  interview_prep: ClipboardList,
  follow_up: MailCheck,
  cadence: RefreshCw,
  test: Bell,
};

/** The value of an <input type="datetime-local"> for an instant, in local time ("2026-11-30T09:00"). */
export function toLocalInput(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local value means in local time, or null when it is not a complete value. */
export function fromLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d, h, mi);
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}
