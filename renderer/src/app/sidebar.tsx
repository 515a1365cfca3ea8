import { Link, useLocation } from 'wouter';
import { AGENDA_COUNTS_ID, AgendaNavCounts } from '../features/agenda/agenda-nav-counts';
import { primaryNav, settingsNav, type NavItem } from './nav-items';
import { SidebarTools } from './sidebar-tools';

function NavLink({ item }: { item: NavItem }) {
  const [location] = useLocation();
  const active = location === item.path || location.startsWith(`${item.path}/`);
  const Icon = item.icon;
  return (
    <li>
      <Link
        href={item.path}
        className="nav-link"
        aria-current={active ? 'page' : undefined}
        aria-describedby={item.path === '/agenda' ? AGENDA_COUNTS_ID : undefined}
      >
        <Icon size={16} strokeWidth={1.9} aria-hidden="true" />
        <span>{item.label}</span>
        {item.path === '/agenda' ? <AgendaNavCounts /> : null}
      </Link>
    </li>
  );
}

export function Sidebar() {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          G
        </span>
        <span className="brand-name">Gigline</span>
      </div>
      <SidebarTools />
      <ul className="nav-list">
        {primaryNav.map((item) => (
          <NavLink key={item.path} item={item} />
        ))}
      </ul>
      <ul className="nav-list nav-list-bottom">
        <NavLink item={settingsNav} />
      </ul>
    </nav>
  );
}
