/** Every procedure's handler, checked against the contract's procedure map. */
import type { Handlers } from '../router';
import { appHandlers } from './app-handlers';
import { agendaHandlers } from './agenda-handlers';
import { backupHandlers, recoveryHandlers } from './backups-handlers';
import { clientHandlers } from './clients-handlers';
import { deadlineHandlers } from './deadlines-handlers';
import { gigHandlers } from './gigs-handlers';
import { insightHandlers } from './insights-handlers';
import { interviewHandlers } from './interviews-handlers';
import { reminderHandlers } from './reminders-handlers';
import { settingsHandlers } from './settings-handlers';
import { timelineHandlers } from './timeline-handlers';
import { transferHandlers } from './transfer-handlers';

export const handlers = {
  ...appHandlers,
  ...clientHandlers,
  ...gigHandlers,
  ...interviewHandlers,
  ...deadlineHandlers,
  ...timelineHandlers,
  ...agendaHandlers,
  ...reminderHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...recoveryHandlers,
  ...transferHandlers,
  ...insightHandlers,
} satisfies Handlers;
