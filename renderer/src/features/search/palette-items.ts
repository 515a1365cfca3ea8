/** What the command palette offers besides search results: screens, actions, and where each result opens. */
import {
  Bell,
  BellOff,
  BellRing,
  Briefcase,
  CalendarPlus,
  Building2,
  CalendarClock,
  DatabaseBackup,
  FileDown,
  FileUp,
  History,
  MessagesSquare,
  NotebookPen,
  Plus,
  UserRound,
  type LucideIcon,
} from 'lucide-react';
import type { SearchResult } from '../../../../electron/contract';

export type ResultType = SearchResult['type'];

export const resultGroups: { type: ResultType; heading: string; icon: LucideIcon }[] = [
  { type: 'client', heading: 'Clients', icon: Building2 },
  { type: 'contact', heading: 'Contacts', icon: UserRound },
  { type: 'gig', heading: 'Gigs', icon: Briefcase },
  { type: 'interview', heading: 'Interviews', icon: MessagesSquare },
  { type: 'deadline', heading: 'Deadlines', icon: CalendarClock },
  { type: 'note', heading: 'Notes', icon: NotebookPen },
];

/** The screen a result opens: contacts open their client, notes their gig (or client). */
export function routeForResult(result: SearchResult): string | null {
  switch (result.type) {
    case 'client':
      return `/clients/${result.id}`;
    case 'contact':
      return result.clientId === null ? null : `/clients/${result.clientId}`;
    case 'gig':
      return `/gigs/${result.id}`;
    case 'interview':
      return `/interviews/${result.id}`;
    case 'deadline':
      return `/deadlines/${result.id}`;
    case 'note':
      if (result.gigId !== null) return `/gigs/${result.gigId}`;
      return result.clientId === null ? null : `/clients/${result.clientId}`;
  }
}

export type PaletteActionId =
  | 'new-client'
  | 'new-gig'
  | 'new-interview'
  | 'new-deadline'
  | 'test-notification'
  | 'pause'
  | 'back-up-now'
  | 'backups'
  | 'export-data'
  | 'import-data';

export interface PaletteAction {
  id: PaletteActionId;
  label: string;
  keywords: string;
  icon: LucideIcon;
  /** Navigations open a create form through the screen's `?new=1` link. */
  route?: string;
}

export const paletteActions: PaletteAction[] = [
  {
    id: 'new-client',
    label: 'New client',
    keywords: 'add create company customer',
    icon: Plus,
    route: '/clients?new=1',
  },
  {
    id: 'new-gig',
    label: 'New gig',
    keywords: 'add create opportunity lead job project',
    icon: Plus,
    route: '/pipeline?new=1',
  },
  {
    id: 'new-interview',
    label: 'Schedule interview',
    keywords: 'add create new meeting call',
    icon: CalendarPlus,
    route: '/interviews?new=1',
  },
  {
    id: 'new-deadline',
    label: 'New deadline',
    keywords: 'add create due task todo',
    icon: Plus,
    route: '/deadlines?new=1',
  },
  {
    id: 'test-notification',
    label: 'Send a test notification',
    keywords: 'reminder check notify alert',
    icon: BellRing,
  },
  {
    id: 'pause',
    label: 'Pause reminders for 1 hour',
    keywords: 'mute silence snooze quiet do not disturb',
    icon: BellOff,
  },
  {
    id: 'back-up-now',
    label: 'Back up now',
    keywords: 'backup save copy data',
    icon: DatabaseBackup,
    route: '/settings?section=backups&backup=now',
  },
  {
    id: 'backups',
    label: 'Backups',
    keywords: 'restore backup undo recover data',
    icon: History,
    route: '/settings?section=backups',
  },
  {
    id: 'export-data',
    label: 'Export…',
    keywords: 'download csv json ics calendar spreadsheet excel copy data',
    icon: FileDown,
    route: '/settings?section=transfer',
  },
  {
    id: 'import-data',
    label: 'Import…',
    keywords: 'upload csv json ics calendar spreadsheet invite data',
    icon: FileUp,
    route: '/settings?section=transfer&import=1',
  },
];

export const remindersScreen = { path: '/reminders', label: 'Reminders', icon: Bell };

/** Word-start match for the palette's own items: "new cl" finds "New client", "dead" finds "New deadline". */
export function matchesQuery(query: string, ...texts: string[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const parts = texts
    .join(' ')
    .toLowerCase()
    .split(/[\s/_-]+/);
  return words.every((word) => parts.some((part) => part.startsWith(word)));
}
