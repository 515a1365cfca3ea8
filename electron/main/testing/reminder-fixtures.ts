/**
 * Test helpers for the shell's reminder delivery: a real core on temp SQLite with a frozen clock, manual
 * timers (from the core's reminder rig) and timed deadlines with exactly one reminder each.
 */
import type { ProcedureInput } from '../../contract';
import { createManualTimers, type ManualTimers } from '../../core/testing/reminder-rig';
import { startTempCore, type TempCore } from '../../core/testing/temp-core';
import type { CoreOptions } from '../../core/app-core';

export { DAY, HOUR, MINUTE } from '../../core/testing/reminder-rig';
export { TEST_START } from '../../core/testing/temp-core';

export interface CoreWithTimers {
  t: TempCore;
  timers: ManualTimers;
}

export async function startCoreWithTimers(overrides: Partial<CoreOptions> = {}): Promise<CoreWithTimers> {
  const t = await startTempCore(overrides);
  const timers = createManualTimers({ now: () => t.clock.now(), set: (at) => t.clock.set(at, { freeze: true }) });
  // Only the lead time each test gives; no morning-of reminder.
  await t.call('settings.update', { reminders: { deadlineMorningOf: false } });
  return { t, timers };
}

/** A deadline due at `dueAt` with one reminder `leadMinutes` before it, synced by the scheduler (if one runs). */
export async function timedDeadline(
  { t, timers }: CoreWithTimers,
  title: string,
  dueAt: number,
  leadMinutes = 60,
  extra: Partial<ProcedureInput<'deadlines.create'>> = {},
) {
  const created = await t.call('deadlines.create', { title, dueAt, reminderOffsets: [leadMinutes], ...extra });
  // Past the scheduler's 100 ms re-sync debounce.
  timers.advance(200);
  return created;
}

export function reminderState(t: TempCore, id: number): { state: string; snoozedUntil: number | null } {
  return t.core.context.sqlite
    .prepare('SELECT state, snoozed_until AS snoozedUntil FROM reminders WHERE id = ?')
    .get(id) as { state: string; snoozedUntil: number | null };
}
