/**
 * Child process for reliability.md R1 (kill -9 during a write burst). Opens the database the way Gigline
 * does (openDatabase: WAL, synchronous=NORMAL, our pragmas), then commits transactions of `k` clients
 * (each with a contact) tagged with a sequence number, writing each number to stdout only after its
 * COMMIT returned. The parent SIGKILLs it at a random moment. Numbers go out with fs.writeSync on fd 1
 * (process.stdout to a pipe is asynchronous under tsx's loader), so a printed number is an acknowledged,
 * committed transaction.
 *
 * Usage: node --import tsx write-burst.ts <database> <migrationsFolder> <firstSeq> <k>
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open-database';
import { silentLogger } from '../../log';

const [file, migrationsFolder, firstSeq, rowsPerTransaction] = process.argv.slice(2);
if (!file || !migrationsFolder || !firstSeq || !rowsPerTransaction) throw new Error('usage: <db> <migrations> <firstSeq> <k>');
const k = Number(rowsPerTransaction);

const { sqlite } = await openDatabase({
  file,
  migrationsFolder,
  backupDir: path.join(path.dirname(file), 'backups'),
  log: silentLogger,
  now: () => Date.now(),
});
const client = sqlite.prepare('INSERT INTO clients (name, notes, created_at, updated_at) VALUES (?, ?, 0, 0) RETURNING id');
const contact = sqlite.prepare('INSERT INTO contacts (client_id, name, created_at, updated_at) VALUES (?, ?, 0, 0)');
const burst = sqlite.transaction((seq: number) => {
  for (let i = 0; i < k; i++) {
    const { id } = client.get(`burst ${seq}/${i}`, String(seq)) as { id: number };
    contact.run(id, `contact ${seq}/${i}`);
  }
});

fs.writeSync(1, 'ready\n');
for (let seq = Number(firstSeq); ; seq++) {
  burst(seq);
  fs.writeSync(1, `${seq}\n`);
}
