import { describe, expect, it } from 'vitest';
import { arrivedItems } from './modal-announcer';
import { toastAnnouncement } from './toast';

describe('what a modal dialog speaks for toasts raised behind it', () => {
  const key = (toast: { id: number }) => toast.id;

  it('speaks only the toasts that were not there before, in order', () => {
    const a = { id: 1, message: 'Saved' };
    const b = { id: 2, message: 'Could not reach the service' };
    const c = { id: 3, message: 'Saved' };
    expect(arrivedItems([a], [a, b, c], key)).toEqual([b, c]);
    // A dismissed toast is not news, nor is one that stayed.
    expect(arrivedItems([a, b], [b], key)).toEqual([]);
    // The same text under a new toast is a new arrival.
    expect(arrivedItems([a], [c], key)).toEqual([c]);
  });

  it('reads each message as a sentence', () => {
    expect(toastAnnouncement([{ message: 'Completed “Timesheet”' }])).toBe('Completed “Timesheet”.');
    expect(toastAnnouncement([{ message: 'Nothing changed.' }, { message: ' Saved! ' }, { message: 'Undo?' }])).toBe(
      'Nothing changed. Saved! Undo?',
    );
    expect(toastAnnouncement([{ message: '  ' }, { message: 'Backup made' }])).toBe('Backup made.');
  });
});
