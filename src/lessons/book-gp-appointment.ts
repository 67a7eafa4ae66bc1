import type { Lesson } from '../core/lesson';

/** Book a GP appointment in the NHS App. The words are in locales/en/book-gp-appointment.json. */
export const bookGpAppointment: Lesson = {
  id: 'book-gp-appointment',
  minutes: 12,
  picture: 'lesson-gp-appointment',
  steps: [
    { id: 'intro', type: 'explain', picture: 'health-app' },
    { id: 'appointment-types', type: 'explain', picture: 'doctor' },
    { id: 'open-appointments', type: 'practice', screen: 'nhs-home', goal: [{ tap: 'appointments' }] },
    { id: 'tap-book', type: 'practice', screen: 'appointments', goal: [{ tap: 'book' }] },
    { id: 'check-available', type: 'practice', screen: 'book-choice', goal: [{ tap: 'check-available' }] },
    { id: 'start-now', type: 'practice', screen: 'book-start', goal: [{ tap: 'start-now' }] },
    { id: 'choose-type', type: 'practice', screen: 'book-type', goal: [{ tap: 'type-phone' }, { tap: 'continue' }] },
    { id: 'choose-time', type: 'practice', screen: 'book-time', goal: [{ tap: 'slot-2' }, { tap: 'continue' }] },
    { id: 'type-reason', type: 'practice', screen: 'book-reason', goal: [{ type: 'reason' }, { tap: 'continue' }] },
    {
      id: 'choose-phone',
      type: 'practice',
      screen: 'book-phone',
      goal: [{ tap: 'phone-mobile' }, { tap: 'continue' }],
    },
    { id: 'confirm-booking', type: 'practice', screen: 'book-check', goal: [{ tap: 'confirm' }] },
    { id: 'booked', type: 'explain', screen: 'book-confirmed' },
    {
      id: 'before-you-confirm',
      type: 'check',
      answers: [{ id: 'confirm' }, { id: 'already-booked' }, { id: 'close-app' }],
      correct: 'confirm',
    },
    {
      id: 'other-ways',
      type: 'other-ways',
      ways: ['phone-gp', 'reception', 'interpreter', 'female-clinician', 'text-relay', 'nhs-111'],
    },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
