/**
 * VTIMEZONE components (RFC 5545 3.6.5) built from the runtime's own time-zone data (Intl), so an exported
 * DTSTART;TZID=Europe/Berlin is defined inside the file, as the RFC requires, without shipping a zone
 * database. Each UTC-offset change in the years covered becomes one STANDARD or DAYLIGHT observance with
 * its exact local start; parsers (ical.js, Apple, Google, Outlook) need no recurrence rules to read them.
 */
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC at an instant. */
export function offsetMinutes(instant: number, zone: string): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, formatter);
  }
  const name = formatter.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The local wall time (in the given offset) of an instant, as an iCalendar DATE-TIME without zone. */
function localStamp(instant: number, offset: number): string {
  return new Date(instant + offset * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** The first minute at which the offset differs from the offset at `from` (searching up to `to`). */
function transitionBetween(from: number, to: number, zone: string): number {
  const before = offsetMinutes(from, zone);
  let lo = from;
  let hi = to;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
    if (offsetMinutes(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutes(start, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const observance = (type: string, at: number, from: number, to: number) =>
    lines.push(
      `BEGIN:${type}`,
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${type}`,
    );
  observance('STANDARD', start, initial, initial);
  let current = initial;
  // Weekly probes: zones change offset at most a few times a year, never twice within a week.
  for (let probe = start; probe < end; probe += 7 * DAY) {
    const next = Math.min(probe + 7 * DAY, end);
    const offset = offsetMinutes(next, zone);
    if (offset === current) continue;
    const at = transitionBetween(probe, next, zone);
    observance(offset > current ? 'DAYLIGHT' : 'STANDARD', at, current, offset);
    current = offset;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
