import type { Lesson } from '../core/lesson';
import { bookGpAppointment } from './book-gp-appointment';
import { nhsLoginSetup } from './nhs-login-setup';
import { repeatPrescription } from './repeat-prescription';
import { tabletBasics } from './tablet-basics';

/** Every lesson, in the order the home screen shows them. */
export const lessons: readonly Lesson[] = [tabletBasics, bookGpAppointment, repeatPrescription, nhsLoginSetup];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);
