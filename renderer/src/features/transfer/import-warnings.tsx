import { TriangleAlert } from 'lucide-react';

/** The core's warnings about an import (shown on the preview and again on the report); nothing when none. */
export function ImportWarnings({ warnings }: { warnings: string[] }) {
  if (!warnings.length) return null;
  return (
    <ul className="import-warnings" aria-label="Warnings">
      {warnings.map((warning, index) => (
        <li key={index}>
          <TriangleAlert size={14} aria-hidden="true" />
          <span>{warning}</span>
        </li>
      ))}
    </ul>
  );
}
