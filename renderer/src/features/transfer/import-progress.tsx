/**
 * The progress of a running preview or import, fed by the core's 'import.progress' events (about every
 * 1000 rows, and at each phase's start and end). A small file may finish before any event arrives; the bar
 * then simply shows it is working.
 */
import { useEffect, useState } from 'react';
import type { ImportKind } from '../../../../electron/contract';
import { isEventNamed, subscribeEvents } from '../../api/events';
import { formatProgress, type ImportProgress } from './transfer-format';

export function useImportProgress(kind: ImportKind | null, active: boolean): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    setProgress(null);
  }
  useEffect(() => {
    if (!active || !kind) return;
    return subscribeEvents((event) => {
      if (isEventNamed(event, 'import.progress') && event.payload.kind === kind) setProgress(event.payload);
    });
  }, [active, kind]);
  return progress;
}

export function ImportProgressBar({ title, progress }: { title: string; progress: ImportProgress | null }) {
  const { label, fraction } = formatProgress(progress);
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return (
    <div className="import-progress">
      <div className="import-progress-text">
        <span className="import-progress-title" id="import-progress-title">
          {title}
        </span>
        <span className="muted" aria-live="polite">
          {label}
        </span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby="import-progress-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={label}
        data-indeterminate={percent === null}
      >
        <div className="progress-fill" style={{ width: percent === null ? undefined : `${percent}%` }} />
      </div>
    </div>
  );
}
