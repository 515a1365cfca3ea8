import { describe, expect, it } from 'vitest';
import { deadlineInput, emptyDeadline, validateDeadlineForm, type DeadlineFormValues } from './deadline-form-model';

const gig = { id: 7, title: 'Data pipeline rebuild', clientId: 3, clientName: 'Northwind Analytics' };
const base = (patch: Partial<DeadlineFormValues> = {}): DeadlineFormValues => ({
  ...emptyDeadline({ date: '2026-01-16', time: '17:00' }),
  title: 'Send the proposal',
  timeZone: 'Europe/Berlin',
  ...patch,
});

describe('deadline form', () => {
  it('sends a timed deadline as an instant with its zone, and an all-day one as a date', () => {
    expect(deadlineInput(base())).toMatchObject({
      dueAt: Date.UTC(2026, 0, 16, 16, 0),
      dueDate: null,
      timeZone: 'Europe/Berlin',
    });
    expect(deadlineInput(base({ mode: 'allDay' }))).toMatchObject({
      dueAt: null,
      dueDate: '2026-01-16',
      timeZone: null,
    });
  });

  it('opens as all day when a day is given without a time', () => {
    expect(emptyDeadline({ date: '2026-01-20' }).mode).toBe('allDay');
    expect(emptyDeadline({ date: '2026-01-20', time: '09:30' }).mode).toBe('timed');
  });

  it('takes the client from the gig, and "no reminders chosen" means the defaults (null)', () => {
    const input = deadlineInput(base({ gig, client: { id: 99, name: 'Other' } }));
    expect(input).toMatchObject({ gigId: 7, clientId: 3, reminderOffsets: null });
    expect(deadlineInput(base({ reminderOffsets: [1440, 60] })).reminderOffsets).toEqual([1440, 60]);
    expect(deadlineInput(base({ client: { id: 99, name: 'Other' } }))).toMatchObject({ gigId: null, clientId: 99 });
  });

  it('needs a due time or an all-day date, and a title', () => {
    expect(validateDeadlineForm(base())).toEqual({});
    expect(validateDeadlineForm(base({ time: '' }))).toEqual({ due: 'Give a due time, or mark it as an all-day date' });
    expect(validateDeadlineForm(base({ mode: 'allDay', date: '' })).due).toBe(
      'Give a due time, or mark it as an all-day date',
    );
    expect(validateDeadlineForm(base({ title: '  ' })).title).toBe('Title is required');
  });
});
