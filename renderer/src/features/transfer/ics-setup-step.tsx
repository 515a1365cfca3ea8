/**
 * Step 2 for a calendar file: the gig the interviews belong to (the core's suggestions first, with why,
 * or any gig through the gig picker), which events to import, and whether the organiser becomes a contact.
 */
import { useState } from 'react';
import { PREVIEW_ROWS, type ImportPreview } from '../../../../electron/contract';
import { EntityPicker } from '../gigs/entity-picker';
import { gigPickerKey, searchGigs } from '../interviews/record-search';
import { MAX_CHOSEN_EVENTS, plural, type ImportSetup } from './import-model';

type IcsInfo = NonNullable<ImportPreview['ics']>;
type IcsEvent = IcsInfo['events'][number];

/** More than a handful of guesses is no help: the picker finds any other gig. */
const MAX_SUGGESTIONS = 5;

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function eventWhen(event: IcsEvent): string {
  if (event.startsAt === null) return 'No start time';
  const minutes = event.durationMinutes ? ` · ${event.durationMinutes} min` : '';
  return `${whenFormat.format(event.startsAt)}${minutes}`;
}

function eventPeople(event: IcsEvent): string | null {
  const organiser = event.organizer?.name ?? event.organizer?.email;
  return organiser ? `Organiser: ${organiser}` : null;
}

function GigPicker({ label, setup, onSetup }: { label?: string } & Omit<IcsSetupStepProps, 'ics'>) {
  return (
    <div className="import-gig-picker">
      <EntityPicker
        id="import-ics-gig-picker"
        {...(label ? { 'aria-label': label } : {})}
        value={setup.gig}
        onChange={(gig) => onSetup({ gig: gig ? { id: gig.id, name: gig.name } : null })}
        queryKey={gigPickerKey}
        fetchOptions={searchGigs}
        placeholder="Search your gigs by title or client"
      />
    </div>
  );
}

interface IcsSetupStepProps {
  ics: IcsInfo;
  setup: ImportSetup;
  onSetup: (patch: Partial<ImportSetup>) => void;
}

export function IcsSetupStep({ ics, setup, onSetup }: IcsSetupStepProps) {
  const suggested = ics.suggestedGigs.slice(0, MAX_SUGGESTIONS);
  const isSuggested = (id: number | undefined) => suggested.some((gig) => gig.id === id);
  const [other, setOther] = useState(setup.gig !== null && !isSuggested(setup.gig.id));
  const excluded = new Set(setup.excludedEvents);
  const shown = ics.events.slice(0, PREVIEW_ROWS);
  const chosenCount = ics.events.length - excluded.size;
  const hasOrganiser = ics.events.some((event) => event.organizer?.email);

  const toggleEvent = (index: number, checked: boolean) => {
    const next = new Set(excluded);
    if (checked) next.delete(index);
    else next.add(index);
    onSetup({ excludedEvents: [...next].sort((a, b) => a - b) });
  };

  return (
    <div className="import-step">
      {suggested.length ? (
        <fieldset className="import-choice">
          <legend className="field-label">Which gig are these interviews for?</legend>
          {suggested.map((gig) => (
            <label key={gig.id} className="check-option import-gig-option">
              <input
                type="radio"
                name="import-ics-gig"
                checked={!other && setup.gig?.id === gig.id}
                onChange={() => {
                  setOther(false);
                  onSetup({ gig: { id: gig.id, name: `${gig.title} · ${gig.clientName}` } });
                }}
              />
              <span>
                <span className="import-gig-title">
                  {gig.title} · {gig.clientName}
                </span>
                <span className="field-hint">{gig.reason}</span>
              </span>
            </label>
          ))}
          <label className="check-option">
            <input
              type="radio"
              name="import-ics-gig"
              checked={other}
              onChange={() => {
                setOther(true);
                if (isSuggested(setup.gig?.id)) onSetup({ gig: null });
              }}
            />
            <span>Another gig</span>
          </label>
          {other ? <GigPicker label="Another gig" setup={setup} onSetup={onSetup} /> : null}
        </fieldset>
      ) : (
        <div className="field">
          <label className="field-label" htmlFor="import-ics-gig-picker">
            Which gig are these interviews for?
          </label>
          <GigPicker setup={setup} onSetup={onSetup} />
        </div>
      )}

      <fieldset className="import-choice">
        <legend className="field-label">
          Events to import{' '}
          <span className="field-optional">
            {chosenCount.toLocaleString()} of {plural(ics.events.length, 'event', 'events')} chosen
          </span>
        </legend>
        {ics.events.length > 1 ? (
          <div className="import-events-actions">
            <button
              type="button"
              className="button button-ghost button-sm"
              disabled={excluded.size === 0}
              onClick={() => onSetup({ excludedEvents: [] })}
            >
              Choose all
            </button>
            <button
              type="button"
              className="button button-ghost button-sm"
              disabled={chosenCount === 0}
              onClick={() => onSetup({ excludedEvents: ics.events.map((event) => event.index) })}
            >
              Choose none
            </button>
          </div>
        ) : null}
        <ul className="import-events">
          {shown.map((event) => (
            <li key={event.index}>
              <label className="check-option import-event">
                <input
                  type="checkbox"
                  checked={!excluded.has(event.index)}
                  onChange={(change) => toggleEvent(event.index, change.target.checked)}
                />
                <span>
                  <span className="import-event-title">{event.summary || `Event ${event.index}`}</span>
                  <span className="field-hint">
                    {[eventWhen(event), event.timeZone, eventPeople(event)].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {ics.events.length > shown.length ? (
          <p className="field-hint">
            The other {(ics.events.length - shown.length).toLocaleString()} events are imported too.
          </p>
        ) : null}
        {chosenCount === 0 ? <p className="field-error">Choose at least one event.</p> : null}
        {excluded.size > 0 && chosenCount > MAX_CHOSEN_EVENTS ? (
          <p className="field-error">Choose at most {MAX_CHOSEN_EVENTS} events one by one, or import all of them.</p>
        ) : null}
      </fieldset>

      <label className="check-option">
        <input
          type="checkbox"
          checked={setup.organizerAsContact}
          onChange={(event) => onSetup({ organizerAsContact: event.target.checked })}
        />
        <span>
          Add the organiser as a contact of the gig’s client
          {hasOrganiser ? null : <span className="field-hint"> (this file names no organiser)</span>}
        </span>
      </label>
    </div>
  );
}
