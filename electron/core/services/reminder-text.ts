/**
 * What a reminder says. Written for a glance at a notification: the title names the item and when,
 * the body adds the context (client, gig, local time, the client's time when it differs).
 */
import type { DeadlineSource, GigSource, InterviewSource } from './reminder-rules';

export interface ReminderText {
  title: string;
  body: string;
  route: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(at: number, zone: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${zone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(at));
}

const time = (at: number, zone: string) => format(at, zone, { hour: '2-digit', minute: '2-digit' });
const dayAndTime = (at: number, zone: string) =>
  format(at, zone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const day = (date: string) =>
  format(Date.parse(`${date}T12:00:00Z`), 'UTC', { weekday: 'short', day: 'numeric', month: 'short' });

/** "in 3 days", "in 1 hour", "in 10 minutes", "tomorrow". */
export function leadPhrase(minutes: number, allDay = false): string {
  if (minutes === 0) return allDay ? 'today' : 'now';
  if (minutes % 1440 === 0) {
    const days = minutes / 1440;
    return days === 1 ? (allDay ? 'tomorrow' : 'in 1 day') : `in ${days} days`;
  }
  if (minutes % 60 === 0) return minutes === 60 ? 'in 1 hour' : `in ${minutes / 60} hours`;
  return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
}

const interviewKindLabel: Record<string, string> = {
  call: 'Phone call',
  video: 'Video interview',
  onsite: 'On-site interview',
  technical: 'Technical interview',
  take_home: 'Take-home task',
};

export function createReminderTexts(zone: string) {
  return {
    deadline(d: DeadlineSource, rule: 'lead' | 'morning', lead: number): ReminderText {
      const route = `/deadlines/${d.id}`;
      const context = d.context ? ` · ${d.context}` : '';
      if (d.dueAt !== null) {
        const when = rule === 'morning' ? 'today' : leadPhrase(lead);
        return { title: `Due ${when}: ${d.title}`, body: `${dayAndTime(d.dueAt, zone)}${context}`, route };
      }
      const when = rule === 'morning' ? 'today' : leadPhrase(lead, true);
      return { title: `Due ${when}: ${d.title}`, body: `${day(d.dueDate ?? '')} (all day)${context}`, route };
    },
    interview(i: InterviewSource, rule: 'lead' | 'prep' | 'thank_you', lead: number): ReminderText {
      const route = `/interviews/${i.id}`;
      const kind = interviewKindLabel[i.kind] ?? 'Interview';
      const clientTime =
        i.clientTimeZone && i.clientTimeZone !== zone && time(i.startsAt, i.clientTimeZone) !== time(i.startsAt, zone)
          ? ` (${time(i.startsAt, i.clientTimeZone)} their time)`
          : '';
      if (rule === 'prep') {
        return {
          title: `Prepare for your interview with ${i.clientName}`,
          body: `${i.prepOpen} of ${i.prepTotal} prep items open · ${dayAndTime(i.startsAt, zone)}`,
          route,
        };
      }
      if (rule === 'thank_you') {
        return {
          title: `Send ${i.clientName} a thank-you note`,
          body: `After your interview for ${i.gigTitle}`,
          route,
        };
      }
      return {
        title: `Interview ${leadPhrase(lead)}: ${i.clientName}`,
        body: `${kind} for ${i.gigTitle} at ${time(i.startsAt, zone)}${clientTime}`,
        route,
      };
    },
    gig(g: GigSource, rule: 'follow_up' | 'cadence'): ReminderText {
      const route = `/gigs/${g.id}`;
      if (rule === 'cadence') {
        const every = g.updateWeekday !== null ? 'weekly update' : `update every ${g.updateEveryDays} days`;
        return { title: `Send ${g.clientName} a status update`, body: `${g.title} · ${every}`, route };
      }
      return {
        title: `Follow up with ${g.clientName}`,
        body: `No contact for ${g.followUpDays} days on “${g.title}” (${g.stageName})`,
        route,
      };
    },
  };
}
