import { describe, expect, it } from 'vitest';
import {
  emptyInterview,
  interviewInput,
  validateInterviewForm,
  type InterviewFormValues,
} from './interview-form-model';

const gig = { id: 7, title: 'Data pipeline rebuild', clientId: 3, clientName: 'Northwind Analytics' };
const base = (patch: Partial<InterviewFormValues> = {}): InterviewFormValues => ({
  ...emptyInterview({ gig, date: '2026-01-16', time: '10:00' }),
  timeZone: 'Europe/Berlin',
  ...patch,
});

describe('interview form', () => {
  it('turns the date, time and zone into one instant', () => {
    expect(interviewInput(base())).toMatchObject({
      gigId: 7,
      startsAt: Date.UTC(2026, 0, 16, 9, 0),
      timeZone: 'Europe/Berlin',
    });
    expect(interviewInput(base({ timeZone: 'America/New_York' })).startsAt).toBe(Date.UTC(2026, 0, 16, 15, 0));
  });

  it('is valid with a gig and a time, and says what is missing otherwise', () => {
    expect(validateInterviewForm(base())).toEqual({});
    expect(validateInterviewForm(base({ gig: null }))).toEqual({ gigId: 'Choose the gig this interview is for' });
    expect(validateInterviewForm(base({ time: '' })).startsAt).toBe('Choose the time it starts');
    expect(validateInterviewForm(base({ date: '' })).startsAt).toBe('Choose the day of the interview');
  });

  it('checks the link and the round with the contract’s messages', () => {
    expect(validateInterviewForm(base({ link: 'zoom' })).link).toBe('Enter a web address, like https://example.com');
    expect(validateInterviewForm(base({ link: 'meet.example.com/abc' })).link).toBeUndefined();
    expect(validateInterviewForm(base({ round: '0' })).round).toBe('Round starts at 1');
    expect(validateInterviewForm(base({ round: '1.5' })).round).toBe('Enter a whole number');
    expect(interviewInput(base({ round: '' })).round).toBeUndefined();
  });

  it('rejects an unknown time zone', () => {
    expect(validateInterviewForm(base({ timeZone: 'Mars/Olympus' })).timeZone).toBe(
      'Choose a valid time zone, like Europe/Berlin',
    );
  });
});
