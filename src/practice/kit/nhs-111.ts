import type { ScreenDef } from '../screen-types';

/**
 * NHS 111 online, opened from the NHS App's home: a white NHS website page under the blue header.
 * The emergency check comes first; then who it is for, the main symptom, one question per page,
 * and an end page saying what to do and where. No diagnosis.
 */
export const nhs111Screens = {
  '111-start': {
    look: 'nhs-111',
    blocks: [
      { kind: 'text', id: 'what' },
      { kind: 'text', id: 'postcode' },
      { kind: 'button', id: 'start', style: 'primary' },
    ],
  },
  '111-emergency': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'text', id: 'ask' },
      { kind: 'list', items: ['chest-pain', 'stroke', 'bleeding'] },
      { kind: 'button', id: 'none', style: 'primary' },
    ],
  },
  '111-about-you': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'radios', items: ['female', 'male'] },
      { kind: 'field', id: 'age' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  '111-symptom': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'text', id: 'choose' },
      { kind: 'cards', items: ['cough', 'headache', 'stomach-pain', 'rash'] },
    ],
  },
  '111-question': {
    look: 'nhs-111',
    back: true,
    blocks: [
      { kind: 'radios', items: ['yes', 'no', 'not-sure'] },
      { kind: 'button', id: 'next-question', style: 'primary' },
    ],
  },
  '111-result': {
    look: 'nhs-111',
    blocks: [
      { kind: 'text', id: 'what-to-do' },
      { kind: 'text', id: 'call-back' },
      { kind: 'text', id: 'worse' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
