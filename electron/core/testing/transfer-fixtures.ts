/**
 * Import/export test helpers: a richly seeded database (the seed generator's small size plus every table
 * the generator leaves empty: questions, rate trail, custom stage and template, settings, reminders and
 * their delivery log, tag colours, JSON meta), a logical dump of every exported table for "same data"
 * assertions, and record counts for "nothing was written".
 */
import type Database from 'better-sqlite3';
import { seedDatabase } from '../../../scripts/seed/generate';
import type { ProcedureInput } from '../../contract';
import { readReminderSettings } from '../repositories/settings-repository';
import { syncReminders } from '../services/reminder-sync';
import { TABLE_SPECS } from '../transfer/table-specs';
import type { TempCore } from './temp-core';

/** Every exported table's rows in key order, as SQLite stores them (ids included). */
export function logicalDump(sqlite: Database.Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const spec of TABLE_SPECS) {
    dump[spec.name] = sqlite.prepare(`SELECT * FROM ${spec.name} ORDER BY ${spec.key.join(', ')}`).all();
  }
  return dump;
}

/** Row counts of every exported table. */
export function recordCounts(sqlite: Database.Database): Record<string, number> {
  return Object.fromEntries(
    TABLE_SPECS.map((spec) => [spec.name, Number(sqlite.prepare(`SELECT count(*) FROM ${spec.name}`).pluck().get())]),
  );
}

export async function seedRich(t: TempCore): Promise<void> {
  const sqlite = t.core.context.sqlite;
  const now = t.clock.now();
  seedDatabase(sqlite, { size: 'small', now });
  await t.call('settings.update', {
    reminders: { deadlineLeadMinutes: [2 * 1440, 90], allDayTime: '08:30' },
    app: { trayHintShown: true },
  });
  await t.call('stages.create', { name: 'On hold ⏸', kind: 'open', followUpDays: 14 });
  await t.call('prepTemplates.update', { kind: 'call', items: ['Charge the headset', 'Öffne die Notizen'] });
  const gigId = Number(sqlite.prepare('SELECT min(id) FROM gigs').pluck().get());
  await t.call('gigQuestions.create', { gigId, text: 'Budget, "roughly"?' });
  const question = Number(sqlite.prepare('SELECT max(id) FROM gig_questions').pluck().get());
  await t.call('gigQuestions.update', { id: question, answer: 'Around €8k,\nmaybe more', done: true });
  await t.call('rateEvents.create', {
    gigId,
    kind: 'asked',
    amountMinor: 9500,
    currency: 'EUR',
    unit: 'hour',
    note: 'first ask',
  });
  await t.call('rateEvents.create', { gigId, kind: 'countered', amountMinor: 8250, currency: 'EUR', unit: 'hour' });
  const deadline: ProcedureInput<'deadlines.create'> = {
    title: 'Send =SUM(A1) invoice, "final"',
    gigId,
    dueDate: '2026-01-20',
    reminderOffsets: [2880, 60],
    priority: 'high',
    important: true,
    notes: 'Ünïcödé ✓\nsecond line',
  };
  await t.call('deadlines.create', deadline);
  sqlite.prepare("UPDATE tags SET color = '#ff8800' WHERE id = (SELECT min(id) FROM tags)").run();
  syncReminders(sqlite, now, t.clock.timeZone(), readReminderSettings(sqlite));
  // A delivered reminder with its log entry: an import must not fire it again.
  const reminder = sqlite
    .prepare("SELECT id, fire_at AS fireAt FROM reminders WHERE state = 'pending' ORDER BY fire_at LIMIT 1")
    .get() as { id: number; fireAt: number } | undefined;
  if (!reminder) throw new Error('seedRich: the seed produced no reminders');
  sqlite.prepare("UPDATE reminders SET state = 'delivered' WHERE id = ?").run(reminder.id);
  sqlite
    .prepare(
      "INSERT INTO reminder_deliveries (reminder_id, due_at, delivered_at, channel, instance_id) VALUES (?, ?, ?, 'notification', 'test-instance')",
    )
    .run(reminder.id, reminder.fireAt, now);
}
