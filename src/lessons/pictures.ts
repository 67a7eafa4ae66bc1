// Each picture gets a content-hashed address, so a cached copy is never stale after an update.
// Only the lessons' own pictures, for the home's cards: a step's pictures are step-pictures.ts's,
// loaded with the lesson player, so a new lesson's pictures add nothing to the first load.
const urls = import.meta.glob<string>('./pictures/lesson-*.svg', { eager: true, query: '?url', import: 'default' });

/** The address of a lesson's own picture (its home card) by name, the file name without .svg. */
export const pictureUrl = (name: string): string => urls[`./pictures/${name}.svg`] ?? '';
