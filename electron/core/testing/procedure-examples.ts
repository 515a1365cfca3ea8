/** Example inputs shared by the dispatcher tests and the property test. */
import type { ProcedureName } from '../../contract';
import { TEST_START } from './temp-core';

/**
 * Valid input for each procedure that takes an id, pointing at nothing: the dispatcher tests expect
 * NOT_FOUND for each, and the property test mutates them to reach past validation.
 */
export const missingIdInputs: Partial<Record<ProcedureName, Record<string, unknown>>> = {
  'clients.get': { id: 987_654 },
  'clients.update': { id: 987_654, name: 'Renamed' },
  'clients.setArchived': { id: 987_654, archived: true },
  'clients.delete': { id: 987_654 },
  'contacts.create': { clientId: 987_654, name: 'Ann' },
  'contacts.update': { id: 987_654, name: 'Ann' },
  'contacts.delete': { id: 987_654 },
  'gigs.get': { id: 987_654 },
  'gigs.create': { title: 'Site', clientId: 987_654 },
  'gigs.update': { id: 987_654, title: 'Renamed' },
  'gigs.move': { id: 987_654, stageId: 1 },
  'gigs.setArchived': { id: 987_654, archived: true },
  'gigs.delete': { id: 987_654 },
  'gigQuestions.create': { gigId: 987_654, text: 'Budget?' },
  'gigQuestions.update': { id: 987_654, text: 'Budget?' },
  'gigQuestions.delete': { id: 987_654 },
  'rateEvents.create': { gigId: 987_654, kind: 'asked', amountMinor: 10_000, currency: 'EUR', unit: 'hour' },
  'rateEvents.delete': { id: 987_654 },
  'stages.update': { id: 987_654, name: 'Renamed' },
  'stages.delete': { id: 987_654 },
  'interviews.get': { id: 987_654 },
  'interviews.create': { gigId: 987_654, startsAt: TEST_START, timeZone: 'UTC' },
  'interviews.update': { id: 987_654, notes: 'x' },
  'interviews.delete': { id: 987_654 },
  'interviewPrep.create': { interviewId: 987_654, text: 'Test the link' },
  'interviewPrep.update': { id: 987_654, text: 'x' },
  'interviewPrep.delete': { id: 987_654 },
  'deadlines.get': { id: 987_654 },
  'deadlines.create': { title: 'Invoice', clientId: 987_654, dueDate: '2026-02-01' },
  'deadlines.update': { id: 987_654, title: 'x' },
  'deadlines.setCompleted': { id: 987_654, completed: true },
  'deadlines.delete': { id: 987_654 },
  'timeline.create': { clientId: 987_654, kind: 'note', body: 'Called' },
  'timeline.delete': { id: 987_654 },
  'reminders.snooze': { id: 987_654, preset: '1h' },
  'reminders.dismiss': { id: 987_654 },
  'reminders.complete': { id: 987_654 },
};
