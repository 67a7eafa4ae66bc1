// Friendly pictures for learners, and the names of a picture password's pictures; no words, so
// any language. The password pictures' files are password-pictures.ts's, loaded with the locks.
const urls = import.meta.glob<string>('./pictures/avatar-*.svg', { eager: true, query: '?url', import: 'default' });

export const AVATARS = [
  'avatar-cat',
  'avatar-balloon',
  'avatar-bird',
  'avatar-fish',
  'avatar-teapot',
  'avatar-rabbit',
  'avatar-flower',
  'avatar-sun',
  'avatar-tree',
  'avatar-boat',
  'avatar-star',
  'avatar-butterfly',
] as const;

export const PASSWORD_PICTURES = [
  'key-apple',
  'key-house',
  'key-car',
  'key-cup',
  'key-umbrella',
  'key-key',
  'key-clock',
  'key-bicycle',
  'key-book',
  'key-hat',
  'key-moon',
  'key-heart',
] as const;

/** How many pictures make a picture password, tapped in order. */
export const PASSWORD_LENGTH = 3;

/**
 * Avatars no longer offered, and the picture each now draws. The owl went because "ullu" is an insult
 * in Urdu and Punjabi and an owl is a bad omen to many Arabic speakers; learners who chose it keep
 * their stored id (in IndexedDB, events and the hub's copies), so the id stays valid and draws the teapot.
 */
export const RETIRED_AVATARS: ReadonlyMap<string, (typeof AVATARS)[number]> = new Map([
  ['avatar-owl', 'avatar-teapot'],
]);

export const profilePictureUrl = (name: string): string =>
  urls[`./pictures/${RETIRED_AVATARS.get(name) ?? name}.svg`] ?? '';
