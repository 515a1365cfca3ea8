import type { NavItem } from './nav-items';
import { useDocumentTitle } from './use-document-title';

/** The honest panel for a screen that is not built yet: what it will do, and no made-up data. */
export function ComingNext({ item }: { item: NavItem }) {
  useDocumentTitle(item.label);
  const Icon = item.icon;
  return (
    <div className="page">
      <header className="page-header">
        <h1>{item.label}</h1>
      </header>
      <section className="coming-next" aria-labelledby="coming-next-title">
        <span className="coming-next-icon" aria-hidden="true">
          <Icon size={22} strokeWidth={1.8} />
        </span>
        <h2 id="coming-next-title">Coming next</h2>
        <p>{item.upcoming}</p>
        <p className="muted">This screen is not built yet; every other screen in the sidebar works today.</p>
      </section>
    </div>
  );
}
