/**
 * The engine must not read the process's own zone: with process.env.TZ set far from the user's zone
 * (Kiritimati is UTC+14, Los Angeles observes DST on other dates than Berlin), Berlin's DST nights and
 * the 'tomorrow' snooze still land on the same instants.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createReminderRig, deadline, reminderOf, type ReminderRig } from '../testing/reminder-rig';

let rig: ReminderRig;
afterEach(() => rig.cleanup());

describe.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('with process.env.TZ = %s', (processZone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = processZone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('Berlin spring-forward and fall-back reminders keep their instants', async () => {
    const offset = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
    expect(offset).toBe(processZone === 'Pacific/Kiritimati' ? -14 * 60 : 8 * 60);
    rig = await createReminderRig({ zone: 'Europe/Berlin', start: Date.UTC(2026, 2, 27, 12) });
    await rig.t.call('settings.update', { reminders: { allDayTime: '02:30', deadlineLeadMinutes: [] } });
    rig.start();
    const spring = await deadline(rig, { title: 'Spring', dueDate: '2026-03-29' });
    const autumn = await deadline(rig, { title: 'Autumn', dueDate: '2026-10-25' });
    rig.advanceTo(Date.UTC(2026, 9, 26));
    expect(reminderOf(rig, 'deadline', spring.id, 'morning').fireAt).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(reminderOf(rig, 'deadline', autumn.id, 'morning').fireAt).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(rig.delivered.map((d) => d.title)).toEqual(['Due today: Spring', 'Due today: Autumn']);
  });

  it("snooze 'tomorrow' is the next Berlin day at the all-day time", async () => {
    rig = await createReminderRig({ zone: 'Europe/Berlin', start: Date.UTC(2026, 2, 28, 22, 30) });
    await rig.t.call('settings.update', { reminders: { deadlineMorningOf: false } });
    rig.start();
    const d = await deadline(rig, { title: 'Late', dueAt: Date.UTC(2026, 2, 28, 23, 30), reminderOffsets: [30] });
    rig.advanceTo(Date.UTC(2026, 2, 28, 23));
    const reminder = reminderOf(rig, 'deadline', d.id, 'lead:30');
    // 00:00 CET on Sunday 29 March: 'tomorrow' is Monday 30 March, 09:00 CEST.
    const snoozed = await rig.t.call('reminders.snooze', { id: reminder.id, preset: 'tomorrow' });
    expect(snoozed.dueAt).toBe(Date.UTC(2026, 2, 30, 7));
  });
});
