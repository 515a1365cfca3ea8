/** The right-hand pane: one client with its details, contacts and work, and the confirmations for its actions. */
import { ArrowLeft, SearchX } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ClientDetail as ClientDetailDto } from '../../../../electron/contract';
import { errorMessage, isApiError } from '../../api/api-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate, formatRelative } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { ClientDetailHeader } from './client-detail-header';
import { ClientInfo } from './client-info';
import { ClientWork } from './client-work';
import { ContactsSection } from './contacts-section';
import { DeleteClientDialog } from './delete-client-dialog';
import { useClient, useSetClientArchived } from './use-clients';

interface ClientDetailProps {
  clientId: number;
  onEdit: (client: ClientDetailDto) => void;
  onDeleted: () => void;
}

type Confirming = 'archive' | 'delete' | null;

export function ClientDetail({ clientId, onEdit, onDeleted }: ClientDetailProps) {
  const query = useClient(clientId);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const setArchived = useSetClientArchived();
  const toast = useToast();
  const client = query.data;
  useDocumentTitle(client?.name, 'Clients');

  if (query.isPending) return <LoadingState label="Loading client…" />;
  if (query.isError || !client) {
    if (isApiError(query.error) && query.error.code === 'NOT_FOUND') {
      return (
        <div className="state-panel">
          <span className="empty-icon" aria-hidden="true">
            <SearchX size={20} />
          </span>
          <h2>This client no longer exists</h2>
          <p>It may have been deleted in another window.</p>
          <Link href="/clients" className="button">
            <ArrowLeft size={14} aria-hidden="true" />
            Back to clients
          </Link>
        </div>
      );
    }
    return <ErrorState title="Could not load this client" error={query.error} onRetry={() => void query.refetch()} />;
  }

  const unarchive = async () => {
    // Not disabled while pending: a disabled button would drop keyboard focus to the page.
    if (setArchived.isPending) return;
    try {
      await setArchived.mutateAsync({ id: client.id, archived: false });
      toast.success(`${client.name} is active again`);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <article className="client-detail" aria-labelledby="client-detail-title">
      <Link href="/clients" className="detail-back">
        <ArrowLeft size={14} aria-hidden="true" />
        All clients
      </Link>
      <ClientDetailHeader
        client={client}
        busy={setArchived.isPending}
        onEdit={() => onEdit(client)}
        onArchive={() => setConfirming('archive')}
        onUnarchive={() => void unarchive()}
        onDelete={() => setConfirming('delete')}
      />
      <div className="detail-body">
        <ClientInfo client={client} />
        <ContactsSection client={client} />
        <ClientWork client={client} />
        <p className="detail-meta">
          Added {formatDate(client.createdAt)} · Updated {formatRelative(client.updatedAt)}
        </p>
      </div>

      {confirming === 'archive' ? (
        <ConfirmDialog
          title={`Archive ${client.name}?`}
          confirmLabel="Archive client"
          onClose={() => setConfirming(null)}
          onConfirm={async () => {
            await setArchived.mutateAsync({ id: client.id, archived: true });
            toast.success(`Archived ${client.name}`);
          }}
        >
          <p>
            {client.name} moves out of your active list. Its contacts, notes and gigs stay as they are, and you can
            unarchive it at any time.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirming === 'delete' ? (
        <DeleteClientDialog client={client} onClose={() => setConfirming(null)} onDeleted={onDeleted} />
      ) : null}
    </article>
  );
}
