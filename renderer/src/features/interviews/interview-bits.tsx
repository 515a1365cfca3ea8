/** Small pieces shown wherever an interview appears: its kind's icon, the prep progress pill, the outcome badge. */
import { Building2, ClipboardCheck, Code2, FileCode2, Phone, Video, type LucideIcon } from 'lucide-react';
import type { InterviewKind, InterviewOutcome } from './interview-form-model';
import { kindLabels, outcomeLabels } from './interview-form-model';

const kindIcons: Record<InterviewKind, LucideIcon> = {
  call: Phone,
  video: Video,
  onsite: Building2,
  technical: Code2,
  take_home: FileCode2,
};

export function KindLabel({ kind, iconOnly = false }: { kind: InterviewKind; iconOnly?: boolean }) {
  const Icon = kindIcons[kind];
  if (iconOnly)
    return (
      <span className="kind-label" title={kindLabels[kind]}>
        <Icon size={13} aria-hidden="true" />
        <span className="visually-hidden">{kindLabels[kind]}</span>
      </span>
    );
  return (
    <span className="kind-label">
      <Icon size={13} aria-hidden="true" />
      {kindLabels[kind]}
    </span>
  );
}

/** "Prep 2/6" with a thin bar; green when everything is ticked. */
export function PrepPill({ done, total }: { done: number; total: number }) {
  if (total === 0) return null;
  const complete = done === total;
  return (
    <span
      className={`prep-pill${complete ? ' is-complete' : ''}`}
      role="img"
      title={`${done} of ${total} prep items done`}
      aria-label={`Prep ${done} of ${total} done`}
    >
      <ClipboardCheck size={12} aria-hidden="true" />
      <span aria-hidden="true">
        Prep {done}/{total}
      </span>
      <span className="prep-pill-bar" aria-hidden="true">
        <span style={{ width: `${Math.round((done / total) * 100)}%` }} />
      </span>
    </span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: InterviewOutcome }) {
  if (outcome === 'pending') return null;
  return <span className={`badge outcome-badge-${outcome}`}>{outcomeLabels[outcome]}</span>;
}
