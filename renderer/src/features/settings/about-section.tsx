/** The facts about this installation that people ask for: version, where the data lives, appearance. */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { call } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/state-panels';

function InfoRow({ label, children, mono }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="info-row">
      <dt>{label}</dt>
      <dd className={mono ? 'mono selectable' : undefined}>{children}</dd>
    </div>
  );
}

export function AboutSections() {
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => call('app.getInfo', {}) });
  if (info.isPending) return <LoadingState label="Loading app information…" />;
  if (info.isError) {
    return (
      <ErrorState title="Could not read the app information" error={info.error} onRetry={() => void info.refetch()} />
    );
  }
  return (
    <>
      <section className="settings-section" aria-labelledby="settings-about">
        <h2 id="settings-about">About</h2>
        <dl className="info-list">
          <InfoRow label="App">{info.data.name}</InfoRow>
          <InfoRow label="Version">{info.data.version}</InfoRow>
          <InfoRow label="Database schema">Version {info.data.schemaVersion}</InfoRow>
        </dl>
      </section>
      <section className="settings-section" aria-labelledby="settings-data">
        <h2 id="settings-data">Your data</h2>
        <p className="muted">
          Everything you enter stays on this computer, in one SQLite database file — no account, no server. Gigline
          backs it up on its own (see Backups above); to keep a copy elsewhere, export everything as JSON.
        </p>
        {info.data.readOnly ? (
          <p className="alert" role="alert">
            The database is open read-only. You can look at your data, but changes cannot be saved.
          </p>
        ) : null}
        <dl className="info-list">
          <InfoRow label="Data folder" mono>
            {info.data.dataDir}
          </InfoRow>
          <InfoRow label="Database file" mono>
            {info.data.databasePath}
          </InfoRow>
        </dl>
      </section>
      <section className="settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">Appearance</h2>
        <p className="muted">Gigline follows your system’s light or dark mode.</p>
      </section>
    </>
  );
}
