import type { Lesson } from '../core/lesson';
import { askGpOnline } from './ask-gp-online';
import { bookGpAppointment } from './book-gp-appointment';
import { emailAddress } from './email-address';
import { healthRecord } from './health-record';
import { logInEachTime } from './log-in-each-time';
import { nhs111 } from './nhs-111';
import { nhsLoginSetup } from './nhs-login-setup';
import { proxyAccess } from './proxy-access';
import { repeatPrescription } from './repeat-prescription';
import { staySafe } from './stay-safe';
import { tabletBasics } from './tablet-basics';
import { videoAppointment } from './video-appointment';
import { wifiAndNhsApp } from './wifi-and-nhs-app';

/** Every lesson, in the order the home screen shows them. */
export const lessons: readonly Lesson[] = [
  tabletBasics,
  wifiAndNhsApp,
  emailAddress,
  nhsLoginSetup,
  logInEachTime,
  proxyAccess,
  bookGpAppointment,
  repeatPrescription,
  askGpOnline,
  videoAppointment,
  healthRecord,
  nhs111,
  staySafe,
];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);
