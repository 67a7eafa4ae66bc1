import type { Lesson } from '../core/lesson';

/**
 * Wi-fi, mobile data, and installing the NHS App: what each costs, joining a Wi-Fi network from the
 * tablet's Settings, public Wi-fi, and getting the real NHS App (made by NHS England) from the app
 * store. The words are in locales/en/wifi-and-nhs-app.json; the practice Settings and app store
 * are in src/practice/kit/settings.ts and store.ts, and never join or install anything.
 */
export const wifiAndNhsApp: Lesson = {
  id: 'wifi-and-nhs-app',
  minutes: 12,
  picture: 'lesson-wifi',
  steps: [
    { id: 'intro', type: 'explain', picture: 'wifi-or-data' },
    { id: 'free-wifi', type: 'explain', picture: 'free-wifi' },
    { id: 'open-wifi', type: 'practice', screen: 'settings-menu', goal: [{ tap: 'wifi' }] },
    { id: 'choose-network', type: 'practice', screen: 'settings-wifi', goal: [{ tap: 'community-hub' }] },
    {
      id: 'type-password',
      type: 'practice',
      screen: 'settings-password',
      goal: [{ type: 'password' }, { tap: 'join' }],
    },
    { id: 'connected', type: 'explain', screen: 'settings-wifi-joined' },
    { id: 'public-wifi', type: 'explain', picture: 'public-wifi' },
    {
      id: 'search-store',
      type: 'practice',
      screen: 'store-search',
      goal: [{ type: 'search-box' }, { tap: 'search' }],
    },
    { id: 'choose-app', type: 'practice', screen: 'store-results', goal: [{ tap: 'nhs-app' }] },
    { id: 'install', type: 'practice', screen: 'store-app', goal: [{ tap: 'install' }] },
    { id: 'open-app', type: 'explain', screen: 'store-installed' },
    {
      id: 'real-app',
      type: 'check',
      answers: [{ id: 'first' }, { id: 'nhs-england' }, { id: 'blue-heart' }],
      correct: 'nhs-england',
    },
    { id: 'other-ways', type: 'other-ways', ways: ['ask-volunteer', 'hub-computer', 'nhs-website', 'phone-gp'] },
    { id: 'done', type: 'done', learned: 4 },
  ],
};
