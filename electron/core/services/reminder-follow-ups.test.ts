/**
 * Follow-up rules: stage silence (Applied 7 days, Negotiating 3), the client-update cadence (every
 * Monday, every N days), the thank-you after an interview, and how logging a contact resets them.
 * Zone UTC, all-day time 09:00; the rig starts on Thu 2026-01-15 09:00 UTC.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../../contract';
import { countWhere, stageId } from '../testing/pipeline-fixtures';
import { act, createReminderRig, DAY, gigIn, HOUR, reminderOf, type ReminderRig } from '../testing/reminder-rig';

let rig: ReminderRig;
beforeEach(async () => {
  rig = await createReminderRig();
  rig.start();
});
afterEach(() => rig.cleanup());

const at = (day: number, hour = 9) => Date.UTC(2026, 0, day, hour);
const logOf = (reminderIds: number[]) =>
  (
    rig.t.core.context.sqlite
      .prepare(
        `SELECT delivered_at AS at FROM reminder_deliveries WHERE reminder_id IN (${reminderIds.join(',')}) ORDER BY at`,
      )
      .all() as { at: number }[]
  ).map((r) => r.at);
const idsOf = (kind: string, gigId: number) =>
  rig.reminderRows('source_kind = ? AND source_id = ?', kind, gigId).map((r) => r.id);

function logContact(gigId: number, kind: ProcedureInput<'timeline.create'>['kind'] = 'email') {
  return act(rig, 'timeline.create', { gigId, kind, body: 'Checked in' });
}

describe('stage silence', () => {
  it('Applied: 7 days after entering the stage at 09:00; a logged email moves it 7 days past the email', async () => {
    const { gig } = await gigIn(rig, 'Applied');
    expect(reminderOf(rig, 'follow_up', gig.id, 'silence').fireAt).toBe(at(22));
    rig.advanceTo(at(18, 12));
    await logContact(gig.id);
    const moved = reminderOf(rig, 'follow_up', gig.id, 'silence');
    expect(moved).toMatchObject({ fireAt: at(25), state: 'pending' });
    rig.advanceTo(at(26));
    expect(logOf([moved.id])).toEqual([at(25)]);
    expect(rig.delivered.at(-1)?.title).toBe('Follow up with Acme');
    // Still silent after the nudge: a call on the 27th starts a new 7-day period.
    rig.advanceTo(at(27, 15));
    await logContact(gig.id, 'call');
    rig.advanceTo(at(40));
    expect(logOf([moved.id])).toEqual([at(25), at(34)]);
  });

  it('Negotiating waits 3 days; moving the gig to a won stage cancels the follow-up', async () => {
    const { gig } = await gigIn(rig, 'Negotiating');
    const row = reminderOf(rig, 'follow_up', gig.id, 'silence');
    expect(row.fireAt).toBe(at(18));
    await act(rig, 'gigs.move', { id: gig.id, stageId: await stageId(rig.t, 'Won') });
    expect(reminderOf(rig, 'follow_up', gig.id, 'silence').state).toBe('cancelled');
    rig.advanceTo(at(30));
    expect(rig.delivered).toEqual([]);
  });

  it('"Done" on a follow-up logs a message on the gig and re-arms it 7 days later', async () => {
    const { gig } = await gigIn(rig, 'Applied');
    rig.advanceTo(at(22, 10));
    const reminder = reminderOf(rig, 'follow_up', gig.id, 'silence');
    expect((await act(rig, 'reminders.complete', { id: reminder.id })).state).toBe('done');
    expect(
      countWhere(rig.t.core.context.sqlite, 'timeline_events', "gig_id = ? AND kind = 'message_out'", gig.id),
    ).toBe(1);
    expect(reminderOf(rig, 'follow_up', gig.id, 'silence')).toMatchObject({ state: 'pending', fireAt: at(29) });
    rig.advanceTo(at(30));
    expect(logOf([reminder.id])).toEqual([at(22), at(29)]);
  });

  it('turning follow-ups off cancels the armed ones', async () => {
    const { gig } = await gigIn(rig, 'Applied');
    await act(rig, 'settings.update', { reminders: { followUpsEnabled: false } });
    expect(reminderOf(rig, 'follow_up', gig.id, 'silence').state).toBe('cancelled');
    rig.advanceTo(at(30));
    expect(rig.delivered).toEqual([]);
  });
});

describe('client-update cadence', () => {
  it('every Monday: recurs while ignored or dismissed; a logged contact restarts it from the next Monday', async () => {
    const { gig } = await gigIn(rig, 'Active', { updateWeekday: 1 });
    rig.advanceTo(at(19, 10));
    const [first] = rig.delivered.flatMap((d) => d.reminders);
    expect(first?.title).toBe('Send Acme a status update');
    await act(rig, 'reminders.dismiss', { id: first?.id ?? 0 });
    rig.advanceTo(at(28, 12));
    await logContact(gig.id, 'meeting');
    rig.advanceTo(at(40));
    // Mon 19, Mon 26, then (contact on Wed 28) Mon Feb 2 and Mon Feb 9.
    expect(logOf(idsOf('cadence', gig.id))).toEqual([at(19), at(26), at(33), at(40)]);
    expect(rig.delivered).toHaveLength(4);
  });

  it('every 3 days from the last contact', async () => {
    const { gig } = await gigIn(rig, 'Active', { updateEveryDays: 3 });
    rig.advanceTo(at(25));
    expect(logOf(idsOf('cadence', gig.id))).toEqual([at(18), at(21), at(24)]);
  });

  it('stops after the gig’s end date', async () => {
    const { gig } = await gigIn(rig, 'Active', { updateEveryDays: 3, endDate: '2026-01-20' });
    rig.advanceTo(at(30));
    expect(logOf(idsOf('cadence', gig.id))).toEqual([at(18)]);
  });
});

describe('thank-you after an interview', () => {
  async function interviewed(gigId: number) {
    return act(rig, 'interviews.create', { gigId, startsAt: at(16, 10), durationMinutes: 60, timeZone: 'UTC' });
  }

  it('two hours after it ends, unless a contact is logged after it', async () => {
    const first = await gigIn(rig, 'Interviewing');
    const second = await gigIn(rig, 'Interviewing');
    const quiet = await interviewed(first.gig.id);
    const thanked = await interviewed(second.gig.id);
    rig.advanceTo(at(16, 12));
    await logContact(second.gig.id);
    expect(reminderOf(rig, 'interview', thanked.id, 'thank_you').state).toBe('cancelled');
    rig.advanceTo(at(18));
    const thankYou = reminderOf(rig, 'interview', quiet.id, 'thank_you');
    expect(logOf([thankYou.id])).toEqual([at(16, 13)]);
    expect(rig.delivered.filter((d) => d.title === 'Send Acme a thank-you note')).toHaveLength(1);
  });

  it('"Done" logs the thank-you on the gig and it does not come back', async () => {
    const { gig } = await gigIn(rig, 'Interviewing');
    const interview = await interviewed(gig.id);
    rig.advanceTo(at(16, 13) + HOUR);
    const thankYou = reminderOf(rig, 'interview', interview.id, 'thank_you');
    await act(rig, 'reminders.complete', { id: thankYou.id });
    expect(
      countWhere(rig.t.core.context.sqlite, 'timeline_events', "gig_id = ? AND kind = 'message_out'", gig.id),
    ).toBe(1);
    rig.advance(3 * DAY);
    expect(logOf([thankYou.id])).toEqual([at(16, 13)]);
  });
});
