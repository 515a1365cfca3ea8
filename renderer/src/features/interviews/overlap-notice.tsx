/** The warning on an interview whose time overlaps others, with a link to each of them. */
import { useQueries } from '@tanstack/react-query';
import { TriangleAlert } from 'lucide-react';
import { Link } from 'wouter';
import type { InterviewDetail } from '../../../../electron/contract';
import { call } from '../../api/client';
import { dateKeyIn, dayLabel, formatTime, userTimeZone } from '../agenda/time-text';
import { useNow } from '../agenda/use-now';
import { interviewKeys } from './use-interviews';

export function OverlapNotice({ interview }: { interview: InterviewDetail }) {
  const others = useQueries({
    queries: interview.overlapsWith.map((id) => ({
      queryKey: interviewKeys.detail(id),
      queryFn: () => call('interviews.get', { id }),
    })),
  });
  const now = useNow();
  if (interview.overlapsWith.length === 0) return null;
  const zone = userTimeZone();
  const today = dateKeyIn(now, zone);
  return (
    <div className="overlap-notice" role="note" aria-label="Overlapping interviews">
      <TriangleAlert size={16} aria-hidden="true" />
      <div>
        <p className="overlap-title">
          Overlaps with{' '}
          {interview.overlapsWith.length === 1
            ? 'another interview'
            : `${interview.overlapsWith.length} other interviews`}
        </p>
        <ul>
          {interview.overlapsWith.map((id, index) => {
            const other = others[index]?.data;
            return (
              <li key={id}>
                <Link href={`/interviews/${id}`}>
                  {other
                    ? `${other.gigTitle} · ${other.clientName}, ${dayLabel(dateKeyIn(other.startsAt, zone), today)} ${formatTime(other.startsAt, zone)}`
                    : `Interview #${id}`}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
