/** The gig's title, client (and agency), a stage select that moves it, Edit/Archive/Delete, and its status line. */
import { Archive, ArchiveRestore, ArrowLeft, Hourglass, MessageCircle, Pencil, Trash2 } from 'lucide-react';
import { Link } from 'wouter';
import type { GigDetail, Stage } from '../../../../electron/contract';
import { formatDate, formatRelative } from '../../components/format';
import { daysInStage, isStale, staleAfterDays } from '../pipeline/time-in-stage';

interface GigHeaderProps {
  gig: GigDetail;
  stages: readonly Stage[];
  now: number;
  moving: boolean;
  onStage: (stageId: number) => void;
  onEdit: () => void;
  onArchive: () => void;
  onUnarchive: () => void;
  onDelete: () => void;
}

function stageDuration(gig: GigDetail, now: number): string {
  const days = daysInStage(gig.stageEnteredAt, now);
  if (days === 0) return `Moved to ${gig.stageName} today`;
  return `${days === 1 ? '1 day' : `${days.toLocaleString()} days`} in ${gig.stageName}`;
}

export function GigHeader(props: GigHeaderProps) {
  const { gig, stages, now, moving, onStage, onEdit, onArchive, onUnarchive, onDelete } = props;
  const stage = stages.find((s) => s.id === gig.stageId) ?? { kind: gig.stageKind, followUpDays: null };
  const stale = isStale(stage, gig.stageEnteredAt, now);
  const archived = gig.archivedAt !== null;
  return (
    <>
      <Link href="/pipeline" className="gig-back">
        <ArrowLeft size={14} aria-hidden="true" />
        Pipeline
      </Link>
      <header className="gig-header">
        <div className="gig-title-block">
          <h1 id="gig-title">{gig.title}</h1>
          <p className="gig-subtitle">
            <Link href={`/clients/${gig.clientId}`}>{gig.clientName}</Link>
            {gig.agency ? (
              <>
                <span className="muted"> via </span>
                <Link href={`/clients/${gig.agency.id}`}>{gig.agency.name}</Link>
              </>
            ) : null}
            {archived && gig.archivedAt !== null ? (
              <span className="badge badge-warning">Archived {formatDate(gig.archivedAt)}</span>
            ) : null}
          </p>
        </div>
        <div className="gig-actions">
          <label className="gig-stage-select">
            <span className="field-label">Stage</span>
            <select
              className="select select-sm"
              value={gig.stageId}
              aria-busy={moving}
              onChange={(event) => onStage(Number(event.target.value))}
            >
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button-sm" onClick={onEdit}>
            <Pencil size={14} aria-hidden="true" />
            Edit
          </button>
          {archived ? (
            <button type="button" className="button button-sm" onClick={onUnarchive}>
              <ArchiveRestore size={14} aria-hidden="true" />
              Unarchive
            </button>
          ) : (
            <button type="button" className="button button-sm" onClick={onArchive}>
              <Archive size={14} aria-hidden="true" />
              Archive
            </button>
          )}
          <button type="button" className="button button-ghost-danger button-sm" onClick={onDelete}>
            <Trash2 size={14} aria-hidden="true" />
            Delete
          </button>
        </div>
      </header>
      <p className="gig-status">
        <span className={stale ? 'gig-status-item is-stale' : 'gig-status-item'}>
          <Hourglass size={13} aria-hidden="true" />
          {stageDuration(gig, now)}
          {stale ? ` — over ${staleAfterDays(stage)} days, time to follow up` : ''}
        </span>
        <span className="gig-status-item">
          <MessageCircle size={13} aria-hidden="true" />
          {gig.lastContactAt !== null
            ? `Last contact ${formatRelative(gig.lastContactAt, now)}`
            : 'No contact logged yet'}
        </span>
      </p>
    </>
  );
}
