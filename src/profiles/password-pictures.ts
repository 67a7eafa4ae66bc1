// The pictures of a picture password, loaded with the lock screens rather than at start.
const urls = import.meta.glob<string>('./pictures/key-*.svg', { eager: true, query: '?url', import: 'default' });

/** The address of a picture-password picture by name (its file name without .svg). */
export const passwordPictureUrl = (name: string): string => urls[`./pictures/${name}.svg`] ?? '';
