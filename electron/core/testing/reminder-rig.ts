/**
 * Test rig for the reminder engine: a real core on a temp SQLite file, a frozen wall clock, and manual
 * timers that run on their own monotonic time, as libuv's do. `advance` lets time pass (wall and
 * monotonic together, timers firing at their instants); `sleep`/`jump` move only the wall clock, which
 * is what a suspended laptop or an NTP correction looks like to a running process.
 */
import type { Delivery, ProcedureInput } from '../../contract';
import { startCore, type Core } from '../app-core';
import {
  createReminderScheduler,
  type ReminderNotifier,
  type ReminderScheduler,
  type Timers,
} from '../services/reminder-scheduler';
import { makeClient, makeGig, stageId } from './pipeline-fixtures';
import { startTempCore, type TempCore } from './temp-core';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

interface PendingTimer {
  at: number;
  seq: number;
  callback: () => void;
}

export interface ManualTimers extends Timers {
  /** Every delay ever requested, in order (to assert the cap on a single wait). */
  delays: number[];
  pendingCount(): number;
  /** Lets `ms` pass: the wall clock moves with monotonic time and due timers run in order. */
  advance(ms: number): void;
  /** Runs timers due now (a zero-delay debounce) without moving time. */
  flush(): void;
}

export function createManualTimers(wall: { now(): number; set(at: number): void }): ManualTimers {
  let mono = 0;
  let seq = 0;
  const pending = new Map<number, PendingTimer>();
  const delays: number[] = [];
  const earliestBy = (limit: number) =>
    [...pending.values()].filter((t) => t.at <= limit).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
  const runUntil = (end: number) => {
    for (let guard = 0; guard < 100_000; guard++) {
      const next = earliestBy(end);
      if (!next) break;
      wall.set(wall.now() + (next.at - mono));
      mono = next.at;
      pending.delete(next.seq);
      next.callback();
    }
    wall.set(wall.now() + (end - mono));
    mono = end;
  };
  return {
    setTimeout(callback, ms) {
      delays.push(ms);
      seq += 1;
      pending.set(seq, { at: mono + Math.max(0, ms), seq, callback });
      return seq;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
    delays,
    pendingCount: () => pending.size,
    advance: (ms) => runUntil(mono + ms),
    flush: () => runUntil(mono),
  };
}

export interface SchedulerInstance {
  core: Core;
  scheduler: ReminderScheduler;
  deliveries: Delivery[];
}

export interface ReminderRig {
  t: TempCore;
  timers: ManualTimers;
  /** Deliveries seen by the notifier of every scheduler this rig started, in order. */
  delivered: Delivery[];
  scheduler: ReminderScheduler;
  /** Starts the scheduler on the current core (the catch-up pass runs now). */
  start(): Delivery[];
  /** Stops the scheduler, closes the core and starts both again on the same file: an app restart. */
  restart(): Promise<Delivery[]>;
  /** A second core (own connection) on the same database file with its own scheduler and instance id. */
  secondInstance(instanceId: string): Promise<SchedulerInstance>;
  advance(ms: number): void;
  advanceTo(at: number): void;
  /** Wall clock moves, timers do not: a suspended machine. Follow with `scheduler.wake('resume')`. */
  sleep(ms: number): void;
  now(): number;
  setZone(zone: string): void;
  /** Notifications per reminder id, over every delivery (single or summary). */
  notifiedCount(reminderId: number): number;
  /** Rows of the delivery log per reminder id. */
  loggedCount(reminderId: number): number;
  reminderRows(where?: string, ...params: unknown[]): RigReminderRow[];
  cleanup(): void;
}

export interface RigReminderRow {
  id: number;
  sourceKind: string;
  sourceId: number | null;
  ruleKey: string;
  fireAt: number;
  floatingLocal: string | null;
  state: string;
  snoozedUntil: number | null;
}

export interface RigOptions {
  zone?: string;
  start?: number;
  notifier?: (delivery: Delivery) => void;
  debounceMs?: number;
}

export async function createReminderRig(options: RigOptions = {}): Promise<ReminderRig> {
  const t = await startTempCore();
  if (options.start !== undefined) t.clock.set(options.start, { freeze: true });
  t.clock.setTimeZone(options.zone ?? 'UTC');
  const wall = { now: () => t.clock.now(), set: (at: number) => t.clock.set(at, { freeze: true }) };
  const timers = createManualTimers(wall);
  const delivered: Delivery[] = [];
  const extra: SchedulerInstance[] = [];

  const makeScheduler = (core: Core, instanceId: string, sink: Delivery[]) => {
    const notifier: ReminderNotifier = {
      deliver(delivery) {
        sink.push(delivery);
        if (sink !== delivered) delivered.push(delivery);
        options.notifier?.(delivery);
      },
    };
    return createReminderScheduler({
      sqlite: core.context.sqlite,
      clock: core.context,
      log: core.context.log,
      emit: core.context.emit,
      subscribe: core.events.subscribe,
      notifier,
      timers,
      instanceId,
      debounceMs: options.debounceMs ?? 0,
    });
  };

  let generation = 0;
  const rig: ReminderRig = {
    t,
    timers,
    delivered,
    scheduler: makeScheduler(t.core, 'instance-0', delivered),
    start: () => rig.scheduler.start(),
    async restart() {
      rig.scheduler.stop();
      await t.reopen();
      generation += 1;
      rig.scheduler = makeScheduler(t.core, `instance-${generation}`, delivered);
      return rig.scheduler.start();
    },
    async secondInstance(instanceId) {
      const core = await startCore(t.options);
      const deliveries: Delivery[] = [];
      const instance = { core, scheduler: makeScheduler(core, instanceId, deliveries), deliveries };
      extra.push(instance);
      return instance;
    },
    advance: (ms) => timers.advance(ms),
    advanceTo(at) {
      if (at < t.clock.now()) throw new Error('advanceTo goes forward only; use sleep/jump to move back');
      timers.advance(at - t.clock.now());
    },
    sleep: (ms) => t.clock.set(t.clock.now() + ms, { freeze: true }),
    now: () => t.clock.now(),
    setZone: (zone) => t.clock.setTimeZone(zone),
    notifiedCount: (id) => delivered.flatMap((d) => d.reminders).filter((r) => r.id === id).length,
    loggedCount: (id) =>
      (
        t.core.context.sqlite
          .prepare('SELECT count(*) AS n FROM reminder_deliveries WHERE reminder_id = ?')
          .get(id) as {
          n: number;
        }
      ).n,
    reminderRows: (where = '1', ...params) =>
      t.core.context.sqlite
        .prepare(
          `SELECT id, source_kind AS sourceKind, source_id AS sourceId, rule_key AS ruleKey, fire_at AS fireAt,
             floating_local AS floatingLocal, state, snoozed_until AS snoozedUntil
           FROM reminders WHERE ${where} ORDER BY fire_at, id`,
        )
        .all(...params) as RigReminderRow[],
    cleanup() {
      rig.scheduler.stop();
      for (const instance of extra) {
        instance.scheduler.stop();
        instance.core.close();
      }
      t.cleanup();
    },
  };
  return rig;
}

/** The single reminder row of a source and rule; throws when there is none, so tests fail loudly. */
export function reminderOf(rig: ReminderRig, sourceKind: string, sourceId: number, ruleKey: string): RigReminderRow {
  const [row] = rig.reminderRows('source_kind = ? AND source_id = ? AND rule_key = ?', sourceKind, sourceId, ruleKey);
  if (!row) throw new Error(`no ${sourceKind} ${sourceId} ${ruleKey} reminder`);
  return row;
}

export async function deadline(rig: ReminderRig, input: ProcedureInput<'deadlines.create'>) {
  const created = await rig.t.call('deadlines.create', input);
  rig.timers.flush();
  return created;
}

/** A client and a gig in the named stage (entered now), for follow-up and interview tests. */
export async function gigIn(rig: ReminderRig, stage: string, extra: Partial<ProcedureInput<'gigs.create'>> = {}) {
  const client = await makeClient(rig.t, 'Acme');
  const gig = await makeGig(rig.t, client.id, 'Rebuild', { stageId: await stageId(rig.t, stage), ...extra });
  rig.timers.flush();
  return { client, gig };
}

/** Calls a procedure and lets the scheduler's (zero-delay) re-sync run, as the next event-loop turn would. */
export async function act<N extends Parameters<TempCore['call']>[0]>(
  rig: ReminderRig,
  name: N,
  input: ProcedureInput<N>,
) {
  const result = await rig.t.call(name, input);
  rig.timers.flush();
  return result;
}
