/** One stage of the board: its header (name, kind, count), its cards as a sortable drop zone, and "N more". */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ArrowRight } from 'lucide-react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { Link } from 'wouter';
import type { GigSummary } from '../../../../electron/contract';
import { stageKindLabels } from '../gigs/gig-labels';
import type { BoardStage } from './board-moves';
import { GigCard } from './gig-card';

export const columnDropId = (stageId: number) => `stage-${stageId}`;

interface BoardColumnProps {
  stage: BoardStage;
  cards: GigSummary[];
  now: number;
  tabbableId: number | null;
  onCardKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, gig: GigSummary) => void;
  onCardFocus: (id: number) => void;
  onCardClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export function BoardColumn(props: BoardColumnProps) {
  const { stage, cards, now, tabbableId, onCardKeyDown, onCardFocus, onCardClick } = props;
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage.id), data: { stageId: stage.id } });
  const hidden = Math.max(0, stage.total - cards.length);
  const headingId = `board-column-${stage.id}`;
  return (
    <section className={`board-column kind-${stage.kind}`} aria-labelledby={headingId} data-stage-id={stage.id}>
      <header className="board-column-header">
        <span className="stage-dot" aria-hidden="true" />
        <h2 id={headingId} className="board-column-title">
          {stage.name}
        </h2>
        {stage.kind !== 'open' ? <span className="badge stage-kind">{stageKindLabels[stage.kind]}</span> : null}
        <span className="board-column-count" aria-label={`${stage.total} gigs`}>
          {stage.total.toLocaleString()}
        </span>
      </header>
      <SortableContext
        id={columnDropId(stage.id)}
        items={cards.map((gig) => gig.id)}
        strategy={verticalListSortingStrategy}
      >
        <ul
          ref={setNodeRef}
          className={isOver ? 'board-cards is-over' : 'board-cards'}
          aria-label={`${stage.name}: ${stage.total === 1 ? '1 gig' : `${stage.total} gigs`}`}
        >
          {cards.map((gig) => (
            <GigCard
              key={gig.id}
              gig={gig}
              stage={stage}
              now={now}
              tabbable={gig.id === tabbableId}
              onKeyDown={onCardKeyDown}
              onFocus={onCardFocus}
              onClick={onCardClick}
            />
          ))}
          {cards.length === 0 ? <li className="board-empty">No gigs here. Drag a card in.</li> : null}
        </ul>
      </SortableContext>
      {hidden > 0 ? (
        <Link href={`/pipeline/table?stage=${stage.id}`} className="board-more">
          {hidden.toLocaleString()} more — show in table
          <ArrowRight size={13} aria-hidden="true" />
        </Link>
      ) : null}
    </section>
  );
}
