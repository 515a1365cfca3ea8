/**
 * The rates of a gig and how they were negotiated: asked → countered → revised → agreed, with dates and
 * notes. Adding an "asked" or "revised" step sets the proposed rate, an "agreed" step the agreed rate.
 */
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { GigDetail, RateEvent } from '../../../../electron/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../components/format';
import { useToast } from '../../components/toast';
import { rateKindLabels } from './gig-labels';
import { formatRate } from './money-input';
import { RateStepForm } from './rate-step-form';
import { useRateEventMutations } from './use-gig';

function RateFigure({ label, minor, gig }: { label: string; minor: number | null; gig: GigDetail }) {
  return (
    <div className="rate-figure">
      <dt>{label}</dt>
      <dd>
        {minor !== null && gig.currency ? (
          formatRate(minor, gig.currency, gig.rateUnit)
        ) : (
          <span className="muted">—</span>
        )}
      </dd>
    </div>
  );
}

export function RateTrail({ gig }: { gig: GigDetail }) {
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<RateEvent | null>(null);
  const { remove } = useRateEventMutations();
  const toast = useToast();
  const budget = gig.budgetMinor !== null && gig.currency ? formatRate(gig.budgetMinor, gig.currency, null) : null;
  return (
    <section className="detail-section" aria-labelledby="gig-rates-title">
      <div className="detail-section-header">
        <h3 id="gig-rates-title">Rates</h3>
        {adding ? null : (
          <button type="button" className="button button-sm" onClick={() => setAdding(true)}>
            <Plus size={14} aria-hidden="true" />
            Add rate step
          </button>
        )}
      </div>
      <dl className="rate-figures">
        <RateFigure label="Proposed" minor={gig.proposedRateMinor} gig={gig} />
        <RateFigure label="Agreed" minor={gig.agreedRateMinor} gig={gig} />
        {budget ? (
          <div className="rate-figure">
            <dt>Budget</dt>
            <dd>{budget}</dd>
          </div>
        ) : null}
        {gig.estimatedHours !== null ? (
          <div className="rate-figure">
            <dt>Estimate</dt>
            <dd>{gig.estimatedHours.toLocaleString()} h</dd>
          </div>
        ) : null}
      </dl>
      {gig.rateEvents.length ? (
        <ol className="rate-trail" aria-label="Rate trail">
          {gig.rateEvents.map((event) => (
            <li key={event.id} className={`rate-step kind-${event.kind}`}>
              <span className="rate-step-dot" aria-hidden="true" />
              <div className="rate-step-main">
                <p>
                  <span className="rate-step-kind">{rateKindLabels[event.kind]}</span>{' '}
                  <strong className="rate-step-amount">
                    {formatRate(event.amountMinor, event.currency, event.unit)}
                  </strong>
                  <span className="muted"> · {formatDate(event.occurredAt)}</span>
                </p>
                {event.note ? <p className="rate-step-note">{event.note}</p> : null}
              </div>
              <button
                type="button"
                className="icon-button icon-button-danger"
                aria-label={`Delete rate step ${rateKindLabels[event.kind]} ${formatRate(event.amountMinor, event.currency, event.unit)}`}
                onClick={() => setDeleting(event)}
              >
                <Trash2 size={13} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      ) : adding ? null : (
        <p className="detail-empty">
          No negotiation logged. Add what you asked, what they countered and what you agreed to see how rates move.
        </p>
      )}
      {adding ? <RateStepForm gig={gig} onDone={() => setAdding(false)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete this rate step?"
          confirmLabel="Delete step"
          destructive
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await remove.mutateAsync(deleting.id);
            toast.success('Deleted the rate step');
          }}
        >
          <p>
            {rateKindLabels[deleting.kind]} {formatRate(deleting.amountMinor, deleting.currency, deleting.unit)} on{' '}
            {formatDate(deleting.occurredAt)} leaves the trail. The gig’s proposed and agreed rates stay as they are.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
