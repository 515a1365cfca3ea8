/** Name, kind and archive state of a client, with Edit, Archive/Unarchive and Delete. */
import { Archive, ArchiveRestore, Building2, Pencil, Trash2, UserRound } from 'lucide-react';
import type { ClientDetail } from '../../../../electron/contract';
import { formatDate } from '../../components/format';
import { ClientAvatar } from './client-avatar';

interface ClientDetailHeaderProps {
  client: ClientDetail;
  busy: boolean;
  onEdit: () => void;
  onArchive: () => void;
  onUnarchive: () => void;
  onDelete: () => void;
}

export function ClientDetailHeader({
  client,
  busy,
  onEdit,
  onArchive,
  onUnarchive,
  onDelete,
}: ClientDetailHeaderProps) {
  const archived = client.archivedAt !== null;
  return (
    <header className="detail-header">
      <ClientAvatar name={client.name} kind={client.kind} size="lg" />
      <div className="detail-title">
        <h2 id="client-detail-title">{client.name}</h2>
        <p className="detail-subtitle">
          {client.kind === 'company' ? (
            <Building2 size={13} aria-hidden="true" />
          ) : (
            <UserRound size={13} aria-hidden="true" />
          )}
          <span>{client.kind === 'company' ? 'Company' : 'Individual'}</span>
          {archived && client.archivedAt !== null ? (
            <span className="badge badge-warning">Archived {formatDate(client.archivedAt)}</span>
          ) : null}
        </p>
      </div>
      <div className="detail-actions">
        <button type="button" className="button" onClick={onEdit}>
          <Pencil size={14} aria-hidden="true" />
          Edit
        </button>
        {archived ? (
          <button type="button" className="button" onClick={onUnarchive} aria-busy={busy}>
            <ArchiveRestore size={14} aria-hidden="true" />
            Unarchive
          </button>
        ) : (
          <button type="button" className="button" onClick={onArchive}>
            <Archive size={14} aria-hidden="true" />
            Archive
          </button>
        )}
        <button type="button" className="button button-ghost-danger" onClick={onDelete}>
          <Trash2 size={14} aria-hidden="true" />
          Delete
        </button>
      </div>
    </header>
  );
}
