import type { ManifestOptions } from 'vite-plugin-pwa';

/** Installs as its own app on Android and on an iPad's home screen. */
export const webManifest: Partial<ManifestOptions> = {
  name: 'Hubsteps',
  short_name: 'Hubsteps',
  description: 'Learn to use digital health services step by step, in your own language.',
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  background_color: '#f0f4f5',
  theme_color: '#005eb8',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
