import type { Lesson } from '../core/lesson';

/**
 * Join a video appointment from the GP surgery's text: the link opens the call's page in the
 * internet app, which asks to use the camera and microphone; see yourself and check you are
 * heard, wait for the clinician, turn the microphone back on, leave. The words are in
 * locales/en/video-appointment.json; the screens are the phone's texts and kit/video.ts. The
 * practice call is drawn: it never turns the camera or the microphone on.
 */
export const videoAppointment: Lesson = {
  id: 'video-appointment',
  minutes: 12,
  picture: 'lesson-video',
  steps: [
    { id: 'intro', type: 'explain', picture: 'video-intro' },
    { id: 'get-ready', type: 'explain', picture: 'video-ready' },
    { id: 'open-text', type: 'practice', screen: 'sms-inbox-video', goal: [{ tap: 'surgery' }] },
    { id: 'open-link', type: 'practice', screen: 'sms-video-invite', goal: [{ tap: 'link' }] },
    { id: 'allow', type: 'practice', screen: 'video-allow', goal: [{ tap: 'allow' }] },
    { id: 'see-and-hear', type: 'practice', screen: 'video-check', goal: [{ tap: 'join' }] },
    { id: 'waiting', type: 'explain', screen: 'video-waiting' },
    { id: 'unmute', type: 'practice', screen: 'video-call-muted', goal: [{ tap: 'unmute' }] },
    { id: 'leave', type: 'practice', screen: 'video-call', goal: [{ tap: 'leave' }] },
    { id: 'call-ended', type: 'explain', screen: 'video-ended' },
    { id: 'if-blocked', type: 'explain', picture: 'site-settings' },
    {
      id: 'camera-question',
      type: 'check',
      answers: [{ id: 'allow' }, { id: 'block' }, { id: 'close' }],
      correct: 'allow',
    },
    { id: 'other-ways', type: 'other-ways', ways: ['phone-gp', 'ask-volunteer', 'interpreter', 'reception'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
