// Each picture gets a content-hashed address, so a cached copy is never stale after an update.
const urls = import.meta.glob<string>('./pictures/*.svg', { eager: true, query: '?url', import: 'default' });

/** The address of a lesson picture by name (its file name without .svg). */
export const pictureUrl = (name: string): string => urls[`./pictures/${name}.svg`] ?? '';
