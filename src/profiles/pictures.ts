// Friendly pictures for learners, and the pictures of a picture password; no words, so any language.
const urls = import.meta.glob<string>('./pictures/*.svg', { eager: true, query: '?url', import: 'default' });

export const AVATARS = [
  'avatar-cat',
  'avatar-balloon',
  'avatar-bird',
  'avatar-fish',
  'avatar-owl',
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

export const profilePictureUrl = (name: string): string => urls[`./pictures/${name}.svg`] ?? '';
