import type { Lesson } from '../core/lesson';
import { askGpOnline } from './ask-gp-online';
import { bookGpAppointment } from './book-gp-appointment';
import { emailAddress } from './email-address';
import { logInEachTime } from './log-in-each-time';
import { nhs111 } from './nhs-111';
import { nhsLoginSetup } from './nhs-login-setup';
import { repeatPrescription } from './repeat-prescription';
import { staySafe } from './stay-safe';
import { tabletBasics } from './tablet-basics';
import { wifiAndNhsApp } from './wifi-and-nhs-app';

/** Every lesson, in the order the home screen shows them. */
export const lessons: readonly Lesson[] = [
  tabletBasics,
  wifiAndNhsApp,
  emailAddress,
  nhsLoginSetup,
  logInEachTime,
  bookGpAppointment,
  repeatPrescription,
  askGpOnline,
  nhs111,
  staySafe,
];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);
