/** The client's contacts: listed with their links, added, edited and deleted (with confirmation). */
import { Link2, Mail, Pencil, Phone, Plus, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import type { ClientDetail, Contact } from '../../../../electron/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ExternalLink } from '../../components/external-link';
import { displayUrl, safeHttpUrl } from '../../components/format';
import { useToast } from '../../components/toast';
import { ClientAvatar } from './client-avatar';
import { ContactFormDialog } from './contact-form-dialog';
import { useDeleteContact } from './use-clients';

type Editing = { contact: Contact | null } | null;

function ContactCard({ contact, onEdit, onDelete }: { contact: Contact; onEdit: () => void; onDelete: () => void }) {
  const linkedin = safeHttpUrl(contact.linkedin);
  return (
    <li className="contact-card" aria-label={contact.name}>
      <ClientAvatar name={contact.name} kind="individual" />
      <div className="contact-card-main">
        <div className="contact-card-top">
          <span className="contact-name">{contact.name}</span>
          {contact.role ? <span className="badge">{contact.role}</span> : null}
        </div>
        <div className="contact-links">
          {contact.email ? (
            <a href={`mailto:${contact.email}`} target="_blank" rel="noreferrer">
              <Mail size={13} aria-hidden="true" />
              {contact.email}
            </a>
          ) : null}
          {contact.phone ? (
            <span className="selectable">
              <Phone size={13} aria-hidden="true" />
              {contact.phone}
            </span>
          ) : null}
          {linkedin ? (
            <span>
              <Link2 size={13} aria-hidden="true" />
              <ExternalLink href={linkedin}>{displayUrl(linkedin)}</ExternalLink>
            </span>
          ) : null}
        </div>
        {contact.notes ? <p className="contact-notes">{contact.notes}</p> : null}
      </div>
      <div className="contact-actions">
        <button type="button" className="icon-button" aria-label={`Edit contact ${contact.name}`} onClick={onEdit}>
          <Pencil size={14} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button icon-button-danger"
          aria-label={`Delete contact ${contact.name}`}
          onClick={onDelete}
        >
          <Trash2 size={14} aria-hidden="true" />
        </button>
      </div>
    </li>
  );
}

export function ContactsSection({ client }: { client: ClientDetail }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const remove = useDeleteContact();
  const toast = useToast();
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <section className="detail-section" aria-labelledby="client-contacts-title">
      <div className="detail-section-header">
        <h3 id="client-contacts-title">
          Contacts {client.contacts.length ? <span className="count">{client.contacts.length}</span> : null}
        </h3>
        <button
          ref={addButton}
          type="button"
          className="button button-sm"
          onClick={() => setEditing({ contact: null })}
        >
          <Plus size={14} aria-hidden="true" />
          Add contact
        </button>
      </div>
      {client.contacts.length ? (
        <ul className="contact-list" aria-label={`Contacts at ${client.name}`}>
          {client.contacts.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              onEdit={() => setEditing({ contact })}
              onDelete={() => setDeleting(contact)}
            />
          ))}
        </ul>
      ) : (
        <p className="detail-empty">
          No contacts yet. Add the people you deal with — the decision maker, the recruiter, whoever referred you.
        </p>
      )}

      {editing ? (
        <ContactFormDialog
          clientId={client.id}
          clientName={client.name}
          contact={editing.contact}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            toast.success(created ? `Added ${saved.name}` : `Saved ${saved.name}`);
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel="Delete contact"
          destructive
          onClose={() => setDeleting(null)}
          // The deleted card's button opened the dialog and is gone; land on "Add contact" instead of the page.
          focusAfterConfirm={() => addButton.current}
          onConfirm={async () => {
            await remove.mutateAsync(deleting.id);
            toast.success(`Deleted ${deleting.name}`);
          }}
        >
          <p>
            {deleting.name} will be removed from {client.name}’s contacts. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
