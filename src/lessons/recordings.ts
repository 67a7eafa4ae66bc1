/**
 * Recorded audio for a lesson step in a language, where someone has recorded it:
 * src/lessons/recordings/<lang>/<lesson>/<step>.(mp3|m4a|ogg). A step without one is read by
 * the tablet's voice instead.
 */
const files = import.meta.glob<string>('./recordings/*/*/*.{mp3,m4a,ogg}', {
  query: '?url',
  import: 'default',
  eager: true,
});

const byStep = new Map(
  Object.entries(files).map(([path, url]) => [path.replace(/^\.\/recordings\/|\.\w+$/g, ''), url]),
);

export const recordingFor = (lang: string, lessonId: string, stepId: string): string | undefined =>
  byStep.get(`${lang}/${lessonId}/${stepId}`);
