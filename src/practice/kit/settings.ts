import type { ScreenDef } from '../screen-types';

/**
 * A tablet's own Settings app, for joining a Wi-Fi network: Settings, then Wi-Fi, then the
 * network by name, its password, and Join. Like an iPad's and an Android tablet's, neither
 * exactly (on Android, Wi-Fi may be under "Connections" or "Network and internet": the lesson
 * says so). Network names are the same in every language; nothing joins anything.
 */
export const settingsScreens = {
  'settings-menu': {
    look: 'settings',
    blocks: [{ kind: 'cards', items: ['wifi', 'mobile-data', 'bluetooth', 'display'] }],
  },
  'settings-wifi': {
    look: 'settings',
    back: true,
    blocks: [
      { kind: 'text', id: 'choose' },
      {
        kind: 'networks',
        items: [
          { id: 'community-hub', locked: true },
          { id: 'library-free' },
          { id: 'home-7k2f', locked: true },
          { id: 'cafe-guest', locked: true },
        ],
      },
    ],
  },
  'settings-password': {
    look: 'settings',
    blocks: [
      // Case matters, as in a real Wi-Fi password: "health4" does not join.
      { kind: 'field', id: 'password', caseMatters: true },
      { kind: 'button', id: 'join', style: 'primary' },
    ],
  },
  'settings-wifi-joined': {
    look: 'settings',
    back: true,
    blocks: [
      {
        kind: 'networks',
        items: [
          { id: 'community-hub', locked: true, joined: true },
          { id: 'library-free' },
          { id: 'home-7k2f', locked: true },
          { id: 'cafe-guest', locked: true },
        ],
      },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
