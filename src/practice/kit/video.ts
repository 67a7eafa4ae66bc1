import type { ScreenDef } from '../screen-types';

/** Where the surgery's text sends the learner, and what the internet app's address bar then shows. */
export const VIDEO_ADDRESS = 'video.nhs.uk/4827';

/**
 * A GP surgery's video consultation, opened from the link in the surgery's text: a plain web page
 * in the internet app. The internet app asks to use the camera and microphone; then you see
 * yourself and check you can be heard, wait for the clinician, and have the call, with buttons to
 * mute, turn the camera off and leave. Every picture is drawn: practice never asks for the camera.
 */
export const videoScreens = {
  'video-allow': {
    look: 'video',
    address: VIDEO_ADDRESS,
    blocks: [{ kind: 'permission' }],
  },
  'video-check': {
    look: 'video',
    address: VIDEO_ADDRESS,
    blocks: [
      { kind: 'self-view', meter: 'speak' },
      { kind: 'text', id: 'name' },
      { kind: 'button', id: 'join', style: 'primary' },
    ],
  },
  'video-waiting': {
    look: 'video',
    address: VIDEO_ADDRESS,
    blocks: [
      { kind: 'text', id: 'wait' },
      { kind: 'self-view' },
      {
        kind: 'call-controls',
        items: [
          { id: 'mute', icon: 'microphone' },
          { id: 'camera-off', icon: 'camera' },
          { id: 'leave', icon: 'leave' },
        ],
      },
    ],
  },
  'video-call-muted': {
    look: 'video',
    address: VIDEO_ADDRESS,
    blocks: [
      { kind: 'call-view', muted: true },
      {
        kind: 'call-controls',
        items: [
          { id: 'unmute', icon: 'microphone', off: true },
          { id: 'camera-off', icon: 'camera' },
          { id: 'leave', icon: 'leave' },
        ],
      },
    ],
  },
  'video-call': {
    look: 'video',
    address: VIDEO_ADDRESS,
    blocks: [
      { kind: 'call-view' },
      {
        kind: 'call-controls',
        items: [
          { id: 'mute', icon: 'microphone' },
          { id: 'camera-off', icon: 'camera' },
          { id: 'leave', icon: 'leave' },
        ],
      },
    ],
  },
  'video-ended': {
    look: 'video',
    address: VIDEO_ADDRESS,
    blocks: [
      { kind: 'text', id: 'rejoin' },
      { kind: 'text', id: 'close' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
