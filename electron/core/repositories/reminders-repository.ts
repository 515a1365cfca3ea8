/**
 * The reminder schedule and its delivery log. `applyDesired` reconciles the rows with what the rules
 * want; `claimDelivery` is the exactly-once gate: a delivery row (reminder_id, due_at) is unique, so
 * only one claim can win, across restarts and across two running instances.
 */
import type Database from 'better-sqlite3';
import type { Reminder } from '../../contract';
import { statement } from '../db/statements';
import { notFound } from '../errors';
import type { DesiredReminder } from '../services/reminder-rules';

export interface ReminderRow {
  id: number;
  sourceKind: Reminder['sourceKind'];
  sourceId: number | null;
  ruleKey: string;
  fireAt: number;
  floatingLocal: string | null;
  state: Reminder['state'];
  snoozedUntil: number | null;
  important: number;
  title: string;
  body: string;
}

const ROW_SELECT = `SELECT r.id, r.source_kind AS sourceKind, r.source_id AS sourceId, r.rule_key AS ruleKey,
  r.fire_at AS fireAt, r.floating_local AS floatingLocal, r.state, r.snoozed_until AS snoozedUntil,
  r.important, r.title, r.body FROM reminders r`;

/** The instant a reminder is due after any snooze. */
export const effectiveDue = (row: Pick<ReminderRow, 'state' | 'snoozedUntil' | 'fireAt'>) =>
  row.state === 'snoozed' && row.snoozedUntil !== null ? row.snoozedUntil : row.fireAt;

const intentOf = (floatingLocal: string | null, fireAt: number) => floatingLocal ?? String(fireAt);

function routeOf(row: Pick<ReminderRow, 'sourceKind' | 'sourceId'>): string {
  switch (row.sourceKind) {
    case 'deadline':
      return `/deadlines/${row.sourceId}`;
    case 'interview':
    case 'interview_prep':
      return `/interviews/${row.sourceId}`;
    case 'follow_up':
    case 'cadence':
      return `/gigs/${row.sourceId}`;
    default:
      return '/settings';
  }
}

export function toReminder(row: ReminderRow, deliveredAt: number | null): Reminder {
  return {
    id: row.id,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    title: row.title,
    body: row.body,
    dueAt: effectiveDue(row),
    state: row.state,
    important: row.important === 1,
    deliveredAt,
    route: routeOf(row),
    canComplete:
      row.sourceKind === 'deadline' ||
      row.sourceKind === 'follow_up' ||
      row.sourceKind === 'cadence' ||
      (row.sourceKind === 'interview' && row.ruleKey === 'thank_you'),
  };
}

/**
 * Reconciles the schedule with the desired reminders. A reminder whose intent (its instant, or its
 * wall-clock time for floating ones) is unchanged keeps its state, so nothing delivered or dismissed
 * fires again; a changed intent re-arms it; armed reminders nobody wants any more are cancelled.
 * A reminder that would already have fired before its item was set up is recorded as cancelled.
 */
export function applyDesired(sqlite: Database.Database, desired: DesiredReminder[], now: number, windowFrom: number) {
  const find = statement(sqlite, `${ROW_SELECT} WHERE r.source_kind = ? AND r.source_id = ? AND r.rule_key = ?`);
  const insert = statement(
    sqlite,
    `INSERT INTO reminders (source_kind, source_id, rule_key, fire_at, floating_local, state, important, title, body, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rearm = statement(
    sqlite,
    `UPDATE reminders SET fire_at = ?, floating_local = ?, state = ?, snoozed_until = NULL, important = ?, title = ?, body = ?, updated_at = ?
     WHERE id = ?`,
  );
  const refresh = statement(
    sqlite,
    'UPDATE reminders SET fire_at = ?, important = ?, title = ?, body = ?, updated_at = ? WHERE id = ?',
  );
  const wanted = new Set<number>();
  let changes = 0;
  for (const d of desired) {
    const initialState = d.fireAt < d.setUpAt ? 'cancelled' : 'pending';
    const row = find.get(d.sourceKind, d.sourceId, d.ruleKey) as ReminderRow | undefined;
    const important = d.important ? 1 : 0;
    if (!row) {
      const result = insert.run(
        d.sourceKind,
        d.sourceId,
        d.ruleKey,
        d.fireAt,
        d.floatingLocal,
        initialState,
        important,
        d.text.title,
        d.text.body,
        now,
        now,
      );
      wanted.add(Number(result.lastInsertRowid));
      changes++;
      continue;
    }
    wanted.add(row.id);
    const sameIntent = intentOf(row.floatingLocal, row.fireAt) === intentOf(d.floatingLocal, d.fireAt);
    if (!sameIntent || row.state === 'cancelled') {
      if (sameIntent && row.fireAt === d.fireAt && initialState === 'cancelled') continue;
      rearm.run(d.fireAt, d.floatingLocal, initialState, important, d.text.title, d.text.body, now, row.id);
      changes++;
    } else if (
      (row.state === 'pending' && row.fireAt !== d.fireAt) ||
      row.title !== d.text.title ||
      row.body !== d.text.body ||
      row.important !== important
    ) {
      // Same intent: a zone change may move a pending floating reminder; texts are refreshed.
      refresh.run(row.state === 'pending' ? d.fireAt : row.fireAt, important, d.text.title, d.text.body, now, row.id);
      changes++;
    }
  }
  const armed = statement(
    sqlite,
    `${ROW_SELECT} WHERE r.state IN ('pending', 'snoozed') AND r.source_kind <> 'test'`,
  ).all() as ReminderRow[];
  const cancel = statement(sqlite, "UPDATE reminders SET state = 'cancelled', updated_at = ? WHERE id = ?");
  for (const row of armed) {
    if (wanted.has(row.id)) continue;
    // Set to fire before the window, so no rule can want it now (missed long ago, or snoozed since):
    // still owed to the user unless its item is gone or done.
    if (row.fireAt < windowFrom && isSourceOpen(sqlite, row)) continue;
    cancel.run(now, row.id);
    changes++;
  }
  // Delivered but not acted on, and its item was completed, cancelled or deleted since: off the in-app list.
  changes += statement(
    sqlite,
    `UPDATE reminders AS r SET state = 'cancelled', updated_at = ? WHERE r.state = 'delivered' AND NOT (${SOURCE_OPEN})`,
  ).run(now).changes;
  return changes;
}

/** SQL over a reminder aliased `r`: whether the item it is about still exists and still needs it. */
const SOURCE_OPEN = `CASE r.source_kind
  WHEN 'deadline' THEN EXISTS (SELECT 1 FROM deadlines s WHERE s.id = r.source_id AND s.completed_at IS NULL)
  WHEN 'interview' THEN EXISTS (SELECT 1 FROM interviews s WHERE s.id = r.source_id AND s.outcome NOT IN ('cancelled', 'no_show'))
  WHEN 'interview_prep' THEN EXISTS (SELECT 1 FROM interviews s WHERE s.id = r.source_id AND s.outcome = 'pending')
  WHEN 'test' THEN 1
  ELSE EXISTS (SELECT 1 FROM gigs s WHERE s.id = r.source_id AND s.archived_at IS NULL) END`;

export function isSourceOpen(sqlite: Database.Database, row: Pick<ReminderRow, 'id'>): boolean {
  const found = statement(sqlite, `SELECT ${SOURCE_OPEN} AS open FROM reminders r WHERE r.id = ?`).get(row.id) as
    { open: number } | undefined;
  return found?.open === 1;
}

export function dueReminders(sqlite: Database.Database, now: number): ReminderRow[] {
  const pending = statement(
    sqlite,
    `${ROW_SELECT} WHERE r.state = 'pending' AND r.fire_at <= ? ORDER BY r.fire_at, r.id`,
  ).all(now) as ReminderRow[];
  const snoozed = statement(
    sqlite,
    `${ROW_SELECT} WHERE r.state = 'snoozed' AND r.snoozed_until <= ? ORDER BY r.snoozed_until, r.id`,
  ).all(now) as ReminderRow[];
  return [...pending, ...snoozed].sort((a, b) => effectiveDue(a) - effectiveDue(b) || a.id - b.id);
}

/** The next instant after `after` that anything armed is due, or null (held ones already due don't count). */
export function nextDueAt(sqlite: Database.Database, after: number): number | null {
  const row = statement(
    sqlite,
    `SELECT min(t) AS next FROM (
       SELECT min(fire_at) AS t FROM reminders WHERE state = 'pending' AND fire_at > @after
       UNION ALL SELECT min(snoozed_until) FROM reminders WHERE state = 'snoozed' AND snoozed_until > @after)`,
  ).get({ after }) as { next: number | null };
  return row.next;
}

/**
 * Claims the delivery of a reminder at its due instant. Returns false when another instance (or an
 * earlier run) already delivered it, when it was re-armed, snoozed or acted on since it was read, or
 * when its item was completed or deleted meanwhile (then it is cancelled). Call inside a transaction.
 */
export function claimDelivery(
  sqlite: Database.Database,
  row: ReminderRow,
  channel: 'notification' | 'summary' | 'list',
  instanceId: string,
  now: number,
): boolean {
  const dueAt = effectiveDue(row);
  if (!isSourceOpen(sqlite, row)) {
    statement(
      sqlite,
      "UPDATE reminders SET state = 'cancelled', updated_at = ? WHERE id = ? AND state IN ('pending', 'snoozed')",
    ).run(now, row.id);
    return false;
  }
  const stillArmed = statement(
    sqlite,
    `UPDATE reminders SET state = 'delivered', updated_at = ? WHERE id = ? AND state IN ('pending', 'snoozed')
       AND CASE WHEN state = 'snoozed' THEN snoozed_until ELSE fire_at END = ?`,
  ).run(now, row.id, dueAt);
  if (stillArmed.changes !== 1) return false;
  const claimed = statement(
    sqlite,
    `INSERT OR IGNORE INTO reminder_deliveries (reminder_id, due_at, delivered_at, channel, instance_id) VALUES (?, ?, ?, ?, ?)`,
  ).run(row.id, dueAt, now, channel, instanceId);
  return claimed.changes === 1;
}

export function getReminderRow(sqlite: Database.Database, id: number): ReminderRow {
  const row = statement(sqlite, `${ROW_SELECT} WHERE r.id = ?`).get(id) as ReminderRow | undefined;
  if (!row) throw notFound('Reminder', id);
  return row;
}

export function lastDeliveredAt(sqlite: Database.Database, id: number): number | null {
  return (
    statement(sqlite, 'SELECT max(delivered_at) AS at FROM reminder_deliveries WHERE reminder_id = ?').get(id) as {
      at: number | null;
    }
  ).at;
}

export function getReminder(sqlite: Database.Database, id: number): Reminder {
  return toReminder(getReminderRow(sqlite, id), lastDeliveredAt(sqlite, id));
}

/** Delivered and not yet acted on, newest first (the in-app list). */
export function inboxReminders(sqlite: Database.Database, since: number): Reminder[] {
  const rows = statement(
    sqlite,
    `${ROW_SELECT.replace('FROM reminders r', ', (SELECT max(delivered_at) FROM reminder_deliveries x WHERE x.reminder_id = r.id) AS deliveredAt FROM reminders r')}
     WHERE r.state = 'delivered' ORDER BY deliveredAt DESC, r.id DESC LIMIT 200`,
  ).all() as (ReminderRow & { deliveredAt: number | null })[];
  return rows.filter((r) => (r.deliveredAt ?? 0) >= since).map((r) => toReminder(r, r.deliveredAt));
}

export function upcomingReminders(sqlite: Database.Database, limit: number): Reminder[] {
  const rows = statement(
    sqlite,
    `${ROW_SELECT} WHERE r.state IN ('pending', 'snoozed')
     ORDER BY CASE WHEN r.state = 'snoozed' THEN r.snoozed_until ELSE r.fire_at END, r.id LIMIT ?`,
  ).all(limit) as ReminderRow[];
  return rows.map((r) => toReminder(r, null));
}

export function setReminderState(
  sqlite: Database.Database,
  id: number,
  state: Reminder['state'],
  now: number,
  snoozedUntil: number | null = null,
) {
  getReminderRow(sqlite, id);
  statement(sqlite, 'UPDATE reminders SET state = ?, snoozed_until = ?, updated_at = ? WHERE id = ?').run(
    state,
    snoozedUntil,
    now,
    id,
  );
}

export function insertTestReminder(sqlite: Database.Database, now: number): number {
  return Number(
    statement(
      sqlite,
      `INSERT INTO reminders (source_kind, source_id, rule_key, fire_at, state, important, title, body, created_at, updated_at)
       VALUES ('test', NULL, ?, ?, 'pending', 1, 'Test reminder from Gigline', 'Notifications work. Reminders will look like this.', ?, ?)`,
    ).run(`test:${now}`, now, now, now).lastInsertRowid,
  );
}
