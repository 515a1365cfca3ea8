/**
 * Online backups through SQLite's backup API (better-sqlite3 `backup()`), which copies a consistent
 * snapshot including what is still in the WAL. A plain file copy of a live WAL database can miss
 * committed data (reliability.md R9), so nothing here ever copies the database file itself.
 *
 * The copy runs in steps sized to take a few milliseconds each; better-sqlite3 yields to the event loop
 * between steps, so a backup of a large database never stalls the app. A finished copy is made
 * self-contained (journal_mode DELETE: no -wal/-shm beside it), counted, fsynced, described by a JSON
 * sidecar (written atomically first) and only then renamed into place, so a listed backup is complete.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { countedTables, type BackupReason } from '../../contract/backups';

export interface DriverOptions {
  /** better_sqlite3.node for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

export function withDriver(driver: DriverOptions, extra: Database.Options = {}): Database.Options {
  return { ...extra, ...(driver.nativeBinding ? { nativeBinding: driver.nativeBinding } : {}) };
}

/** What a backup's sidecar records; the list shows it without opening the backup. */
export interface BackupRecord {
  file: string;
  path: string;
  createdAt: number;
  reason: BackupReason;
  sizeBytes: number;
  schemaVersion: number;
  appVersion: string | null;
  counts: Record<string, number>;
  totalRows: number;
}

export const SIDECAR_FORMAT = 1;

const MIN_PAGES = 64;
const MAX_PAGES = 8192;
/** Aim for steps of about this long: well below the 50 ms stall budget (reliability.md G4). */
const TARGET_STEP_MS = 6;

const stamp = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-');

export function backupFileName(reason: string, at: number, attempt = 1): string {
  return `gigline-${reason}-${stamp(at)}${attempt > 1 ? `-${attempt}` : ''}.sqlite`;
}

export function sidecarPathOf(backupPath: string): string {
  return backupPath.replace(/\.sqlite$/, '.json');
}

/** A name no backup has yet (two backups in the same millisecond get -2, -3 …). */
function freshBackupPath(directory: string, reason: string, at: number): string {
  for (let attempt = 1; ; attempt++) {
    const candidate = path.join(directory, backupFileName(reason, at, attempt));
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
  }
}

/** Flush what the copy has written so far about every this many bytes (see copyDatabaseOnline). */
const FLUSH_EVERY_BYTES = 16 * 2 ** 20;

/**
 * Copies the database behind `source` into `target` with the backup API, in steps that adapt their
 * size to the time they take. `target` must not be in use; a leftover file there is replaced.
 *
 * The backup's last step commits the copy with a full fsync on the main thread; with a few hundred MB
 * still unwritten in the OS cache that took 300–500 ms. So while the copy runs, what it has written is
 * flushed in the background (fdatasync on the thread pool), and the last step only has the tail left.
 */
export async function copyDatabaseOnline(source: Database.Database, target: string): Promise<void> {
  fs.rmSync(target, { force: true });
  const pageSize = Number(source.pragma('page_size', { simple: true }));
  let pages = 256;
  let last = performance.now();
  let copiedSinceFlush = 0;
  // An object, not a `let`: the flag is set in callbacks, which control-flow narrowing does not follow.
  const flush: { running: Promise<void> | null } = { running: null };
  const flushInBackground = () => {
    flush.running = fs.promises
      .open(target, 'r+')
      .then(async (handle) => {
        try {
          await handle.datasync();
        } finally {
          await handle.close();
        }
      })
      .catch(() => undefined)
      .finally(() => {
        flush.running = null;
      });
  };
  try {
    await source.backup(target, {
      progress: () => {
        const now = performance.now();
        const took = Math.max(now - last, 0.1);
        last = now;
        copiedSinceFlush += pages * pageSize;
        if (copiedSinceFlush >= FLUSH_EVERY_BYTES && !flush.running) {
          copiedSinceFlush = 0;
          flushInBackground();
        }
        pages = Math.min(MAX_PAGES, Math.max(MIN_PAGES, Math.round((pages * TARGET_STEP_MS) / took)));
        return pages;
      },
    });
  } finally {
    await flush.running;
  }
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rows per counted table, one table per event-loop turn (a count of 200k rows takes a few ms). */
export async function countRows(sqlite: Database.Database): Promise<Record<string, number>> {
  const present = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]).map(String),
  );
  const counts: Record<string, number> = {};
  for (const [key, table] of Object.entries(countedTables)) {
    if (!present.has(table)) continue;
    counts[key] = Number(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
    await nextTick();
  }
  return counts;
}

export const totalOf = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** Makes a finished copy stand alone (no -wal needed) and reads what the sidecar records. */
async function finalizeCopy(file: string, driver: DriverOptions) {
  const sqlite = new Database(file, withDriver(driver, { fileMustExist: true }));
  try {
    sqlite.pragma('journal_mode = DELETE');
    const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
    const counts = await countRows(sqlite);
    return { schemaVersion, counts };
  } finally {
    sqlite.close();
  }
}

/** fsync on the thread pool: a freshly written large file can take a while to reach the disk. */
export async function syncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename in `directory` durable (POSIX; Windows cannot open a directory and needs no call). */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  await syncFile(directory);
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const partial = `${file}.partial`;
  await fs.promises.writeFile(partial, text);
  await syncFile(partial);
  await fs.promises.rename(partial, file);
  await syncDirectory(path.dirname(file));
}

export interface BackupOptions {
  reason: BackupReason;
  at: number;
  appVersion?: string | null;
  driver?: DriverOptions;
}

/** Backs up the live database into `directory`; resolves once the backup and its sidecar are durable. */
export async function backupDatabase(
  sqlite: Database.Database,
  directory: string,
  options: BackupOptions,
): Promise<BackupRecord> {
  fs.mkdirSync(directory, { recursive: true });
  const target = freshBackupPath(directory, options.reason, options.at);
  const partial = `${target}.partial`;
  const sidecar = sidecarPathOf(target);
  try {
    await copyDatabaseOnline(sqlite, partial);
    const { schemaVersion, counts } = await finalizeCopy(partial, options.driver ?? {});
    await syncFile(partial);
    const record: BackupRecord = {
      file: path.basename(target),
      path: target,
      createdAt: options.at,
      reason: options.reason,
      sizeBytes: fs.statSync(partial).size,
      schemaVersion,
      appVersion: options.appVersion ?? null,
      counts,
      totalRows: totalOf(counts),
    };
    const { path: _path, ...described } = record;
    await writeFileAtomic(sidecar, `${JSON.stringify({ format: SIDECAR_FORMAT, ...described }, null, 2)}\n`);
    await fs.promises.rename(partial, target);
    await syncDirectory(directory);
    return record;
  } catch (error) {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, sidecar, `${sidecar}.partial`])
      fs.rmSync(leftover, { force: true });
    throw error;
  }
}
