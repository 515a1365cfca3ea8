import { Archive, Users } from 'lucide-react';
import type { ClientSummary } from '../../../../electron/contract';
import { ClientAvatar } from './client-avatar';

export const optionId = (clientId: number) => `client-option-${clientId}`;
const MAX_TAGS = 2;

interface ClientRowProps {
  client: ClientSummary;
  selected: boolean;
  active: boolean;
  position: number;
  setSize: number;
  onOpen: () => void;
}

/** One client in the list; named by its name alone, with the details as its description. */
export function ClientRow({ client, selected, active, position, setSize, onOpen }: ClientRowProps) {
  const id = optionId(client.id);
  const secondary = [client.email, client.location].filter(Boolean).join(' · ');
  const extraTags = client.tags.length - MAX_TAGS;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-details`}
      className={`client-row${active ? ' is-active' : ''}`}
      onClick={onOpen}
    >
      <ClientAvatar name={client.name} kind={client.kind} />
      <div className="client-row-main">
        <div className="client-row-top">
          <span id={`${id}-name`} className="client-row-name">
            {client.name}
          </span>
          {client.archivedAt !== null ? (
            <span className="badge">
              <Archive size={11} aria-hidden="true" />
              Archived
            </span>
          ) : null}
          <span className="client-row-tags">
            {client.tags.slice(0, MAX_TAGS).map((tag) => (
              <span key={tag} className="chip chip-sm">
                <span>{tag}</span>
              </span>
            ))}
            {extraTags > 0 ? <span className="chip chip-sm">+{extraTags}</span> : null}
          </span>
        </div>
        <div id={`${id}-details`} className="client-row-details">
          <span className="client-row-secondary">
            {secondary || (client.kind === 'company' ? 'Company' : 'Individual')}
          </span>
          {client.contactCount > 0 ? (
            <span className="client-row-count" title={`${client.contactCount} contacts`}>
              <Users size={12} aria-hidden="true" />
              <span className="visually-hidden">Contacts:</span>
              {client.contactCount}
            </span>
          ) : null}
        </div>
      </div>
    </div>
  );
}
