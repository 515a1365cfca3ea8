/**
 * Shows the recovery screen instead of the app while the core runs in recovery mode (its database could
 * not be opened). The app itself renders only once app.getInfo has answered, so no screen fires calls the
 * core would refuse; if the question itself fails, the app renders and its screens explain.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { call } from '../../api/client';
import { LoadingState } from '../../components/state-panels';
import { RecoveryScreen } from './recovery-screen';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => call('app.getInfo', {}) });
  if (info.isPending) {
    return (
      <div className="app-starting">
        <LoadingState label="Opening Gigline…" />
      </div>
    );
  }
  if (info.data?.mode === 'recovery') return <RecoveryScreen />;
  return children;
}
