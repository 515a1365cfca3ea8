/**
 * Pure rules: which reminders an item should have, and when. Instants before an absolute time
 * (deadline at 17:00, interview at 10:00) are absolute; day-based rules (morning of, all-day dates,
 * follow-ups) are wall-clock times in the user's current zone and carry `floatingLocal`: their intent
 * as the item data it derives from ('date:2026-03-29', 'due:<instant>', 'contact:<instant>+7d'), never
 * the zone or the all-day time. So a zone or settings change moves them while armed and never re-arms
 * one already delivered, while editing the item (a new date, a logged contact) does.
 */
import type { ReminderSettings } from '../../contract';
import { addDays, daysBetween, instantOfLocal, isoWeekday, localDateOf } from './local-time';
import type { ReminderText } from './reminder-text';

export type ReminderSourceKind = 'deadline' | 'interview' | 'interview_prep' | 'follow_up' | 'cadence';

export interface DesiredReminder {
  sourceKind: ReminderSourceKind;
  sourceId: number;
  ruleKey: string;
  fireAt: number;
  /** Zone-independent intent of day-based rules (see above); null for absolute ones. */
  floatingLocal: string | null;
  important: boolean;
  /** When the item was last set up; a reminder due before that is skipped, not caught up. */
  setUpAt: number;
  text: ReminderText;
}

export interface DeadlineSource {
  id: number;
  title: string;
  dueAt: number | null;
  dueDate: string | null;
  important: boolean;
  reminderOffsets: number[] | null;
  updatedAt: number;
  context: string;
}

export interface InterviewSource {
  id: number;
  startsAt: number;
  durationMinutes: number;
  kind: string;
  outcome: string;
  clientName: string;
  gigTitle: string;
  clientTimeZone: string | null;
  prepOpen: number;
  prepTotal: number;
  lastContactAt: number | null;
  updatedAt: number;
}

export interface GigSource {
  id: number;
  title: string;
  clientName: string;
  stageName: string;
  stageKind: 'open' | 'won' | 'lost';
  followUpDays: number | null;
  stageEnteredAt: number;
  lastContactAt: number | null;
  updateEveryDays: number | null;
  updateWeekday: number | null;
  endDate: string | null;
}

export interface RuleContext {
  settings: ReminderSettings;
  zone: string;
  today: string;
  texts: {
    deadline(source: DeadlineSource, rule: 'lead' | 'morning', leadMinutes: number): ReminderText;
    interview(source: InterviewSource, rule: 'lead' | 'prep' | 'thank_you', leadMinutes: number): ReminderText;
    gig(source: GigSource, rule: 'follow_up' | 'cadence'): ReminderText;
  };
}

function splitTime(time: string): [number, number] {
  const [h, m] = time.split(':').map(Number);
  return [h ?? 9, m ?? 0];
}

/** A wall-clock time on a local date, as an instant, with the intent it stands for. */
function atLocal(date: string, time: string, zone: string, intent: string) {
  const [h, m] = splitTime(time);
  return { fireAt: instantOfLocal(date, h, m, zone), floatingLocal: intent };
}

export function deadlineReminders(d: DeadlineSource, ctx: RuleContext): DesiredReminder[] {
  const { settings, zone } = ctx;
  const leads = d.reminderOffsets ?? settings.deadlineLeadMinutes;
  const base = { sourceKind: 'deadline' as const, sourceId: d.id, important: d.important, setUpAt: d.updatedAt };
  const out: DesiredReminder[] = [];
  if (d.dueAt !== null) {
    for (const lead of leads) {
      out.push({
        ...base,
        ruleKey: `lead:${lead}`,
        fireAt: d.dueAt - lead * 60_000,
        floatingLocal: null,
        text: ctx.texts.deadline(d, 'lead', lead),
      });
    }
    if (settings.deadlineMorningOf) {
      const morning = atLocal(localDateOf(d.dueAt, zone), settings.allDayTime, zone, `due:${d.dueAt}`);
      // Only when the morning reminder comes meaningfully before the deadline itself.
      if (morning.fireAt <= d.dueAt - 30 * 60_000)
        out.push({ ...base, ruleKey: 'morning', ...morning, text: ctx.texts.deadline(d, 'morning', 0) });
    }
  } else if (d.dueDate !== null) {
    for (const lead of leads) {
      const days = Math.floor(lead / 1440);
      const at = atLocal(addDays(d.dueDate, -days), settings.allDayTime, zone, `date:${d.dueDate}`);
      const rest = (lead % 1440) * 60_000;
      out.push({
        ...base,
        ruleKey: `lead:${lead}`,
        fireAt: at.fireAt - rest,
        floatingLocal: at.floatingLocal,
        text: ctx.texts.deadline(d, 'lead', lead),
      });
    }
    if (settings.deadlineMorningOf) {
      out.push({
        ...base,
        ruleKey: 'morning',
        ...atLocal(d.dueDate, settings.allDayTime, zone, `date:${d.dueDate}`),
        text: ctx.texts.deadline(d, 'morning', 0),
      });
    }
  }
  return dedupeByFireAt(out);
}

/** Two rules landing on the same minute (e.g. "1 day before" and "morning of" an all-day date) notify once. */
function dedupeByFireAt(reminders: DesiredReminder[]): DesiredReminder[] {
  const seen = new Set<number>();
  return reminders.filter((r) => {
    if (seen.has(r.fireAt)) return false;
    seen.add(r.fireAt);
    return true;
  });
}

export function interviewReminders(i: InterviewSource, ctx: RuleContext): DesiredReminder[] {
  const { settings, zone } = ctx;
  if (i.outcome === 'cancelled' || i.outcome === 'no_show') return [];
  const base = { sourceId: i.id, important: true, setUpAt: i.updatedAt };
  const out: DesiredReminder[] = [];
  if (i.outcome === 'pending') {
    for (const lead of settings.interviewLeadMinutes) {
      out.push({
        ...base,
        sourceKind: 'interview',
        ruleKey: `lead:${lead}`,
        fireAt: i.startsAt - lead * 60_000,
        floatingLocal: null,
        text: ctx.texts.interview(i, 'lead', lead),
      });
    }
    if (settings.interviewPrepNudge && i.prepOpen > 0) {
      const day = addDays(localDateOf(i.startsAt, zone), -1);
      const nudge = atLocal(day, settings.allDayTime, zone, `start:${i.startsAt}`);
      if (nudge.fireAt < i.startsAt)
        out.push({
          ...base,
          sourceKind: 'interview_prep',
          ruleKey: 'prep',
          ...nudge,
          important: false,
          text: ctx.texts.interview(i, 'prep', 0),
        });
    }
  }
  const endsAt = i.startsAt + i.durationMinutes * 60_000;
  const thankedAlready = i.lastContactAt !== null && i.lastContactAt >= endsAt;
  if (
    settings.followUpsEnabled &&
    settings.thankYouAfterHours !== null &&
    i.outcome !== 'rejected' &&
    !thankedAlready
  ) {
    out.push({
      ...base,
      sourceKind: 'interview',
      ruleKey: 'thank_you',
      fireAt: endsAt + settings.thankYouAfterHours * 3_600_000,
      // Its intent is the interview's end, so changing the hours setting never repeats a delivered one.
      floatingLocal: `end:${endsAt}`,
      important: false,
      text: ctx.texts.interview(i, 'thank_you', 0),
    });
  }
  return out;
}

function nextWeekdayAfter(date: string, weekday: number): string {
  let candidate = addDays(date, 1);
  while (isoWeekday(candidate) !== weekday) candidate = addDays(candidate, 1);
  return candidate;
}

export function gigReminders(g: GigSource, ctx: RuleContext): DesiredReminder[] {
  const { settings, zone } = ctx;
  if (!settings.followUpsEnabled) return [];
  const out: DesiredReminder[] = [];
  const lastContact = Math.max(g.lastContactAt ?? 0, g.stageEnteredAt);
  const lastDate = localDateOf(lastContact, zone);
  if (g.stageKind === 'open' && g.followUpDays !== null) {
    out.push({
      sourceKind: 'follow_up',
      sourceId: g.id,
      ruleKey: 'silence',
      ...atLocal(
        addDays(lastDate, g.followUpDays),
        settings.allDayTime,
        zone,
        `contact:${lastContact}+${g.followUpDays}d`,
      ),
      important: false,
      setUpAt: lastContact,
      text: ctx.texts.gig(g, 'follow_up'),
    });
  }
  const active = g.stageKind !== 'lost' && (g.endDate === null || g.endDate >= ctx.today);
  if (active && (g.updateEveryDays !== null || g.updateWeekday !== null)) {
    // A recurring series from the last contact: the latest occurrence up to today (so an ignored or
    // dismissed one comes back the next week) and the next one; a logged contact restarts the series.
    const period = g.updateWeekday !== null ? 7 : (g.updateEveryDays ?? 7);
    const first = g.updateWeekday !== null ? nextWeekdayAfter(lastDate, g.updateWeekday) : addDays(lastDate, period);
    const latest = 1 + Math.floor(daysBetween(first, ctx.today) / period);
    const intent = `contact:${lastContact}/${g.updateWeekday !== null ? `w${g.updateWeekday}` : `${period}d`}`;
    for (const k of ctx.today < first ? [1] : [latest, latest + 1]) {
      out.push({
        sourceKind: 'cadence',
        sourceId: g.id,
        ruleKey: `cadence:${k}`,
        ...atLocal(addDays(first, (k - 1) * period), settings.allDayTime, zone, intent),
        important: false,
        setUpAt: lastContact,
        text: ctx.texts.gig(g, 'cadence'),
      });
    }
  }
  return out;
}

/** Whether an instant falls in the quiet-hours window (which may wrap past midnight), and when it ends. */
export function quietHoursEnd(at: number, settings: ReminderSettings, zone: string): number | null {
  const { enabled, start, end } = settings.quietHours;
  if (!enabled || start === end) return null;
  const today = localDateOf(at, zone);
  const [sh, sm] = splitTime(start);
  const [eh, em] = splitTime(end);
  const wraps = start > end;
  const candidates = wraps
    ? [
        { from: instantOfLocal(addDays(today, -1), sh, sm, zone), to: instantOfLocal(today, eh, em, zone) },
        { from: instantOfLocal(today, sh, sm, zone), to: instantOfLocal(addDays(today, 1), eh, em, zone) },
      ]
    : [{ from: instantOfLocal(today, sh, sm, zone), to: instantOfLocal(today, eh, em, zone) }];
  const hit = candidates.find((w) => at >= w.from && at < w.to);
  return hit ? hit.to : null;
}
