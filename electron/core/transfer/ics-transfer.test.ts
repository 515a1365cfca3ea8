/**
 * ICS export read back by an independent parser (ical.js): UIDs, start instants and zones (across a DST
 * change), all-day dates, and VALARMs that land on the same instants as Gigline's own reminders. Then
 * invites as Google and Outlook send them become interviews with the organiser as a contact.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReminderSettings } from '../repositories/settings-repository';
import { syncReminders } from '../services/reminder-sync';
import { GOOGLE_INVITE, MULTI_EVENT_INVITE, OUTLOOK_INVITE } from '../testing/ics-invites';
import { failure, makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';
import { recordCounts } from '../testing/transfer-fixtures';

type Event = InstanceType<typeof ICAL.Event>;

const cores: TempCore[] = [];
async function fresh(): Promise<TempCore> {
  const t = await startTempCore();
  cores.push(t);
  return t;
}
afterAll(() => {
  for (const t of cores) t.cleanup();
});

function parseEvents(content: string): Map<string, Event> {
  const calendar = new ICAL.Component(ICAL.parse(content) as unknown[]);
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Gigline');
  return new Map(
    calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]),
  );
}

/** Alarm instants in ms: a trigger is relative to the start (all-day: its midnight in the user's zone, UTC here). */
function alarmInstants(event: Event): number[] {
  const start = event.startDate.toUnixTime() * 1000;
  return event.component
    .getAllSubcomponents('valarm')
    .map((alarm) => {
      const trigger = alarm.getFirstProperty('trigger');
      expect(trigger?.getParameter('related') ?? 'START').toBe('START');
      return start + (trigger?.getFirstValue() as InstanceType<typeof ICAL.Duration>).toSeconds() * 1000;
    })
    .sort((a, b) => a - b);
}

describe('ICS export, read back with ical.js', () => {
  let t: TempCore;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await fresh();
    const client = await makeClient(t, 'Acme');
    const gig = await makeGig(t, client.id, 'Redesign');
    const interview = (startsAt: number, timeZone: string, extra = {}) =>
      t.call('interviews.create', {
        gigId: gig.id,
        startsAt,
        timeZone,
        durationMinutes: 45,
        link: 'https://meet.example/x',
        ...extra,
      });
    ids.berlin = (await interview(Date.UTC(2026, 0, 20, 9, 30), 'Europe/Berlin')).id;
    ids.afterDst = (await interview(Date.UTC(2026, 2, 30, 8, 30), 'Europe/Berlin')).id;
    ids.newYork = (await interview(Date.UTC(2026, 0, 22, 15, 0), 'America/New_York', { location: 'Room 4' })).id;
    ids.cancelled = (await interview(Date.UTC(2026, 0, 23, 15, 0), 'UTC', { outcome: 'cancelled' })).id;
    const deadline = (input: object) => t.call('deadlines.create', { title: 'Deliver', gigId: gig.id, ...input });
    ids.timed = (
      await deadline({ dueAt: Date.UTC(2026, 0, 26, 15, 0), timeZone: 'Europe/Berlin', reminderOffsets: [120, 15] })
    ).id;
    ids.allDay = (await deadline({ title: 'Invoice', dueDate: '2026-01-27' })).id;
    ids.done = (await deadline({ title: 'Old', dueDate: '2026-01-16' })).id;
    await t.call('deadlines.setCompleted', { id: ids.done, completed: true });
  });

  it('has stable UIDs, every instant and zone of the database, and all-day dates', async () => {
    const file = await t.call('export.ics', {});
    expect(file).toMatchObject({
      fileName: 'gigline-calendar-2026-01-15.ics',
      mimeType: 'text/calendar;charset=utf-8',
      count: 7,
    });
    const events = parseEvents(file.content);
    expect([...events.keys()].sort()).toEqual(
      [
        ...['berlin', 'afterDst', 'newYork', 'cancelled'].map((k) => `interview-${ids[k]}@gigline.app`),
        ...['timed', 'allDay', 'done'].map((k) => `deadline-${ids[k]}@gigline.app`),
      ].sort(),
    );
    const sqlite = t.core.context.sqlite;
    for (const row of sqlite.prepare('SELECT id, starts_at, time_zone, duration_minutes FROM interviews').all() as {
      id: number;
      starts_at: number;
      time_zone: string;
      duration_minutes: number;
    }[]) {
      const event = events.get(`interview-${row.id}@gigline.app`) as Event;
      expect(event.startDate.toUnixTime() * 1000).toBe(row.starts_at);
      expect(event.startDate.zone.tzid).toBe(row.time_zone);
      expect(event.duration.toSeconds()).toBe(row.duration_minutes * 60);
      expect(event.summary).toBe(`${row.id === ids.cancelled ? 'Cancelled: ' : ''}Interview: Acme — Redesign`);
    }
    const afterDst = events.get(`interview-${ids.afterDst}@gigline.app`) as Event;
    expect(afterDst.startDate.toString()).toBe('2026-03-30T10:30:00');
    expect(afterDst.component.getFirstPropertyValue('url')).toBe('https://meet.example/x');
    expect(events.get(`interview-${ids.newYork}@gigline.app`)?.location).toBe('Room 4');
    expect(events.get(`interview-${ids.cancelled}@gigline.app`)?.component.getFirstPropertyValue('status')).toBe(
      'CANCELLED',
    );
    const allDay = events.get(`deadline-${ids.allDay}@gigline.app`) as Event;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2026-01-27');
    expect(allDay.endDate.toString()).toBe('2026-01-28');
    expect(allDay.summary).toBe('Due: Invoice — Acme — Redesign');
    const timed = events.get(`deadline-${ids.timed}@gigline.app`) as Event;
    expect(timed.startDate.toUnixTime() * 1000).toBe(Date.UTC(2026, 0, 26, 15, 0));
    expect(timed.startDate.zone.tzid).toBe('Europe/Berlin');
  });

  it("carries VALARMs at the instants Gigline's own reminders fire", async () => {
    const sqlite = t.core.context.sqlite;
    syncReminders(sqlite, t.clock.now(), t.clock.timeZone(), readReminderSettings(sqlite));
    const events = parseEvents((await t.call('export.ics', {})).content);
    const engine = (kind: string, id: number, rules: string) =>
      (
        sqlite
          .prepare(
            `SELECT fire_at FROM reminders WHERE source_kind = ? AND source_id = ? AND rule_key GLOB ? ORDER BY fire_at`,
          )
          .pluck()
          .all(kind, id, rules) as number[]
      ).sort((a, b) => a - b);
    for (const key of ['timed', 'allDay']) {
      const alarms = alarmInstants(events.get(`deadline-${ids[key]}@gigline.app`) as Event);
      expect(alarms.length).toBeGreaterThan(1);
      expect(alarms).toEqual(engine('deadline', ids[key], '*'));
    }
    for (const key of ['berlin', 'newYork']) {
      const alarms = alarmInstants(events.get(`interview-${ids[key]}@gigline.app`) as Event);
      expect(alarms).toHaveLength(3);
      expect(alarms).toEqual(engine('interview', ids[key], 'lead:*'));
    }
    expect(alarmInstants(events.get(`interview-${ids.cancelled}@gigline.app`) as Event)).toEqual([]);
    expect(alarmInstants(events.get(`deadline-${ids.done}@gigline.app`) as Event)).toEqual([]);
  });

  it('honours the range and the kinds to include', async () => {
    const file = await t.call('export.ics', {
      include: ['deadlines'],
      from: Date.UTC(2026, 0, 20),
      to: Date.UTC(2026, 0, 31),
    });
    expect([...parseEvents(file.content).keys()].sort()).toEqual(
      [`deadline-${ids.allDay}@gigline.app`, `deadline-${ids.timed}@gigline.app`].sort(),
    );
  });
});

describe('ICS import', () => {
  it('turns a Google invite into an interview at the right instant, with the organiser as a contact', async () => {
    const t = await fresh();
    const acme = await makeClient(t, 'Acme Corp', { email: 'hello@acme-corp.example' });
    const gig = await makeGig(t, acme.id, 'Website redesign');
    await makeGig(t, (await makeClient(t, 'Other')).id, 'Unrelated');
    const preview = await t.call('import.preview', { kind: 'ics', content: GOOGLE_INVITE });
    // No error before a gig is chosen, but nothing to commit either (commit would refuse).
    expect(preview).toMatchObject({ errorCount: 0, canCommit: false });
    expect(preview.ics?.events[0]).toMatchObject({
      startsAt: Date.UTC(2026, 1, 10, 17, 30),
      timeZone: 'America/Los_Angeles',
      durationMinutes: 45,
      link: 'https://meet.google.com/abc-defg-hij',
      location: null,
      organizer: { name: 'Jane Doe', email: 'jane@acme-corp.example' },
    });
    expect(preview.ics?.events[0]?.attendees.map((a) => a.email)).toEqual([
      'jane@acme-corp.example',
      'me@freelance.example',
    ]);
    expect(preview.ics?.suggestedGigs).toEqual([
      {
        id: gig.id,
        title: 'Website redesign',
        clientId: acme.id,
        clientName: 'Acme Corp',
        reason: 'Same email domain (acme-corp.example)',
      },
    ]);
    const noGig = await failure(t, 'import.commit', { kind: 'ics', content: GOOGLE_INVITE });
    expect(noGig.issues).toEqual([{ path: 'options.gigId', message: 'Choose the gig these interviews belong to.' }]);

    const chosen = await t.call('import.preview', { kind: 'ics', content: GOOGLE_INVITE, options: { gigId: gig.id } });
    expect(chosen.canCommit).toBe(true);
    const result = await t.call('import.commit', { kind: 'ics', content: GOOGLE_INVITE, options: { gigId: gig.id } });
    expect(result.summary).toEqual([
      { entity: 'interviews', created: 1, updated: 0, skipped: 0 },
      { entity: 'contacts', created: 1, updated: 0, skipped: 0 },
    ]);
    const [created] = (await t.call('interviews.list', { gigId: gig.id })).items;
    const interview = await t.call('interviews.get', { id: created?.id ?? 0 });
    expect(interview).toMatchObject({
      startsAt: Date.UTC(2026, 1, 10, 17, 30),
      timeZone: 'America/Los_Angeles',
      kind: 'video',
      durationMinutes: 45,
    });
    expect(interview.notes).toMatch(
      /^Acme Corp <> Freelancer: website redesign\n\nLet’s talk about the redesign, scope/,
    );
    expect(interview.contacts).toMatchObject([{ name: 'Jane Doe', role: 'Organiser' }]);
    expect(interview.prepItems.length).toBeGreaterThan(0);
    const again = await t.call('import.commit', { kind: 'ics', content: GOOGLE_INVITE, options: { gigId: gig.id } });
    expect(again).toMatchObject({ created: 0, skipped: 1 });
  });

  it("reads an Outlook invite's Windows zone through its VTIMEZONE and reuses an existing contact", async () => {
    const t = await fresh();
    const beta = await makeClient(t, 'Beta GmbH', { contacts: [{ name: 'Max M.', email: 'MAX@beta-gmbh.example' }] });
    const gig = await makeGig(t, beta.id, 'Backend');
    const preview = await t.call('import.preview', { kind: 'ics', content: OUTLOOK_INVITE });
    expect(preview.ics?.events[0]).toMatchObject({
      startsAt: Date.UTC(2026, 6, 15, 12, 0),
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      link: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
      location: 'Microsoft Teams Meeting',
    });
    expect(preview.ics?.suggestedGigs[0]).toMatchObject({
      id: gig.id,
      reason: 'max@beta-gmbh.example is a contact of this client',
    });
    const before = recordCounts(t.core.context.sqlite).contacts;
    await t.call('import.commit', { kind: 'ics', content: OUTLOOK_INVITE, options: { gigId: gig.id } });
    expect(recordCounts(t.core.context.sqlite).contacts).toBe(before);
    const [interview] = (await t.call('interviews.list', { gigId: gig.id })).items;
    expect((await t.call('interviews.get', { id: interview?.id ?? 0 })).contacts).toMatchObject([{ name: 'Max M.' }]);
  });

  it('imports several events, the chosen ones only, and refuses an all-day event as an interview', async () => {
    const t = await fresh();
    const gig = await makeGig(t, (await makeClient(t, 'Gamma')).id, 'Shop');
    const preview = await t.call('import.preview', {
      kind: 'ics',
      content: MULTI_EVENT_INVITE,
      options: { gigId: gig.id },
    });
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [1, 'new'],
      [2, 'new'],
      [3, 'error'],
    ]);
    expect(preview.errors).toEqual([
      {
        row: 3,
        entity: 'event',
        field: 'DTSTART',
        message: 'An all-day event has no start time; an interview needs one',
      },
    ]);
    const error = await failure(t, 'import.commit', {
      kind: 'ics',
      content: MULTI_EVENT_INVITE,
      options: { gigId: gig.id },
    });
    expect(error.issues?.[0]?.path).toBe('events.3.DTSTART');
    expect(recordCounts(t.core.context.sqlite).interviews).toBe(0);
    await t.call('import.commit', {
      kind: 'ics',
      content: MULTI_EVENT_INVITE,
      options: { gigId: gig.id, events: [1, 2] },
    });
    const items = (await t.call('interviews.list', { gigId: gig.id })).items;
    expect(items.map((i) => [i.startsAt, i.durationMinutes, i.kind, i.location, i.round])).toEqual([
      [Date.UTC(2026, 2, 1, 9, 0), 120, 'onsite', 'Main St 1, Springfield', 1],
      [Date.UTC(2026, 2, 2, 15, 0), 30, 'call', null, 2],
    ]);
  });
});
