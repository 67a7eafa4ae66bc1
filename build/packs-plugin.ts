import type { Plugin, Rolldown } from 'vite';
import type { Lesson } from '../src/core/lesson';
import type { Pack, PackList } from '../src/offline/pack-types';

const LOCALE = /locales\/([a-z]{2,3}(?:-[A-Za-z]+)?)\/([\w-]+)\.json$/;
const PICTURE = /lessons\/pictures\/([\w-]+)\.svg$/;

/** Every picture a lesson shows, by name. */
export function lessonPictures(lesson: Lesson): string[] {
  const names = new Set<string>([lesson.picture]);
  for (const step of lesson.steps) {
    if (step.type === 'explain' && step.picture) names.add(step.picture);
    if (step.type === 'other-ways') for (const w of step.ways) names.add(`way-${w}`);
    if (step.type === 'done') names.add('well-done');
  }
  return [...names];
}

function size(item: Rolldown.OutputBundle[string]): number {
  return item.type === 'chunk' ? Buffer.byteLength(item.code) : Buffer.byteLength(item.source);
}

/** Groups the built files into packs and writes packs.json beside them. */
export function planPacks(
  bundle: Rolldown.OutputBundle,
  lessons: readonly Lesson[],
  base: string,
  version: string,
): PackList {
  const words = new Map<string, Pack>();
  const pictures = new Map<string, { url: string; bytes: number }>();
  for (const item of Object.values(bundle)) {
    const url = `${base}${item.fileName}`;
    const sources = item.type === 'chunk' ? [item.facadeModuleId ?? ''] : item.originalFileNames;
    for (const source of sources) {
      const locale = LOCALE.exec(source);
      // English interface words are in the app itself; every other language's are in its pack.
      if (locale?.[1] && !(locale[1] === 'en' && locale[2] === 'ui')) {
        const lang = locale[1];
        const pack = words.get(lang) ?? { id: `words-${lang}`, kind: 'words', of: lang, files: [] };
        pack.files.push({ url, bytes: size(item) });
        words.set(lang, pack);
      }
      const picture = PICTURE.exec(source);
      if (picture?.[1]) pictures.set(picture[1], { url, bytes: size(item) });
    }
  }
  const lessonPacks: Pack[] = lessons.map((lesson) => ({
    id: `lesson-${lesson.id}`,
    kind: 'lesson',
    of: lesson.id,
    files: lessonPictures(lesson).flatMap((name) => pictures.get(name) ?? []),
  }));
  const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : 1);
  const packs = [...words.values(), ...lessonPacks].map((p) => ({ ...p, files: p.files.sort(byUrl) }));
  return { version, packs };
}

export function packsPlugin(lessons: readonly Lesson[], version: string): Plugin {
  let base = '/';
  return {
    name: 'hubsteps-packs',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const list = planPacks(bundle, lessons, base, version);
      this.emitFile({ type: 'asset', fileName: 'packs.json', source: `${JSON.stringify(list, null, 1)}\n` });
    },
  };
}
