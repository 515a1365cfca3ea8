/**
 * What is in the backups folder: every complete backup (`gigline-<reason>-<UTC stamp>.sqlite`) with what
 * its sidecar says, and which ones are suspiciously small next to the backup before them. Half-written
 * files (`*.partial`) are never listed; a backup whose sidecar is missing or unreadable is still listed,
 * with its counts unknown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BackupReasonSchema, type BackupInfo, type BackupReason } from '../../../contract';
import { sidecarPathOf } from '../../db/backup';

const NAME = /^gigline-(daily|manual|before-migration|before-restore)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?\.sqlite$/;

export function parseBackupName(name: string): { reason: BackupReason; at: number; attempt: number } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, reason, stamp, attempt] = match as unknown as [string, BackupReason, string, string | undefined];
  const iso = stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : { reason, at, attempt: attempt ? Number(attempt) : 1 };
}

/** Oldest first: by creation time, then by the -2, -3 … that tells same-millisecond backups apart. */
export function compareBackups(a: { createdAt: number; file: string }, b: { createdAt: number; file: string }): number {
  return a.createdAt - b.createdAt || (parseBackupName(a.file)?.attempt ?? 0) - (parseBackupName(b.file)?.attempt ?? 0);
}

const SidecarSchema = z.object({
  createdAt: z.number(),
  reason: BackupReasonSchema,
  schemaVersion: z.number(),
  appVersion: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
  totalRows: z.number(),
});

function readSidecar(backupPath: string): z.infer<typeof SidecarSchema> | null {
  try {
    const parsed = SidecarSchema.safeParse(JSON.parse(fs.readFileSync(sidecarPathOf(backupPath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Under half the rows of its predecessor (the previous backup whose rows are known). */
export function isSuspicious(totalRows: number | null, previousTotal: number | null): boolean {
  return totalRows !== null && previousTotal !== null && previousTotal > 0 && totalRows * 2 < previousTotal;
}

/** Every complete backup, newest first. */
export function listBackups(directory: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(directory, name);
    let sizeBytes: number;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) continue;
      sizeBytes = stat.size;
    } catch {
      continue;
    }
    const sidecar = readSidecar(file);
    found.push({
      file: name,
      path: file,
      createdAt: sidecar?.createdAt ?? parsed.at,
      reason: sidecar?.reason ?? parsed.reason,
      sizeBytes,
      schemaVersion: sidecar?.schemaVersion ?? null,
      appVersion: sidecar?.appVersion ?? null,
      counts: sidecar?.counts ?? null,
      totalRows: sidecar?.totalRows ?? null,
      suspicious: false,
    });
  }
  found.sort(compareBackups);
  let previousTotal: number | null = null;
  for (const backup of found) {
    backup.suspicious = isSuspicious(backup.totalRows, previousTotal);
    if (backup.totalRows !== null) previousTotal = backup.totalRows;
  }
  return found.reverse();
}

/** The backup called `name` in `directory`, or null (a bare name only: no paths, no other files). */
export function backupPathOf(directory: string, name: string): string | null {
  if (name !== path.basename(name) || !parseBackupName(name)) return null;
  const file = path.join(directory, name);
  return fs.existsSync(file) ? file : null;
}

/** Deletes a backup and its sidecar. */
export function deleteBackup(directory: string, name: string): void {
  const file = path.join(directory, name);
  fs.rmSync(file, { force: true });
  fs.rmSync(sidecarPathOf(file), { force: true });
}

/** Removes what an interrupted backup left behind (older than `olderThanMs`, so a running one is safe). */
export function removeStalePartials(directory: string, now: number, olderThanMs = 60 * 60_000): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!/\.partial(-wal|-shm)?$/.test(name)) continue;
    const file = path.join(directory, name);
    try {
      if (now - fs.statSync(file).mtimeMs < olderThanMs) continue;
      fs.rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
