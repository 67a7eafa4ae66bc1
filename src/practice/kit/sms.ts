import type { ScreenDef } from '../screen-types';
import { VIDEO_ADDRESS } from './video';

/**
 * A phone's text messages: the list of conversations, and one conversation.
 */
export const smsScreens = {
  'sms-inbox': {
    look: 'sms',
    blocks: [{ kind: 'threads', items: ['nhs', 'friend', 'pharmacy'] }],
  },
  'sms-nhs-code': {
    look: 'sms',
    blocks: [{ kind: 'message', id: 'code' }],
  },

  // A fake "NHS" text (lesson stay-safe). Its link is only words and goes nowhere; Delete only
  // moves the lesson on. The sender's number is from Ofcom's range for drama.
  'sms-inbox-scam': {
    look: 'sms',
    blocks: [{ kind: 'threads', items: ['scam', 'nhs', 'friend'] }],
  },
  'sms-scam-text': {
    look: 'sms',
    blocks: [
      { kind: 'message', id: 'scam', link: 'nhs-vaccine-booking.com/pay' },
      { kind: 'text', id: 'not-contact' },
      { kind: 'actions', items: ['delete'] },
    ],
  },

  // A GP surgery's text shortly before a video appointment (lesson video-appointment). Its link is
  // a button that only moves the lesson on to the call's page (kit/video.ts): it goes nowhere.
  'sms-inbox-video': {
    look: 'sms',
    blocks: [{ kind: 'threads', items: ['surgery', 'friend'] }],
  },
  'sms-video-invite': {
    look: 'sms',
    blocks: [{ kind: 'message', id: 'invite', link: VIDEO_ADDRESS, opens: true }],
  },
} as const satisfies Record<string, ScreenDef>;
