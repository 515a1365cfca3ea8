/** A titled section of the Insights screen, with what it covers and, when there is nothing yet, what to do. */
import type { ReactNode } from 'react';

interface InsightCardProps {
  id: string;
  title: string;
  /** What the figures cover, e.g. "Open gigs today" or "Gigs that came in during the last 90 days". */
  scope: string;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function InsightCard({ id, title, scope, actions, className, children }: InsightCardProps) {
  return (
    <section className={`insight-card${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <header className="insight-card-header">
        <div>
          <h2 id={id}>{title}</h2>
          <p className="insight-scope">{scope}</p>
        </div>
        {actions ? <div className="insight-card-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/** The empty state inside a card: what is missing and how to get it. */
export function InsightEmpty({ children }: { children: ReactNode }) {
  return <p className="insight-empty">{children}</p>;
}
