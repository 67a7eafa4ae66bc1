import type { ScreenDef } from '../screen-types';

/**
 * An app store, for installing the NHS App: search, the results (a copy among them, made by
 * someone else), the app's page with who made it and Install, and the page once it is installed.
 * Like the App Store on an iPad and Google Play on Android, neither exactly: the lesson says an
 * iPad's button says "Get". Nothing is searched for, fetched or installed.
 */
export const storeScreens = {
  'store-search': {
    look: 'store',
    blocks: [
      { kind: 'field', id: 'search-box' },
      { kind: 'button', id: 'search', style: 'primary' },
    ],
  },
  'store-results': {
    look: 'store',
    back: true,
    blocks: [
      {
        kind: 'apps',
        items: [
          { id: 'copy', icon: 'lookalike' },
          { id: 'nhs-app', icon: 'health-blue' },
          { id: 'steps', icon: 'steps-green' },
        ],
      },
    ],
  },
  'store-app': {
    look: 'store',
    back: true,
    blocks: [
      { kind: 'app-header', icon: 'health-blue' },
      { kind: 'button', id: 'install', style: 'primary' },
      { kind: 'text', id: 'about' },
    ],
  },
  'store-installed': {
    look: 'store',
    back: true,
    blocks: [
      { kind: 'app-header', icon: 'health-blue' },
      { kind: 'button', id: 'open', style: 'primary' },
      { kind: 'text', id: 'about' },
    ],
  },
} as const satisfies Record<string, ScreenDef>;
