/**
 * The subscribable calendar file: off by default, written after relevant data changes through one
 * debounce timer (no polling), atomically, at the default or a chosen path, and never over a file
 * Gigline did not write.
 */
import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, makeClient, makeGig } from '../testing/pipeline-fixtures';
import { startTempCore, type TempCore } from '../testing/temp-core';
import { startCalendarFeed, type CalendarFeed } from './calendar-feed';

interface Pending {
  callback: () => void;
  ms: number;
}

let t: TempCore;
let feed: CalendarFeed;
let timers: Pending[];

const fakeTimers = {
  setTimeout: (callback: () => void, ms: number) => {
    const timer = { callback, ms };
    timers.push(timer);
    return timer;
  },
  clearTimeout: (handle: unknown) => {
    timers = timers.filter((timer) => timer !== handle);
  },
};

/** Runs the timers that are due (all of them: the feed only ever has its one debounce). */
function runTimers() {
  const due = timers;
  timers = [];
  for (const timer of due) timer.callback();
}

function uids(file: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));
}

beforeEach(async () => {
  timers = [];
  t = await startTempCore();
  feed = startCalendarFeed({
    context: t.core.context,
    subscribe: t.core.events.subscribe,
    timers: fakeTimers,
    debounceMs: 1500,
  });
});
afterEach(() => {
  feed.stop();
  t.cleanup();
});

describe('calendar feed', () => {
  it('is off by default: changes arm the one timer, but no file is written', async () => {
    const status = await t.call('calendarFeed.status', {});
    expect(status).toEqual({
      enabled: false,
      path: path.join(t.dataDir, 'calendar', 'gigline.ics'),
      defaultPath: path.join(t.dataDir, 'calendar', 'gigline.ics'),
      exists: false,
      writtenAt: null,
      sizeBytes: null,
    });
    await makeClient(t, 'Acme');
    expect(timers).toHaveLength(1);
    runTimers();
    expect(fs.existsSync(status.path)).toBe(false);
    expect(feed.writes()).toBe(0);
  });

  it('when enabled, rewrites the file once per burst of changes, atomically, with the new items', async () => {
    runTimers();
    await t.call('settings.update', { calendarFeed: { enabled: true } });
    const gig = await makeGig(t, (await makeClient(t, 'Acme')).id, 'Site');
    const interview = await t.call('interviews.create', {
      gigId: gig.id,
      startsAt: t.clock.now() + 86_400_000,
      timeZone: 'Europe/Berlin',
    });
    const deadline = await t.call('deadlines.create', { title: 'Send', gigId: gig.id, dueDate: '2026-02-01' });
    expect(timers).toEqual([expect.objectContaining({ ms: 1500 })]);
    runTimers();
    expect(feed.writes()).toBe(1);
    const status = await t.call('calendarFeed.status', {});
    expect(status).toMatchObject({ enabled: true, exists: true });
    expect(status.sizeBytes).toBeGreaterThan(0);
    expect(uids(status.path).sort()).toEqual([
      `deadline-${deadline.id}@gigline.app`,
      `interview-${interview.id}@gigline.app`,
    ]);
    expect(fs.readdirSync(path.dirname(status.path))).toEqual(['gigline.ics']);
    expect(fs.readFileSync(status.path, 'utf8')).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');

    await t.call('deadlines.delete', { id: deadline.id });
    runTimers();
    expect(uids(status.path)).toEqual([`interview-${interview.id}@gigline.app`]);
  });

  it('ignores changes that do not show in the calendar, and stop() leaves no timer behind', () => {
    runTimers();
    t.core.context.emit('data.changed', { entities: ['reminders'] });
    expect(timers).toHaveLength(0);
    t.core.context.emit('data.changed', { entities: ['interviews'] });
    expect(timers).toHaveLength(1);
    feed.stop();
    expect(timers).toHaveLength(0);
    t.core.context.emit('data.changed', { entities: ['interviews'] });
    expect(timers).toHaveLength(0);
  });

  it('writes to a chosen path, but never over a file Gigline did not write, nor into a missing folder', async () => {
    const chosen = path.join(t.dir, 'Calendar.ics');
    await t.call('settings.update', { calendarFeed: { enabled: true, path: chosen } });
    expect((await t.call('calendarFeed.write', {})).path).toBe(chosen);
    expect(fs.readFileSync(chosen, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

    fs.writeFileSync(chosen, 'my own notes, not a calendar');
    const error = await failure(t, 'calendarFeed.write', {});
    expect(error.code).toBe('CONFLICT');
    runTimers();
    expect(fs.readFileSync(chosen, 'utf8')).toBe('my own notes, not a calendar');

    await t.call('settings.update', { calendarFeed: { path: path.join(t.dir, 'missing', 'gigline.ics') } });
    expect((await failure(t, 'calendarFeed.write', {})).code).toBe('NOT_FOUND');
    const invalid = await failure(t, 'settings.update', { calendarFeed: { path: 'relative/file.txt' } });
    expect(invalid.issues?.map((i) => i.message)).toEqual([
      'Choose a full path, like /Users/me/gigline.ics',
      'The calendar file name must end in .ics',
    ]);
  });
});
