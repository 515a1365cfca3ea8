/** Words people read for the contract's enum values (the values themselves never reach the screen). */
import type {
  gigSources,
  interviewKinds,
  interviewOutcomes,
  rateEventKinds,
  rateUnits,
  stageKinds,
  timelineKinds,
} from '../../../../electron/contract';

export const sourceLabels: Record<(typeof gigSources)[number], string> = {
  platform: 'Platform',
  referral: 'Referral',
  repeat: 'Repeat client',
  inbound: 'Inbound',
  outreach: 'Outreach',
  other: 'Other',
};

export const unitLabels: Record<(typeof rateUnits)[number], string> = {
  hour: 'Per hour',
  day: 'Per day',
  week: 'Per week',
  fixed: 'Fixed price',
};

export const stageKindLabels: Record<(typeof stageKinds)[number], string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
};

export const rateKindLabels: Record<(typeof rateEventKinds)[number], string> = {
  asked: 'You asked',
  countered: 'Client countered',
  revised: 'You revised',
  agreed: 'Agreed',
};

export const timelineKindLabels: Record<(typeof timelineKinds)[number], string> = {
  note: 'Note',
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  message_in: 'Message received',
  message_out: 'Message sent',
  stage_change: 'Stage change',
  interview: 'Interview',
  deadline_completed: 'Deadline done',
  rate: 'Rate',
};

export const interviewKindLabels: Record<(typeof interviewKinds)[number], string> = {
  call: 'Call',
  video: 'Video call',
  onsite: 'On site',
  technical: 'Technical',
  take_home: 'Take-home task',
};

export const outcomeLabels: Record<(typeof interviewOutcomes)[number], string> = {
  pending: 'Pending',
  passed: 'Passed',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

/** 1 = Monday … 7 = Sunday, in the user's language. */
export function weekdayName(day: number, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(undefined, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));
}

export function labelEntries<K extends string>(labels: Record<K, string>): [K, string][] {
  return Object.entries(labels) as [K, string][];
}

/** "1 gig", "3 gigs". */
export function plural(count: number, word: string): string {
  return `${count.toLocaleString()} ${count === 1 ? word : `${word}s`}`;
}
