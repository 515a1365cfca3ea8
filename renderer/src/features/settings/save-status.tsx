/** "Saving…" / "Saved" / the error, beside a settings section's heading; announced politely. */
import { CircleAlert, CircleCheck, LoaderCircle } from 'lucide-react';
import type { SaveState } from './use-settings-saver';

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span className={`save-status save-status-${state.kind}`} role="status">
      {state.kind === 'saving' ? (
        <>
          <LoaderCircle size={13} className="spinner" aria-hidden="true" />
          Saving…
        </>
      ) : state.kind === 'saved' ? (
        <>
          <CircleCheck size={13} aria-hidden="true" />
          Saved
        </>
      ) : state.kind === 'error' ? (
        <>
          <CircleAlert size={13} aria-hidden="true" />
          Not saved: {state.message}
        </>
      ) : null}
    </span>
  );
}
