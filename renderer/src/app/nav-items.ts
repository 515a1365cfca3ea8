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
  { path: '/agenda', label: 'Agenda', icon: Sunrise },
  { path: '/pipeline', label: 'Pipeline', icon: SquareKanban },
  { path: '/clients', label: 'Clients', icon: Users },
  { path: '/interviews', label: 'Interviews', icon: MessagesSquare },
  { path: '/deadlines', label: 'Deadlines', icon: CalendarClock },
  { path: '/calendar', label: 'Calendar', icon: CalendarDays },
  { path: '/insights', label: 'Insights', icon: ChartLine },
];

export const settingsNav: NavItem = { path: '/settings', label: 'Settings', icon: Settings };
