/** The client's details, tags and notes in the detail view. */
import { Clock, Globe, Link2, Mail, MapPin, Phone } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ClientDetail } from '../../../../electron/contract';
import { ExternalLink } from '../../components/external-link';
import { displayUrl, safeHttpUrl } from '../../components/format';
import { localTimeIn } from './time-zone-options';

function InfoRow({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>
        {icon}
        <span>{label}</span>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function LinkOrText({ value }: { value: string }) {
  const href = safeHttpUrl(value);
  return href ? <ExternalLink href={href}>{displayUrl(href)}</ExternalLink> : <span>{value}</span>;
}

export function ClientInfo({ client }: { client: ClientDetail }) {
  const iconProps = { size: 14, 'aria-hidden': true } as const;
  const localTime = client.timeZone ? localTimeIn(client.timeZone) : null;
  const rows = [
    client.email && (
      <InfoRow key="email" icon={<Mail {...iconProps} />} label="Email">
        <a href={`mailto:${client.email}`} target="_blank" rel="noreferrer">
          {client.email}
        </a>
      </InfoRow>
    ),
    client.phone && (
      <InfoRow key="phone" icon={<Phone {...iconProps} />} label="Phone">
        <span className="selectable">{client.phone}</span>
      </InfoRow>
    ),
    client.website && (
      <InfoRow key="website" icon={<Globe {...iconProps} />} label="Website">
        <LinkOrText value={client.website} />
      </InfoRow>
    ),
    client.linkedin && (
      <InfoRow key="linkedin" icon={<Link2 {...iconProps} />} label="LinkedIn">
        <LinkOrText value={client.linkedin} />
      </InfoRow>
    ),
    client.location && (
      <InfoRow key="location" icon={<MapPin {...iconProps} />} label="Location">
        {client.location}
      </InfoRow>
    ),
    client.timeZone && (
      <InfoRow key="zone" icon={<Clock {...iconProps} />} label="Time zone">
        {client.timeZone}
        {localTime ? <span className="muted"> · {localTime} there now</span> : null}
      </InfoRow>
    ),
  ].filter(Boolean);

  return (
    <>
      <section className="detail-section" aria-labelledby="client-details-title">
        <h3 id="client-details-title">Details</h3>
        {rows.length ? (
          <dl className="detail-list">{rows}</dl>
        ) : (
          <p className="detail-empty">No email, phone or links yet. Use Edit to add them.</p>
        )}
      </section>
      <section className="detail-section" aria-labelledby="client-tags-title">
        <h3 id="client-tags-title">Tags</h3>
        {client.tags.length ? (
          <ul className="chip-list" aria-label="Tags">
            {client.tags.map((tag) => (
              <li key={tag} className="chip">
                <span>{tag}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="detail-empty">No tags.</p>
        )}
      </section>
      <section className="detail-section" aria-labelledby="client-notes-title">
        <h3 id="client-notes-title">Notes</h3>
        {client.notes.trim() ? (
          <p className="notes-text">{client.notes}</p>
        ) : (
          <p className="detail-empty">No notes yet.</p>
        )}
      </section>
    </>
  );
}
