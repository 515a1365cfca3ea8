/**
 * Assembles the Electron-free core: opens the database, builds the context and the dispatcher.
 * The Electron main process and the HTTP bridge both start Gigline through this one function.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../contract';
import { systemClock, type Clock, type Context } from './context';
import { openDatabase, type OpenedDatabase } from './db/open-database';
import { createEventBus } from './event-bus';
import { handlers } from './handlers';
import { syncSearchIndex } from './repositories/search-index';
import type { Logger } from './log';
import { webPlatform, type ShellPlatform } from './platform';
import { createDispatcher, type Dispatch } from './router';
import {
  createReminderScheduler,
  type ReminderNotifier,
  type ReminderScheduler,
  type Timers,
} from './services/reminder-scheduler';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  log: Logger;
  version: string;
  clock?: Clock;
  nativeBinding?: string;
  databaseFileName?: string;
  /** How long a write waits for another connection's lock before failing with BUSY (default 5000 ms). */
  busyTimeoutMs?: number;
  /** The desktop shell describes itself here; the web bridge leaves it out. */
  platform?: ShellPlatform;
}

export interface Core {
  dispatch: Dispatch;
  context: Context;
  events: ReturnType<typeof createEventBus>;
  close(): void;
}

export const DATABASE_FILE = 'gigline.sqlite';

export function backupDirOf(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

function hasTable(sqlite: OpenedDatabase['sqlite'], name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, options.databaseFileName ?? DATABASE_FILE);
  const opened = await openDatabase({
    file,
    migrationsFolder: options.migrationsFolder,
    backupDir: backupDirOf(options.dataDir),
    log: options.log,
    now: () => clock.now(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
  });
  // Index what a migration queued (a first migration of a large database queues every row), so the
  // first search is as quick as the rest. A read-only database searches what it has.
  if (!opened.readOnly && hasTable(opened.sqlite, 'search_queue')) syncSearchIndex(opened.sqlite);
  const events = createEventBus();
  const info: AppInfo = {
    name: 'Gigline',
    version: options.version,
    dataDir: options.dataDir,
    databasePath: file,
    schemaVersion: opened.schemaVersion,
    readOnly: opened.readOnly,
  };
  const context: Context = {
    db: opened.db,
    sqlite: opened.sqlite,
    log: options.log,
    now: () => clock.now(),
    timeZone: () => clock.timeZone(),
    emit: (name, payload) => events.emit(name, payload),
    info,
    platform: options.platform ?? webPlatform,
  };
  return {
    dispatch: createDispatcher(handlers, context),
    context,
    events,
    close: () => {
      if (opened.sqlite.open) opened.sqlite.close();
    },
  };
}

/**
 * Starts the reminder engine on a running core. Call it only in the process that owns delivery (the
 * single desktop instance, or the web bridge); the delivery log keeps a second one from repeating anything.
 */
export function startReminderScheduler(
  core: Core,
  options: { notifier?: ReminderNotifier; timers?: Timers; instanceId?: string; maxWaitMs?: number } = {},
): ReminderScheduler {
  const scheduler = createReminderScheduler({
    sqlite: core.context.sqlite,
    clock: core.context,
    log: core.context.log,
    emit: core.context.emit,
    subscribe: core.events.subscribe,
    instanceId: options.instanceId ?? randomUUID(),
    ...(options.notifier ? { notifier: options.notifier } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.maxWaitMs ? { maxWaitMs: options.maxWaitMs } : {}),
  });
  scheduler.start();
  return scheduler;
}
