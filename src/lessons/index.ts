import type { Lesson } from '../core/lesson';
import { askGpOnline } from './ask-gp-online';
import { bookGpAppointment } from './book-gp-appointment';
import { emailAddress } from './email-address';
import { nhs111 } from './nhs-111';
import { nhsLoginSetup } from './nhs-login-setup';
import { repeatPrescription } from './repeat-prescription';
import { tabletBasics } from './tablet-basics';

/** Every lesson, in the order the home screen shows them. */
export const lessons: readonly Lesson[] = [
  tabletBasics,
  emailAddress,
  nhsLoginSetup,
  bookGpAppointment,
  repeatPrescription,
  askGpOnline,
  nhs111,
];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);
