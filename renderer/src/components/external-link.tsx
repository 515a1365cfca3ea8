import { ExternalLink as ExternalIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** Opens in the OS browser in the desktop app (the main process routes new windows there). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="external-link" href={href} target="_blank" rel="noreferrer">
      <span>{children}</span>
      <ExternalIcon size={12} aria-hidden="true" />
      <span className="visually-hidden">(opens in your browser)</span>
    </a>
  );
}
