import { CircleAlert, LoaderCircle, RotateCw } from 'lucide-react';
import { errorMessage } from '../api/api-error';

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state-panel" role="status">
      <LoaderCircle size={20} className="spinner muted" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}

export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <div className="state-panel" role="alert">
      <span className="empty-icon empty-icon-danger" aria-hidden="true">
        <CircleAlert size={20} />
      </span>
      <h2>{title}</h2>
      <p>{errorMessage(error)}</p>
      <div className="state-panel-actions">
        <button type="button" className="button" onClick={onRetry}>
          <RotateCw size={14} aria-hidden="true" />
          Try again
        </button>
      </div>
    </div>
  );
}
