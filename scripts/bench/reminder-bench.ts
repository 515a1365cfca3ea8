/**
 * Reminder delivery on the real clock: deadlines due over the next few seconds, each with a reminder
 * at its due time; lateness = delivery time - due time. Also counts the timers an idle scheduler holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore, startReminderScheduler } from '../../electron/core/app-core';
import { silentLogger } from '../../electron/core/log';
import { summarize, type Summary } from './stats';

export interface ReminderFigures {
  lateness: Summary;
  delivered: number;
  expected: number;
  schedulerTimersIdle: number;
  processTimeoutsBefore: number;
  processTimeoutsIdle: number;
}

const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

export async function runReminderBench(
  migrationsFolder: string,
  count = 20,
  spacingMs = 250,
): Promise<ReminderFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-bench-reminders-'));
  const core = await startCore({ dataDir, migrationsFolder, log: silentLogger, version: 'bench' });
  try {
    const client = await core.dispatch('clients.create', { name: 'Bench client' });
    if (!client.ok) throw new Error(client.error.message);
    const start = Date.now() + 1500;
    const due = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const dueAt = start + i * spacingMs;
      const created = await core.dispatch('deadlines.create', { title: `Bench ${i}`, dueAt, reminderOffsets: [0] });
      if (!created.ok) throw new Error(created.error.message);
      due.set((created.data as { id: number }).id, dueAt);
    }
    const before = timeouts();
    const late: number[] = [];
    const scheduler = startReminderScheduler(core, {
      notifier: {
        deliver(delivery) {
          const now = Date.now();
          for (const reminder of delivery.reminders) {
            const dueAt = reminder.sourceId === null ? undefined : due.get(reminder.sourceId);
            if (dueAt !== undefined) late.push(now - dueAt);
          }
        },
      },
    });
    await new Promise((resolve) => setTimeout(resolve, start - Date.now() + count * spacingMs + 1500));
    const figures: ReminderFigures = {
      lateness: summarize(late),
      delivered: late.length,
      expected: count,
      schedulerTimersIdle: scheduler.timerCount(),
      processTimeoutsBefore: before,
      processTimeoutsIdle: timeouts(),
    };
    scheduler.stop();
    return figures;
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
