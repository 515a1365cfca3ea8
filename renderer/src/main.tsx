import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectEvents, createQueryClient } from './api/query-client';
import { App } from './app/app';
import './styles/theme.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/overlays.css';
import './styles/clients.css';
import './styles/palette.css';
import './styles/reminders.css';
import './styles/settings.css';
import './styles/backups.css';
import './styles/recovery.css';
import './styles/schedule.css';
import './styles/schedule-items.css';
import './styles/agenda.css';
import './styles/calendar.css';
import './styles/calendar-week.css';
import './styles/pipeline.css';
import './styles/gigs.css';
import './styles/insights.css';
import './styles/transfer.css';

const queryClient = createQueryClient();
connectEvents(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
