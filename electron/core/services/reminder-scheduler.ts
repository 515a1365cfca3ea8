/**
 * The reminder engine's clock work. No polling: one timer to the next thing that can happen (a due
 * reminder, the end of quiet hours or a pause, the daily window refresh), re-armed after every data
 * change, resume or time-zone change. Due reminders are claimed through the delivery log, so each
 * fires exactly once whatever restarts or second instances happen.
 */
import type Database from 'better-sqlite3';
import type { Delivery, EventMap, EventName, Reminder } from '../../contract';
import type { Clock } from '../context';
import type { Logger } from '../log';
import { serializeError } from '../log';
import {
  claimDelivery,
  dueReminders,
  effectiveDue,
  nextDueAt,
  toReminder,
  type ReminderRow,
} from '../repositories/reminders-repository';
import { readPausedUntil, readReminderSettings } from '../repositories/settings-repository';
import { quietHoursEnd } from './reminder-rules';
import { syncReminders } from './reminder-sync';

const DAY = 86_400_000;
/** Longest single wait; also how often the rolling window is refreshed. Far below setTimeout's 24.8-day limit. */
export const MAX_WAIT_MS = DAY;
/** More than this many at once become one summary notification. */
export const SUMMARY_THRESHOLD = 3;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderNotifier {
  deliver(delivery: Delivery): void;
}

export interface SchedulerOptions {
  sqlite: Database.Database;
  clock: Clock;
  log: Logger;
  emit<N extends EventName>(name: N, payload: EventMap[N]): void;
  subscribe(listener: (event: { name: string }) => void): () => void;
  notifier?: ReminderNotifier;
  timers?: Timers;
  instanceId: string;
  /** Coalesces bursts of data changes into one re-sync. */
  debounceMs?: number;
  /**
   * Longest single wait (default MAX_WAIT_MS). Timers do not count time while the machine sleeps, so a
   * host without a resume signal (the web bridge) passes a shorter one to bound how late a reminder can be.
   */
  maxWaitMs?: number;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function createReminderScheduler(options: SchedulerOptions) {
  const timers = options.timers ?? realTimers;
  const debounceMs = options.debounceMs ?? 100;
  const maxWaitMs = Math.min(options.maxWaitMs ?? MAX_WAIT_MS, MAX_WAIT_MS);
  let wakeTimer: unknown = null;
  let debounceTimer: unknown = null;
  let nextWakeAt: number | null = null;
  let running = false;
  let unsubscribe: (() => void) | null = null;
  let lastZone = options.clock.timeZone();

  function clearWake() {
    if (wakeTimer !== null) timers.clearTimeout(wakeTimer);
    wakeTimer = null;
    nextWakeAt = null;
  }

  function arm(target: number) {
    clearWake();
    const now = options.clock.now();
    const delay = Math.min(Math.max(0, target - now), maxWaitMs);
    nextWakeAt = now + delay;
    wakeTimer = timers.setTimeout(() => {
      wakeTimer = null;
      tick('timer');
    }, delay);
  }

  function deliveryOf(rows: ReminderRow[], kind: Delivery['kind'], now: number): Delivery {
    const reminders: Reminder[] = rows.map((row) => ({ ...toReminder(row, now), state: 'delivered' }));
    if (kind === 'single' && reminders[0])
      return { kind, reminders, title: reminders[0].title, body: reminders[0].body };
    const recent = rows.every((row) => effectiveDue(row) >= now - 2 * 60_000);
    const names = reminders.slice(0, 3).map((r) => r.title);
    return {
      kind,
      reminders,
      title: recent ? `${rows.length} reminders due now` : `${rows.length} reminders while you were away`,
      body: `${names.join(' · ')}${rows.length > names.length ? ' …' : ''}`,
    };
  }

  function deliver(due: ReminderRow[], now: number, maxAgeMs: number) {
    const stale = due.filter((row) => effectiveDue(row) < now - maxAgeMs);
    const fresh = due.filter((row) => effectiveDue(row) >= now - maxAgeMs);
    const asSummary = fresh.length > SUMMARY_THRESHOLD;
    const claimed = options.sqlite
      .transaction(() => ({
        stale: stale.filter((row) => claimDelivery(options.sqlite, row, 'list', options.instanceId, now)),
        fresh: fresh.filter((row) =>
          claimDelivery(options.sqlite, row, asSummary ? 'summary' : 'notification', options.instanceId, now),
        ),
      }))
      .immediate();
    const deliveries =
      asSummary && claimed.fresh.length > 0
        ? [deliveryOf(claimed.fresh, 'summary', now)]
        : claimed.fresh.map((row) => deliveryOf([row], 'single', now));
    for (const delivery of deliveries) {
      try {
        options.notifier?.deliver(delivery);
      } catch (error) {
        options.log.error('showing a reminder failed; it stays in the in-app list', serializeError(error));
      }
      options.emit('reminders.delivered', delivery);
    }
    if (claimed.stale.length || deliveries.length) options.emit('data.changed', { entities: ['reminders'] });
    return deliveries;
  }

  /** Sync the schedule, deliver what is due, and arm the one timer. Safe to call any number of times. */
  function tick(reason: string): Delivery[] {
    if (!running) return [];
    try {
      const now = options.clock.now();
      const zone = options.clock.timeZone();
      if (zone !== lastZone) {
        options.log.info('time zone changed; floating reminders follow it', { from: lastZone, to: zone });
        lastZone = zone;
      }
      const settings = readReminderSettings(options.sqlite);
      options.sqlite.transaction(() => syncReminders(options.sqlite, now, zone, settings)).immediate();
      const pausedUntil = readPausedUntil(options.sqlite);
      const paused = pausedUntil !== null && pausedUntil > now;
      const quietEnd = quietHoursEnd(now, settings, zone);
      const due = paused ? [] : dueReminders(options.sqlite, now);
      const deliverable = quietEnd === null ? due : due.filter((row) => row.important === 1);
      const held = due.length - deliverable.length;
      const deliveries = deliverable.length ? deliver(deliverable, now, settings.catchUpMaxAgeDays * DAY) : [];
      const holdUntil = paused ? pausedUntil : held > 0 ? quietEnd : null;
      // The next due strictly after now: reminders held by quiet hours must not hide an important one.
      const next = nextDueAt(options.sqlite, now);
      const candidates = [now + maxWaitMs];
      if (holdUntil !== null) candidates.push(holdUntil);
      if (next !== null) candidates.push(next);
      arm(Math.min(...candidates));
      if (deliveries.length) options.log.info('reminders delivered', { reason, count: deliveries.length });
      return deliveries;
    } catch (error) {
      options.log.error('reminder tick failed; retrying in a minute', { reason, ...serializeError(error) });
      arm(options.clock.now() + 60_000);
      return [];
    }
  }

  function scheduleResync() {
    if (debounceTimer !== null) return;
    debounceTimer = timers.setTimeout(() => {
      debounceTimer = null;
      tick('data changed');
    }, debounceMs);
  }

  return {
    /** Catch-up pass (what fell due while closed) and the first timer. */
    start(): Delivery[] {
      if (running) return [];
      running = true;
      unsubscribe = options.subscribe((event) => {
        if (event.name === 'data.changed') scheduleResync();
      });
      return tick('start');
    },
    stop() {
      running = false;
      clearWake();
      if (debounceTimer !== null) timers.clearTimeout(debounceTimer);
      debounceTimer = null;
      unsubscribe?.();
      unsubscribe = null;
    },
    /** System resume, screen unlock, time-zone change: re-sync and deliver what fell due meanwhile. */
    wake(reason = 'wake'): Delivery[] {
      return tick(reason);
    },
    /** When the one timer fires next (for status displays and tests). */
    nextWakeAt: () => nextWakeAt,
    /** Timers currently held: 1 when idle (the wake timer), 2 briefly while a data change is debounced. */
    timerCount: () => (wakeTimer !== null ? 1 : 0) + (debounceTimer !== null ? 1 : 0),
    isRunning: () => running,
  };
}

export type ReminderScheduler = ReturnType<typeof createReminderScheduler>;
