/**
 * Assembles the Electron-free core: opens the database, builds the context and the dispatcher.
 * The Electron main process and the HTTP bridge both start Gigline through this one function.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../drizzle/schema';
import { allDataEntities, fail, recoveryModeProcedures, type AppInfo } from '../contract';
import { systemClock, type Clock, type Context } from './context';
import { withDriver, type DriverOptions } from './db/backup';
import type { OpenedDatabase } from './db/open-database';
import { createEventBus } from './event-bus';
import { handlers } from './handlers';
import { createDataControl } from './lifecycle/data-control';
import { createDatabaseLifecycle } from './lifecycle/database-lifecycle';
import { syncSearchIndex } from './repositories/search-index';
import type { Logger } from './log';
import { webPlatform, type ShellPlatform } from './platform';
import { createDispatcher, type Dispatch, type Gate } from './router';
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
  /**
   * Start in recovery mode instead of throwing when the database is damaged, missing where one existed,
   * from a newer Gigline, or unreadable (the hosts set this; tools and most tests want the error).
   */
  recoveryMode?: boolean;
}

export type CoreMode = 'normal' | 'recovery';

export interface Core {
  /** Stable for the core's lifetime: transports bind it once, whatever database is behind it. */
  dispatch: Dispatch;
  /** The same object for the core's lifetime; db, sqlite and info are rebound in place on reopen. */
  context: Context;
  events: ReturnType<typeof createEventBus>;
  mode(): CoreMode;
  /** Closes and opens the database again through the normal path (migrations run), then notifies. */
  reopen(): Promise<void>;
  /** Before the connection closes for a restore or recovery action: stop what holds it. */
  onClosing(listener: () => void): () => void;
  /** After a reopen (restore, recovery action): restart what holds the connection. */
  onReopen(listener: () => void): () => void;
  close(): void;
}

export const DATABASE_FILE = 'gigline.sqlite';

export function backupDirOf(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** A closed connection stands in while no database is open: any use fails instead of touching a file. */
function closedPlaceholder(driver: DriverOptions): Database.Database {
  const placeholder = new Database(':memory:', withDriver(driver));
  placeholder.close();
  return placeholder;
}

const ALWAYS_ANSWERED = new Set(['app.getInfo', 'app.ping', 'app.getCapabilities']);
const IN_RECOVERY = new Set(recoveryModeProcedures);

export async function startCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, options.databaseFileName ?? DATABASE_FILE);
  const backupDir = backupDirOf(options.dataDir);
  const driver: DriverOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const events = createEventBus();
  const placeholder = closedPlaceholder(driver);
  const info: AppInfo = {
    name: 'Gigline',
    version: options.version,
    dataDir: options.dataDir,
    databasePath: file,
    schemaVersion: 0,
    readOnly: false,
    mode: 'recovery',
  };

  const bind = (opened: OpenedDatabase | null) => {
    context.sqlite = opened?.sqlite ?? placeholder;
    context.db = drizzle(context.sqlite, { schema });
    info.mode = opened ? 'normal' : 'recovery';
    info.readOnly = opened?.readOnly ?? false;
    info.schemaVersion = opened?.schemaVersion ?? lifecycle.known().length;
    // Index what a migration queued (a first migration of a large database queues every row), so the
    // first search is as quick as the rest. A read-only database searches what it has.
    if (opened && !opened.readOnly && hasTable(opened.sqlite, 'search_queue')) syncSearchIndex(opened.sqlite);
  };
  const lifecycle = createDatabaseLifecycle({
    databasePath: file,
    backupDir,
    migrationsFolder: options.migrationsFolder,
    log: options.log,
    clock,
    appVersion: options.version,
    driver,
    recoveryMode: options.recoveryMode ?? false,
    bind,
    ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
  });
  const context: Context = {
    db: drizzle(placeholder, { schema }),
    sqlite: placeholder,
    log: options.log,
    now: () => clock.now(),
    timeZone: () => clock.timeZone(),
    emit: (name, payload) => events.emit(name, payload),
    info,
    platform: options.platform ?? webPlatform,
    data: createDataControl({ lifecycle, databasePath: file, backupDir, driver }),
  };
  await lifecycle.start();
  lifecycle.onReopen(() => events.emit('data.changed', { entities: [...allDataEntities] }));

  const gate: Gate = (name) => {
    if (ALWAYS_ANSWERED.has(name)) return null;
    if (lifecycle.isSwapping()) return fail('UNAVAILABLE', 'Gigline is replacing its database. Try again in a moment.');
    if (lifecycle.mode() === 'recovery' && !IN_RECOVERY.has(name)) {
      return fail(
        'UNAVAILABLE',
        'Gigline is in recovery mode: its database could not be opened. Restore a backup or choose a database file first.',
      );
    }
    return null;
  };

  return {
    dispatch: createDispatcher(handlers, context, gate),
    context,
    events,
    mode: () => lifecycle.mode(),
    reopen: () => lifecycle.reopen(),
    onClosing: (listener) => lifecycle.onClosing(listener),
    onReopen: (listener) => lifecycle.onReopen(listener),
    close: () => lifecycle.close(),
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

