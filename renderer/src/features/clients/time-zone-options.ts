/** Every IANA zone this runtime knows, with its current UTC offset, for the searchable time-zone field. */
import type { ComboOption } from '../../components/combobox';

let cached: ComboOption[] | null = null;

function offsetOf(zone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value === 'GMT' ? 'UTC' : (part?.value.replace('GMT', 'UTC') ?? '');
  } catch {
    return '';
  }
}

export function timeZoneOptions(): ComboOption[] {
  if (cached) return cached;
  const now = new Date();
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes('UTC') ? zones : [...zones, 'UTC'];
  cached = all.map((zone) => ({
    value: zone,
    hint: offsetOf(zone, now),
    keywords: zone.replace(/[_/]/g, ' '),
  }));
  return cached;
}

/** The time of day in a zone right now, e.g. "14:05", or null for an unknown zone. */
export function localTimeIn(zone: string, at = new Date()): string | null {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(at);
  } catch {
    return null;
  }
}
