/**
 * Reads calendar invites (Google, Outlook, Apple …) with ical.js into what an interview needs. The start
 * instant: UTC times as written; a TZID that is an IANA zone is resolved with the runtime's zone data (an
 * invite's VTIMEZONE may be stale or abbreviated); any other TZID (Outlook's "W. Europe Standard Time")
 * through the file's VTIMEZONE, with the zone mapped to IANA where known; floating times in the
 * calendar's X-WR-TIMEZONE or the user's zone. Meeting links come from URL or from the description and
 * the vendors' conference properties.
 */
import ICAL from 'ical.js';
import { isValidTimeZone, MAX_LONG, MAX_NAME } from '../../contract';
import { AppError } from '../errors';
import { instantOfLocal } from '../services/local-time';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

export interface Person {
  name: string | null;
  email: string | null;
}

export interface IcsEvent {
  index: number;
  uid: string | null;
  summary: string;
  startsAt: number | null;
  timeZone: string | null;
  durationMinutes: number | null;
  link: string | null;
  location: string | null;
  notes: string;
  organizer: Person | null;
  attendees: Person[];
  errors: { field: string; message: string }[];
  warnings: string[];
}

/** Windows zone names Outlook writes as TZID, for the zones freelancers meet in most. */
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kyiv',
  'GTB Standard Time': 'Europe/Bucharest',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Singapore Standard Time': 'Asia/Singapore',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  UTC: 'UTC',
};

const CONFERENCE =
  /https:\/\/[^\s<>"')\]]*(?:meet\.google\.com|zoom\.us|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|chime\.aws|bluejeans\.com|around\.co)[^\s<>"')\]]*/i;
const ANY_URL = /^https?:\/\/\S+$/i;

function invalid(message: string): AppError {
  return new AppError('VALIDATION', message, [{ path: 'content', message }]);
}

export function parseCalendar(text: string): Component {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw invalid(`This is not a readable calendar file (iCalendar): ${detail.slice(0, 200)}`);
  }
  const roots = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const calendar = roots.map((root) => new ICAL.Component(root as unknown[])).find((c) => c.name === 'vcalendar');
  if (!calendar) throw invalid('This is not a calendar file: it has no BEGIN:VCALENDAR.');
  if (!calendar.getAllSubcomponents('vevent').length)
    throw invalid('The calendar file has no events (VEVENT) to import.');
  return calendar;
}

function person(value: unknown, cn: unknown): Person {
  const text = typeof value === 'string' ? value : '';
  const email = /^mailto:/i.test(text) ? text.replace(/^mailto:/i, '').trim() : text.includes('@') ? text.trim() : null;
  return { name: typeof cn === 'string' && cn.trim() ? cn.trim() : null, email: email || null };
}

const RAW_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/;

/** Checks the written date against the calendar (ical.js quietly rolls 2026-02-30 over to March). */
function realDate(raw: unknown): boolean {
  const m = RAW_DATE.exec(typeof raw === 'string' ? raw : '');
  if (!m) return false;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? '0');
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  return (
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    date.getUTCHours() === Number(h) &&
    date.getUTCMinutes() === Number(mi)
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function startOf(vevent: Component, time: Time, calendarZone: string | null, userZone: string, event: IcsEvent) {
  const prop = vevent.getFirstProperty('dtstart');
  const tzid = prop?.getParameter('tzid');
  const wall = (zone: string) =>
    instantOfLocal(`${time.year}-${pad(time.month)}-${pad(time.day)}`, time.hour, time.minute, zone) +
    time.second * 1000;
  if (time.zone?.tzid === 'UTC') return { at: time.toUnixTime() * 1000, zone: calendarZone ?? userZone };
  if (typeof tzid === 'string' && tzid) {
    const name = tzid.replace(/^\//, '');
    if (isValidTimeZone(name)) return { at: wall(name), zone: name };
    const mapped = WINDOWS_ZONES[name] ?? locationOf(vevent, name);
    if (vevent.parent?.getTimeZoneByID(tzid)) {
      if (!mapped)
        event.warnings.push(`Time zone "${name}" is not a known zone name; the interview is shown in ${userZone}.`);
      return { at: time.toUnixTime() * 1000, zone: mapped ?? userZone };
    }
    if (mapped) return { at: wall(mapped), zone: mapped };
    event.warnings.push(`Unknown time zone "${name}": the time is read as ${userZone} time.`);
    return { at: wall(userZone), zone: userZone };
  }
  const zone = calendarZone ?? userZone;
  return { at: wall(zone), zone };
}

function locationOf(vevent: Component, tzid: string): string | null {
  const tz = vevent.parent?.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === tzid);
  const location = tz?.getFirstPropertyValue('x-lic-location');
  return typeof location === 'string' && isValidTimeZone(location) ? location : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function readEvents(calendar: Component, userZone: string): IcsEvent[] {
  const written = text(calendar.getFirstPropertyValue('x-wr-timezone'));
  const calendarZone = isValidTimeZone(written) ? written : null;
  return calendar.getAllSubcomponents('vevent').map((vevent, i) => {
    const ev = new ICAL.Event(vevent);
    const summary = text(vevent.getFirstPropertyValue('summary'));
    const description = text(vevent.getFirstPropertyValue('description'));
    const event: IcsEvent = {
      index: i + 1,
      uid: text(vevent.getFirstPropertyValue('uid')) || null,
      summary: summary || '(no title)',
      startsAt: null,
      timeZone: null,
      durationMinutes: null,
      link: null,
      location: null,
      notes: '',
      organizer: null,
      attendees: [],
      errors: [],
      warnings: [],
    };
    const organizer = vevent.getFirstProperty('organizer');
    if (organizer) event.organizer = person(organizer.getFirstValue(), organizer.getParameter('cn'));
    event.attendees = vevent.getAllProperties('attendee').map((a) => person(a.getFirstValue(), a.getParameter('cn')));
    const dtstart = vevent.getFirstProperty('dtstart');
    const rawStart = (dtstart?.toJSON() as unknown[] | undefined)?.[3];
    if (!dtstart) event.errors.push({ field: 'DTSTART', message: 'The event has no start time' });
    else if (!realDate(rawStart))
      event.errors.push({ field: 'DTSTART', message: `"${String(rawStart)}" is not a real date and time` });
    else if (ev.startDate.isDate)
      event.errors.push({ field: 'DTSTART', message: 'An all-day event has no start time; an interview needs one' });
    else {
      const start = startOf(vevent, ev.startDate, calendarZone, userZone, event);
      event.startsAt = start.at;
      event.timeZone = start.zone;
      const seconds = ev.endDate ? ev.endDate.subtractDate(ev.startDate).toSeconds() : 3600;
      const minutes = Math.round(seconds / 60);
      if (minutes > 24 * 60)
        event.errors.push({
          field: 'DTEND',
          message: 'The event lasts more than a day; an interview can last at most 24 hours',
        });
      else if (minutes < 5) {
        if (minutes <= 0) event.warnings.push('No end time: the interview gets 60 minutes.');
        event.durationMinutes = minutes <= 0 ? 60 : 5;
      } else event.durationMinutes = minutes;
    }
    if (ev.isRecurring()) event.warnings.push('This event repeats; only its first occurrence becomes an interview.');
    const url = text(vevent.getFirstPropertyValue('url'));
    const location = text(vevent.getFirstPropertyValue('location'));
    const vendorLinks = [
      'x-google-conference',
      'x-microsoft-skypeteamsmeetingurl',
      'x-microsoft-onlinemeetingconflink',
    ].map((p) => text(vevent.getFirstPropertyValue(p)));
    const conference = [url, ...vendorLinks, location, description].map((t) => CONFERENCE.exec(t)?.[0]).find(Boolean);
    event.link = conference ?? (ANY_URL.test(url) ? url : ANY_URL.test(location) ? location : null);
    event.location = location && !ANY_URL.test(location) ? location.slice(0, MAX_NAME) : null;
    if (location.length > MAX_NAME) event.warnings.push('The location was shortened to 200 characters.');
    const notes = [summary, description].filter(Boolean).join('\n\n');
    if (notes.length > MAX_LONG) event.warnings.push('The description was shortened to fit the notes.');
    event.notes = notes.slice(0, MAX_LONG);
    return event;
  });
}
