import type { ScreenDef } from '../screen-types';

/**
 * NHS login: white pages under the blue NHS header, for setting it up, proving who you
 * are and logging in.
 */
export const nhsLoginScreens = {
  'login-email': {
    look: 'nhs-login',
    blocks: [
      { kind: 'field', id: 'email' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-password': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'rules' },
      { kind: 'field', id: 'password' },
      { kind: 'field', id: 'password-again' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-phone': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'why' },
      { kind: 'field', id: 'mobile' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-code': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'sent' },
      { kind: 'field', id: 'code' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-prove': {
    look: 'nhs-login',
    blocks: [
      { kind: 'text', id: 'why' },
      { kind: 'text', id: 'how' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-photo-id': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'radios', items: ['yes', 'no'] },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-face-scan': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'face-circle' },
      { kind: 'text', id: 'how' },
      { kind: 'button', id: 'start-scan', style: 'primary' },
      { kind: 'button', id: 'use-video', style: 'secondary' },
    ],
  },
  'login-gp-details': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'letter' },
      { kind: 'field', id: 'ods-code' },
      { kind: 'field', id: 'account-id' },
      { kind: 'field', id: 'linkage-key' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-enter-password': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'field', id: 'password' },
      { kind: 'link', id: 'forgotten' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
  'login-reset-password': {
    look: 'nhs-login',
    back: true,
    blocks: [
      { kind: 'text', id: 'how' },
      { kind: 'field', id: 'email' },
      { kind: 'button', id: 'continue', style: 'primary' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
