/** Words and numbers for the Insights screen, in the user's locale. */
import type { InsightPeriod, MoneyTotal, RateInsight } from '../../../../electron/contract';
import { formatMoney } from '../../../../electron/contract';

export const periodLabels: Record<InsightPeriod, string> = {
  '30d': '30 days',
  '90d': '90 days',
  '365d': '12 months',
  all: 'All time',
};

/** "in the last 90 days" / "since you started" — for headings that depend on the period. */
export function periodPhrase(period: InsightPeriod): string {
  return period === 'all' ? 'all time' : `last ${periodLabels[period]}`;
}

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const countFormat = new Intl.NumberFormat();

export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** "1 gig", "3 gigs". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const UNIT_SHORT: Record<MoneyTotal['unit'], string> = { hour: '/h', day: '/day', week: '/week', fixed: ' fixed' };
const UNIT_WORDS: Record<MoneyTotal['unit'], string> = {
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  fixed: 'in fixed prices',
};

/** "€120/h", "€9,800 fixed". */
export function formatRateShort(minor: number, currency: string, unit: MoneyTotal['unit']): string {
  return `${formatMoney(minor, currency)}${UNIT_SHORT[unit]}`;
}

/** "€9,800 in fixed prices", "€450 per hour" — for screen readers and titles. */
export function formatRateWords(minor: number, currency: string, unit: MoneyTotal['unit']): string {
  return `${formatMoney(minor, currency)} ${UNIT_WORDS[unit]}`;
}

export function rateRowLabel(row: Pick<RateInsight, 'currency' | 'unit'>): string {
  return `${row.currency} ${UNIT_WORDS[row.unit]}`;
}

/** "+4.5%", "−12%", "±0%" for the gap between the ask and the agreed rate. */
export function formatGap(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  if (rounded === 0) return '±0%';
  const text = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(Math.abs(rounded));
  return `${rounded > 0 ? '+' : '−'}${text}%`;
}

/** "45 min", "3 h 20 min", "2 days 4 h". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${Math.max(0, Math.round(minutes))} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = Math.round(minutes - hours * 60);
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours - days * 24;
  return `${plural(days, 'day')}${restHours ? ` ${restHours} h` : ''}`;
}

/** "0 days" reads oddly for a gig that came in today. */
export function formatDays(days: number): string {
  return days === 0 ? 'under a day' : plural(days, 'day');
}
