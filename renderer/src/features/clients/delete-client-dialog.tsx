/**
 * Deleting a client. Without gigs it is a plain confirmation; with gigs it offers the two honest choices —
 * archive the client (nothing is lost) or delete it together with its gigs, interviews and deadlines in
 * one transaction — and shows the core's message if it still refuses (e.g. a gig was added meanwhile).
 */
import { CircleAlert, LoaderCircle } from 'lucide-react';
import { useId, useState } from 'react';
import type { ClientDetail } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Dialog } from '../../components/dialog';
import { useToast } from '../../components/toast';
import { plural } from '../gigs/gig-labels';
import { useDeleteClient, useSetClientArchived } from './use-clients';

interface DeleteClientDialogProps {
  client: ClientDetail;
  onClose: () => void;
  onDeleted: () => void;
}

function contactsPart(client: ClientDetail): string {
  return client.contacts.length
    ? ` and ${client.contacts.length === 1 ? 'its contact' : `its ${plural(client.contacts.length, 'contact')}`}`
    : '';
}

export function DeleteClientDialog({ client, onClose, onDeleted }: DeleteClientDialogProps) {
  const remove = useDeleteClient();
  const setArchived = useSetClientArchived();
  const toast = useToast();
  const cancelId = useId();
  const [pending, setPending] = useState<'archive' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ownGigs = client.gigs.filter((gig) => gig.clientId === client.id).length;

  if (ownGigs === 0) {
    return (
      <ConfirmDialog
        title={`Delete ${client.name}?`}
        confirmLabel="Delete client"
        destructive
        onClose={onClose}
        onConfirm={async () => {
          await remove.mutateAsync({ id: client.id });
          toast.success(`Deleted ${client.name}`);
          onDeleted();
        }}
      >
        <p>
          This permanently deletes {client.name}
          {contactsPart(client)}. It cannot be undone.
        </p>
        <p className="muted">If you might work with them again, archive the client instead.</p>
      </ConfirmDialog>
    );
  }

  const run = async (choice: 'archive' | 'delete') => {
    setPending(choice);
    setError(null);
    try {
      if (choice === 'archive') {
        await setArchived.mutateAsync({ id: client.id, archived: true });
        toast.success(`Archived ${client.name}`);
        onClose();
      } else {
        await remove.mutateAsync({ id: client.id, deleteGigs: true });
        toast.success(`Deleted ${client.name} and ${plural(ownGigs, 'gig')}`);
        onClose();
        onDeleted();
      }
    } catch (caught) {
      setError(errorMessage(caught));
      setPending(null);
    }
  };

  const gigs = plural(ownGigs, 'gig');
  return (
    <Dialog
      title={`Delete ${client.name}?`}
      size="md"
      role="alertdialog"
      onClose={onClose}
      initialFocusId={cancelId}
      footer={
        <>
          <button id={cancelId} type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {client.archivedAt === null ? (
            <button type="button" className="button" disabled={pending !== null} onClick={() => void run('archive')}>
              {pending === 'archive' ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
              Archive instead
            </button>
          ) : null}
          <button
            type="button"
            className="button button-danger"
            disabled={pending !== null}
            onClick={() => void run('delete')}
          >
            {pending === 'delete' ? <LoaderCircle size={14} className="spinner" aria-hidden="true" /> : null}
            Delete client and its {gigs}
          </button>
        </>
      }
    >
      <div className="confirm-body">
        <p>
          {client.name} has {gigs}. Deleting the client also deletes {ownGigs === 1 ? 'that gig' : 'those gigs'} with
          their interviews, deadlines, questions and history{contactsPart(client)}. It cannot be undone.
        </p>
        <p className="muted">
          {client.archivedAt === null
            ? 'Archiving keeps everything and moves the client out of your active lists.'
            : 'The client is already archived, which keeps everything out of your active lists.'}
        </p>
      </div>
      {error ? (
        <p className="alert" role="alert">
          <CircleAlert size={15} aria-hidden="true" />
          <span>{error}</span>
        </p>
      ) : null}
    </Dialog>
  );
}
