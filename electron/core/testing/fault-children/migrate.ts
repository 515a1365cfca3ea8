/**
 * Child process for reliability.md R4 (kill -9 during a migration): opens the database through
 * openDatabase with the given migrations folder — the before-migration backup, then the migrations in
 * one transaction — announcing the start and the end on fd 1. The parent SIGKILLs it somewhere between.
 *
 * Usage: node --import tsx migrate.ts <database> <migrationsFolder>
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open-database';
import { silentLogger } from '../../log';

const [file, migrationsFolder] = process.argv.slice(2);
if (!file || !migrationsFolder) throw new Error('usage: <db> <migrations>');

fs.writeSync(1, 'opening\n');
const { sqlite } = await openDatabase({
  file,
  migrationsFolder,
  backupDir: path.join(path.dirname(file), 'backups'),
  log: silentLogger,
  now: () => Date.now(),
});
fs.writeSync(1, 'done\n');
sqlite.close();
