import type { Lesson } from '../core/lesson';
import { askGpOnline } from './ask-gp-online';
import { bookGpAppointment } from './book-gp-appointment';
import { repeatPrescription } from './repeat-prescription';
import { tabletBasics } from './tablet-basics';

/** Every lesson, in the order the home screen shows them. */
export const lessons: readonly Lesson[] = [tabletBasics, bookGpAppointment, repeatPrescription, askGpOnline];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);
