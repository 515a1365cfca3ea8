/** The board with its loading, error and first-run states. */
import { Plus, SquareKanban } from 'lucide-react';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { Board } from './board';
import { hasFilters, type PipelineFilters } from './pipeline-filters';
import { PER_STAGE, pipelineKeys, useBoard } from './use-pipeline';

interface PipelineBoardViewProps {
  filters: PipelineFilters;
  now: number;
  onNew: () => void;
}

export function PipelineBoardView({ filters, now, onNew }: PipelineBoardViewProps) {
  const board = useBoard(filters);
  if (board.isPending) return <LoadingState label="Loading your pipeline…" />;
  if (board.isError && !board.data) {
    return <ErrorState title="Could not load your pipeline" error={board.error} onRetry={() => void board.refetch()} />;
  }
  const total = board.data.stages.reduce((sum, stage) => sum + stage.total, 0);
  if (total === 0 && !hasFilters(filters)) {
    return (
      <div className="state-panel pipeline-empty">
        <span className="empty-icon" aria-hidden="true">
          <SquareKanban size={20} />
        </span>
        <h2>Your pipeline is empty</h2>
        <p>
          Add the gigs you are chasing — leads, applications, proposals — and move them from stage to stage as they
          progress. Gigline shows how long each has waited and when to follow up.
        </p>
        <div className="state-panel-actions">
          <button type="button" className="button button-primary" onClick={onNew}>
            <Plus size={14} aria-hidden="true" />
            New gig
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      {total === 0 ? (
        <p className="pipeline-note" role="status">
          No gigs match these filters.
        </p>
      ) : null}
      <Board board={board.data} boardKey={pipelineKeys.board(filters)} perStage={PER_STAGE} now={now} />
    </>
  );
}
