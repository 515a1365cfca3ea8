/** Markers shown wherever a deadline appears: priority, "important", and the one-click complete box. */
import { BellRing, ChevronsDown, Flag, LoaderCircle } from 'lucide-react';
import { useState } from 'react';
import type { Priority } from './deadline-form-model';

export function PriorityMark({ priority }: { priority: Priority | null }) {
  if (priority === 'high')
    return (
      <span className="priority-mark priority-high" title="High priority">
        <Flag size={12} aria-hidden="true" />
        High
      </span>
    );
  if (priority === 'low')
    return (
      <span className="priority-mark priority-low" title="Low priority">
        <ChevronsDown size={12} aria-hidden="true" />
        Low
      </span>
    );
  return null;
}

export function ImportantMark({ important }: { important: boolean }) {
  if (!important) return null;
  return (
    <span className="important-mark" title="Important: reminders come even in quiet hours">
      <BellRing size={12} aria-hidden="true" />
      Important
    </span>
  );
}

interface CompleteBoxProps {
  title: string;
  completed: boolean;
  pending: boolean;
  /** Resolves once the change is saved and the lists are fresh (or has failed and said so). */
  onChange: (completed: boolean) => Promise<void>;
}

/**
 * A real checkbox, named after the deadline, so "Complete Send invoice" is one click and one Tab stop. It
 * shows the new state at once and falls back to the saved one when the save settles.
 */
export function CompleteBox({ title, completed, pending, onChange }: CompleteBoxProps) {
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const checked = optimistic ?? completed;
  return (
    <span className="complete-box">
      {pending ? <LoaderCircle size={14} className="spinner complete-spinner" aria-hidden="true" /> : null}
      <input
        type="checkbox"
        className="complete-input"
        checked={checked}
        aria-label={completed ? `Reopen “${title}”` : `Complete “${title}”`}
        onChange={(event) => {
          const next = event.target.checked;
          setOptimistic(next);
          void onChange(next).finally(() => setOptimistic(null));
        }}
        onClick={(event) => event.stopPropagation()}
      />
    </span>
  );
}
