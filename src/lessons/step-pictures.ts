// The pictures of lesson steps (explanations, other ways, well done), with the lesson player:
// not in the first load. Each gets a content-hashed address, so a cached copy is never stale.
const urls = import.meta.glob<string>(['./pictures/*.svg', '!./pictures/lesson-*.svg'], {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The address of a step's picture by name (its file name without .svg). */
export const stepPictureUrl = (name: string): string => urls[`./pictures/${name}.svg`] ?? '';
