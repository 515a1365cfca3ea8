/**
 * The subscribable calendar file: on or off (settings.calendarFeed), where it is, when it was last
 * written, "Write it now" and "Copy path", and an optional other place for it (a synced folder, say).
 */
import { CircleAlert, Copy, LoaderCircle, RefreshCw } from 'lucide-react';
import { useRef, useState } from 'react';
import { CalendarFeedSettingsSchema } from '../../../../electron/contract';
import { errorMessage } from '../../api/api-error';
import { Field } from '../../components/field';
import { formatRelative } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/state-panels';
import { useToast } from '../../components/toast';
import { Toggle } from '../settings/setting-controls';
import { useSettings, useUpdateSettings } from '../settings/use-settings';
import { copyText } from '../../components/copy-text';
import { formatBytes } from './transfer-format';
import { useCalendarFeedStatus, useWriteCalendarFeed } from './use-transfer';

const pathSchema = CalendarFeedSettingsSchema.shape.path;

export function CalendarFeedPanel() {
  const settings = useSettings();
  const status = useCalendarFeedStatus();
  const update = useUpdateSettings();
  const write = useWriteCalendarFeed();
  const toast = useToast();
  const pathRef = useRef<HTMLElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (status.isPending || settings.isPending) return <LoadingState label="Reading the calendar file…" />;
  if (status.isError) {
    return (
      <ErrorState title="Could not read the calendar file" error={status.error} onRetry={() => void status.refetch()} />
    );
  }
  if (settings.isError) return null;
  const feed = status.data;
  const configured = settings.data.calendarFeed;

  const writeNow = () => {
    setProblem(null);
    write.mutateAsync().then(
      () => toast.success('Wrote the calendar file'),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  };

  const setEnabled = async (enabled: boolean): Promise<boolean> => {
    setProblem(null);
    try {
      await update.mutateAsync({ calendarFeed: { enabled } });
    } catch (error) {
      setProblem(errorMessage(error));
      return false;
    }
    if (enabled) writeNow();
    else void status.refetch();
    return true;
  };

  const copyPath = () => {
    void copyText(feed.path, pathRef.current).then((copied) => {
      if (copied) toast.success('Copied the calendar file’s path');
      else toast.error('Could not copy the path. It is selected now: press Ctrl+C (⌘C on a Mac) to copy it.');
    });
  };

  return (
    <div className="settings-card transfer-card">
      <h3 className="settings-card-title">Calendar subscription</h3>
      <Toggle
        id="calendar-feed-enabled"
        label="Keep a calendar file up to date"
        hint="Subscribe to it in Apple Calendar, Outlook or Thunderbird: Gigline rewrites it a moment after interviews or deadlines change (60 days back, 400 days ahead)."
        checked={configured.enabled}
        onChange={setEnabled}
      />
      <div className="transfer-feed-file">
        <div className="transfer-feed-text">
          <span className="transfer-feed-label" id="calendar-feed-path-label">
            Calendar file
          </span>
          <code ref={pathRef} className="mono selectable transfer-path" aria-labelledby="calendar-feed-path-label">
            {feed.path}
          </code>
          <span className="field-hint" role="status">
            {feed.exists && feed.writtenAt !== null
              ? `Last written ${formatRelative(feed.writtenAt)}${feed.sizeBytes !== null ? ` · ${formatBytes(feed.sizeBytes)}` : ''}`
              : 'Not written yet.'}
            {feed.enabled ? '' : feed.exists ? ' Not kept up to date while this is off.' : ''}
          </span>
        </div>
        <div className="transfer-feed-actions">
          <button type="button" className="button button-sm" onClick={writeNow} disabled={write.isPending}>
            {write.isPending ? (
              <LoaderCircle size={14} className="spinner" aria-hidden="true" />
            ) : (
              <RefreshCw size={14} aria-hidden="true" />
            )}
            Write it now
          </button>
          <button type="button" className="button button-sm" onClick={copyPath}>
            <Copy size={14} aria-hidden="true" />
            Copy path
          </button>
        </div>
      </div>
      {problem ? (
        <p className="alert" role="alert">
          <CircleAlert size={15} aria-hidden="true" />
          <span>{problem}</span>
        </p>
      ) : null}
      <FeedLocation
        key={configured.path ?? ''}
        path={configured.path}
        defaultPath={feed.defaultPath}
        onSave={async (path) => {
          await update.mutateAsync({ calendarFeed: { path } });
          await write.mutateAsync().catch((error: unknown) => setProblem(errorMessage(error)));
        }}
      />
    </div>
  );
}

interface FeedLocationProps {
  path: string | null;
  defaultPath: string;
  onSave: (path: string | null) => Promise<void>;
}

/** Another place for the file; empty means the default one in the data folder. */
function FeedLocation({ path, defaultPath, onSave }: FeedLocationProps) {
  const [draft, setDraft] = useState(path ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const next = draft.trim() === '' ? null : draft.trim();
  const save = (value: string | null) => {
    const parsed = pathSchema.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Choose a full path to a .ics file');
      return;
    }
    setError(undefined);
    setSaving(true);
    onSave(parsed.data)
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setSaving(false));
  };
  return (
    <form
      className="transfer-feed-location"
      onSubmit={(event) => {
        event.preventDefault();
        save(next);
      }}
    >
      <Field
        id="calendar-feed-path"
        label="Save the file somewhere else"
        hint="A full path ending in .ics, in a folder that exists. Leave it empty for the default place."
        error={error}
      >
        {(a11y) => (
          <div className="transfer-inline">
            <input
              {...a11y}
              className="input input-sm mono"
              placeholder={defaultPath}
              spellCheck={false}
              autoComplete="off"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
            <button type="submit" className="button button-sm" disabled={saving || next === path}>
              Save location
            </button>
            {path !== null ? (
              <button
                type="button"
                className="button button-ghost button-sm"
                disabled={saving}
                onClick={() => {
                  setDraft('');
                  save(null);
                }}
              >
                Use the default
              </button>
            ) : null}
          </div>
        )}
      </Field>
    </form>
  );
}
