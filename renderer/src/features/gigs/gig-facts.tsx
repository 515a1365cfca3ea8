/** Key facts of a gig (where it came from, agency, dates, update cadence, tags), then requirements and notes. */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { GigDetail } from '../../../../electron/contract';
import { sourceLabels, weekdayName } from './gig-labels';

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const showDate = (iso: string) => dateOnly.format(Date.parse(`${iso}T00:00:00Z`));

function cadence(gig: GigDetail): string | null {
  if (gig.updateEveryDays !== null) {
    return gig.updateEveryDays === 1 ? 'Every day' : `Every ${gig.updateEveryDays} days`;
  }
  if (gig.updateWeekday !== null) return `Every ${weekdayName(gig.updateWeekday)}`;
  return null;
}

export function GigFacts({ gig }: { gig: GigDetail }) {
  const source = gig.source ? sourceLabels[gig.source] : null;
  const dates =
    gig.startDate || gig.endDate
      ? `${gig.startDate ? showDate(gig.startDate) : 'Open start'} – ${gig.endDate ? showDate(gig.endDate) : 'open end'}`
      : null;
  const rows: [string, ReactNode][] = [];
  if (source || gig.sourceDetail) rows.push(['Source', [source, gig.sourceDetail].filter(Boolean).join(' · ')]);
  if (gig.referrerContact) rows.push(['Referred by', `${gig.referrerContact.name} (contact)`]);
  if (gig.referrerClient) {
    rows.push(['Referred by', <Link href={`/clients/${gig.referrerClient.id}`}>{gig.referrerClient.name}</Link>]);
  }
  if (gig.agency) rows.push(['Agency', <Link href={`/clients/${gig.agency.id}`}>{gig.agency.name}</Link>]);
  if (dates) rows.push(['Dates', dates]);
  const updates = cadence(gig);
  if (updates) rows.push(['Client updates', updates]);

  return (
    <>
      <section className="detail-section" aria-labelledby="gig-facts-title">
        <h3 id="gig-facts-title">Key facts</h3>
        {rows.length ? (
          <dl className="detail-list">
            {rows.map(([label, value]) => (
              <div key={label} className="detail-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="detail-empty">No source, dates or agency recorded. Use Edit to add them.</p>
        )}
        {gig.tags.length ? (
          <ul className="chip-list gig-tags" aria-label="Tags">
            {gig.tags.map((tag) => (
              <li key={tag} className="chip">
                <span>{tag}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="detail-section" aria-labelledby="gig-requirements-title">
        <h3 id="gig-requirements-title">Requirements</h3>
        {gig.requirements.trim() ? (
          <p className="notes-text">{gig.requirements}</p>
        ) : (
          <p className="detail-empty">Write down what they need in your own words — it shows you understood.</p>
        )}
      </section>
      {gig.notes.trim() ? (
        <section className="detail-section" aria-labelledby="gig-notes-title">
          <h3 id="gig-notes-title">Notes</h3>
          <p className="notes-text">{gig.notes}</p>
        </section>
      ) : null}
    </>
  );
}
