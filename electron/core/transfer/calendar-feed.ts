/**
 * The subscribable calendar file: interviews and deadlines (60 days back to 400 days ahead) written as
 * .ics to `calendar/gigline.ics` in the data folder or a path the user chose, for calendar apps to
 * subscribe to. Rewritten atomically (temp file + rename, so a reader never sees half a file) a moment after
 * data changes — one debounce timer, armed only by change events, never polling. A file at the chosen path
 * that Gigline did not write is never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CalendarFeedStatus, EventName } from '../../contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { serializeError } from '../log';
import { readCalendarFeedSettings } from '../repositories/settings-repository';
import type { Timers } from '../services/reminder-scheduler';
import { exportIcs } from './ics-export';

const DAY = 86_400_000;
const FEED_PAST_DAYS = 60;
const FEED_FUTURE_DAYS = 400;
/** Entities whose changes show in the file (titles, names, times, lead times). */
const RELEVANT = new Set(['interviews', 'deadlines', 'gigs', 'clients', 'settings', 'agenda']);
const OUR_MARK = 'PRODID:-//Gigline//';

export function defaultFeedPath(dataDir: string): string {
  return path.join(dataDir, 'calendar', 'gigline.ics');
}

export function feedStatus(ctx: Context): CalendarFeedStatus {
  const settings = readCalendarFeedSettings(ctx.sqlite);
  const defaultPath = defaultFeedPath(ctx.info.dataDir);
  const file = settings.path ?? defaultPath;
  const stat = fs.statSync(file, { throwIfNoEntry: false }) ?? null;
  return {
    enabled: settings.enabled,
    path: file,
    defaultPath,
    exists: stat !== null,
    writtenAt: stat ? Math.round(stat.mtimeMs) : null,
    sizeBytes: stat ? stat.size : null,
  };
}

function assertOurs(file: string): void {
  if (!fs.existsSync(file)) return;
  const fd = fs.openSync(file, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(4096);
    head = buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    fs.closeSync(fd);
  }
  if (!head.includes(OUR_MARK)) {
    throw new AppError(
      'CONFLICT',
      `${file} already exists and was not written by Gigline. Choose another file for the calendar.`,
    );
  }
}

/** Builds and writes the file now; returns its status. */
export function writeCalendarFeed(ctx: Context): CalendarFeedStatus {
  const settings = readCalendarFeedSettings(ctx.sqlite);
  const file = settings.path ?? defaultFeedPath(ctx.info.dataDir);
  if (settings.path === null) fs.mkdirSync(path.dirname(file), { recursive: true });
  else if (!fs.existsSync(path.dirname(file))) {
    throw new AppError(
      'NOT_FOUND',
      `The folder ${path.dirname(file)} does not exist. Choose another place for the calendar file.`,
    );
  }
  assertOurs(file);
  const now = ctx.now();
  const { content } = exportIcs(ctx.sqlite, {
    from: now - FEED_PAST_DAYS * DAY,
    to: now + FEED_FUTURE_DAYS * DAY,
    include: ['interviews', 'deadlines'],
    now,
    zone: ctx.timeZone(),
    appVersion: ctx.info.version,
    refreshSeconds: 3600,
  });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return feedStatus(ctx);
}

export interface CalendarFeedOptions {
  context: Context;
  subscribe(listener: (event: { name: EventName; payload: unknown }) => void): () => void;
  timers?: Timers;
  /** Coalesces a burst of changes (an import, a drag across the board) into one rewrite. */
  debounceMs?: number;
}

export function startCalendarFeed(options: CalendarFeedOptions) {
  const { context } = options;
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  const debounceMs = options.debounceMs ?? 2000;
  let timer: unknown = null;
  let writes = 0;

  const refresh = () => {
    timer = null;
    try {
      // In recovery mode there is no database to read; the reopen that ends it is a data change.
      if (context.info.mode === 'recovery' || !readCalendarFeedSettings(context.sqlite).enabled) return;
      writeCalendarFeed(context);
      writes++;
    } catch (error) {
      context.log.warn('the calendar file could not be written', serializeError(error));
    }
  };
  const schedule = () => {
    if (timer === null) timer = timers.setTimeout(refresh, debounceMs);
  };
  const unsubscribe = options.subscribe((event) => {
    if (event.name !== 'data.changed') return;
    const { entities } = event.payload as { entities: string[] };
    if (entities.some((entity) => RELEVANT.has(entity))) schedule();
  });
  // The file may be stale from before this start (an edit in another build, a restored backup).
  schedule();
  return {
    stop(): void {
      unsubscribe();
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
    /** Whether a rewrite is pending (for tests and status displays). */
    pending: () => timer !== null,
    writes: () => writes,
  };
}

export type CalendarFeed = ReturnType<typeof startCalendarFeed>;
