/**
 * The shell: sidebar + main region, hash routing (works under the app:// protocol and the web bridge alike),
 * a skip link, and toasts. Screens that are not built yet show what they will do. While the core is in
 * recovery mode (its database could not be opened) the recovery screen stands in for all of it.
 */
import { useRef } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { ToastProvider } from '../components/toast';
import { AgendaScreen } from '../features/agenda/agenda-screen';
import { StorageBanner } from '../features/backups/storage-banner';
import { CalendarScreen } from '../features/calendar/calendar-screen';
import { ClientsScreen } from '../features/clients/clients-screen';
import { DeadlinesScreen } from '../features/deadlines/deadlines-screen';
import { GigDetailScreen } from '../features/gigs/gig-detail-screen';
import { InterviewsScreen } from '../features/interviews/interviews-screen';
import { InsightsScreen } from '../features/insights/insights-screen';
import { PipelineScreen } from '../features/pipeline/pipeline-screen';
import { RecoveryGate } from '../features/recovery/recovery-gate';
import { RemindersScreen } from '../features/reminders/reminders-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { ComingNext } from './coming-next';
import { GlobalLayer } from './global-layer';
import { useHashPath } from './hash-location';
import { primaryNav } from './nav-items';
import { Sidebar } from './sidebar';
import { useNavigateEvents } from './use-navigate-events';

const upcoming = primaryNav.filter((item) => item.upcoming);

function NavigateEvents() {
  useNavigateEvents();
  return null;
}

export function App() {
  const mainRef = useRef<HTMLElement>(null);
  return (
    <Router hook={useHashPath} searchHook={useHashPath.searchHook}>
      <NavigateEvents />
      <ToastProvider>
        <RecoveryGate>
          <a
            className="skip-link"
            href="#main"
            onClick={(event) => {
              event.preventDefault();
              mainRef.current?.focus();
            }}
          >
            Skip to content
          </a>
          <div className="shell">
            <Sidebar />
            <main id="main" ref={mainRef} className="main" tabIndex={-1}>
              <StorageBanner />
              <Switch>
                <Route path="/agenda" component={AgendaScreen} />
                <Route path="/clients/:id?">{(params) => <ClientsScreen selectedId={parseId(params.id)} />}</Route>
                <Route path="/interviews/:id?">
                  {(params) => <InterviewsScreen selectedId={parseId(params.id)} />}
                </Route>
                <Route path="/deadlines/:id?">{(params) => <DeadlinesScreen selectedId={parseId(params.id)} />}</Route>
                <Route path="/calendar" component={CalendarScreen} />
                <Route path="/pipeline">
                  <PipelineScreen view="board" />
                </Route>
                <Route path="/pipeline/table">
                  <PipelineScreen view="table" />
                </Route>
                <Route path="/gigs/:id">
                  {(params) => {
                    const id = parseId(params.id);
                    return id === null ? <Redirect to="/pipeline" replace /> : <GigDetailScreen key={id} gigId={id} />;
                  }}
                </Route>
                <Route path="/settings" component={SettingsScreen} />
                <Route path="/reminders" component={RemindersScreen} />
                <Route path="/insights" component={InsightsScreen} />
                {upcoming.map((item) => (
                  <Route key={item.path} path={item.path}>
                    <ComingNext item={item} />
                  </Route>
                ))}
                <Route>
                  <Redirect to="/agenda" replace />
                </Route>
              </Switch>
            </main>
          </div>
          <GlobalLayer />
        </RecoveryGate>
      </ToastProvider>
    </Router>
  );
}

function parseId(raw: string | undefined): number | null {
  if (!raw || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
