/** The sidebar's search button (opens the command palette) and the reminders bell with its unread count. */
import { Bell, Search } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { useReminderInbox } from '../features/reminders/use-reminders';
import { setOverlay } from './overlay-store';
import { chordKeys } from './shortcuts';

export function SidebarTools() {
  const [location] = useLocation();
  const inbox = useReminderInbox();
  const unread = inbox.data?.items.length ?? 0;
  const label = unread === 0 ? 'Reminders' : `Reminders, ${unread} waiting`;
  return (
    <div className="sidebar-tools">
      <button
        type="button"
        className="sidebar-search"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => setOverlay('palette')}
      >
        <Search size={14} aria-hidden="true" />
        <span>Search</span>
        <span className="sidebar-search-keys" aria-hidden="true">
          {chordKeys('Mod+K').map((key) => (
            <kbd key={key} className="kbd">
              {key}
            </kbd>
          ))}
        </span>
      </button>
      <Link
        href="/reminders"
        className="sidebar-bell"
        aria-label={label}
        title={label}
        aria-current={location === '/reminders' ? 'page' : undefined}
      >
        <Bell size={16} aria-hidden="true" />
        {unread > 0 ? (
          <span className="sidebar-bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </Link>
    </div>
  );
}
