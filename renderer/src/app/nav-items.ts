/** The sidebar's screens, in order, with what each unbuilt screen will do (shown honestly until it exists). */
import {
  CalendarClock,
  CalendarDays,
  ChartLine,
  MessagesSquare,
  Settings,
  SquareKanban,
  Sunrise,
  Users,
  type LucideIcon,
} from 'lucide-react';

export interface NavItem {
  path: string;
  label: string;
  icon: LucideIcon;
  /** For screens that are not built yet: what the screen will do. */
  upcoming?: string;
}

export const primaryNav: NavItem[] = [
  {
    path: '/agenda',
    label: 'Agenda',
    icon: Sunrise,
    upcoming:
      'Your day at a glance: what is overdue, what is due today and what comes in the next seven days — interviews, deadlines and follow-ups — with anything missed while Gigline was closed at the top.',
  },
  { path: '/pipeline', label: 'Pipeline', icon: SquareKanban },
  { path: '/clients', label: 'Clients', icon: Users },
  {
    path: '/interviews',
    label: 'Interviews',
    icon: MessagesSquare,
    upcoming:
      'Every interview with its time in your zone and the client’s, a prep checklist for each round, and the outcome and questions asked afterwards.',
  },
  {
    path: '/deadlines',
    label: 'Deadlines',
    icon: CalendarClock,
    upcoming:
      'Proposal, delivery and follow-up deadlines — at a set time or all day — with reminders days ahead and on the morning itself.',
  },
  {
    path: '/calendar',
    label: 'Calendar',
    icon: CalendarDays,
    upcoming: 'Month and week views of your interviews and deadlines, with overlapping bookings flagged.',
  },
  {
    path: '/insights',
    label: 'Insights',
    icon: ChartLine,
    upcoming:
      'How your freelance business is going: win rate by source, how quickly you reply, and how the rates you ask for and agree on change over time.',
  },
];

export const settingsNav: NavItem = { path: '/settings', label: 'Settings', icon: Settings };
