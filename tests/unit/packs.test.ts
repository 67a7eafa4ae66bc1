import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { planPacks } from '../../build/packs-plugin';
import type { Lesson } from '../../src/core/lesson';
import { packFileStem, packsToKeep } from '../../src/offline/pack-files';
import type { Pack, PackList } from '../../src/offline/pack-types';

describe('packFileStem', () => {
  it.each([
    ['/assets/words/en/practice-legacy-IeQd_ih5.js', '/assets/words/en/practice-legacy', '.js'],
    // A hash is base64url: it may hold "-", even first, and "_".
    ['/assets/pictures/way-phone-gp-D-JOP2_x.svg', '/assets/pictures/way-phone-gp', '.svg'],
    ['/assets/pictures/well-done--MIGjSMY.svg', '/assets/pictures/well-done', '.svg'],
    ['/assets/words/bn/repeat-prescription-legacy-D-wsaSeI.js', '/assets/words/bn/repeat-prescription-legacy', '.js'],
    ['/assets/pictures/clock-_3aRdvvr.svg', '/assets/pictures/clock', '.svg'],
    ['/assets/pictures/tablet-hold-BREVB-iZ.svg', '/assets/pictures/tablet-hold', '.svg'],
    ['/hub/assets/pictures/doctor-C4ZWVwk7.svg', '/hub/assets/pictures/doctor', '.svg'],
  ])('%s is %s with %s', (path, stem, ext) => {
    expect(packFileStem(path)).toEqual({ stem, ext });
  });

  it.each([
    '/assets/pictures/doctor.svg',
    '/assets/pictures/finger-tap.svg',
    '/assets/pictures/doctor-C4ZWVwk.svg',
    '/assets/pictures/doctor-C4ZWVwk7x.svg',
    '/assets/pictures/doctor-C4ZWVwk7',
    '/packs.json',
    '/',
  ])('%s has no content hash', (path) => {
    expect(packFileStem(path)).toBeNull();
  });

  it('gives two versions of one file the same stem, and different files different ones', () => {
    const stem = (p: string) => packFileStem(p)?.stem;
    expect(stem('/assets/pictures/way-phone-gp-D-JOP2_x.svg')).toBe(stem('/assets/pictures/way-phone-gp-Cumv7S2J.svg'));
    expect(stem('/assets/pictures/well-done--MIGjSMY.svg')).toBe(stem('/assets/pictures/well-done-Ab_d-fgh.svg'));
    expect(stem('/assets/pictures/way-phone-gp-D-JOP2_x.svg')).not.toBe(
      stem('/assets/pictures/way-phone-Cumv7S2J.svg'),
    );
  });
});

const pack = (kind: Pack['kind'], of: string, files: string[] = []): Pack => ({
  id: `${kind === 'words' ? 'words' : 'lesson'}-${of}`,
  kind,
  of,
  files: files.map((url) => ({ url, bytes: 100 })),
});

describe('packsToKeep', () => {
  it('is every language and every lesson, so any learner can choose any language with no connection', () => {
    const list: PackList = {
      version: '2',
      packs: [
        pack('words', 'en', ['/assets/words/en/ui-legacy-NEW12345.js']),
        pack('words', 'pl', ['/assets/words/pl/ui-legacy-NEW12345.js']),
        pack('words', 'ur', ['/assets/words/ur/ui-legacy-NEW12345.js']),
        pack('lesson', 'book-gp', ['/assets/pictures/doctor-NEW12345.svg']),
        pack('lesson', 'tablet', []),
      ],
    };
    const kept = packsToKeep(list);
    expect(kept.filter((p) => p.kind === 'words').map((p) => p.of)).toEqual(['en', 'pl', 'ur']);
    expect(kept.filter((p) => p.kind === 'lesson').map((p) => p.of)).toEqual(['book-gp', 'tablet']);
  });
});

describe('planPacks', () => {
  const lesson: Lesson = {
    id: 'demo',
    minutes: 5,
    picture: 'lesson-demo',
    steps: [
      { id: 'intro', type: 'explain', picture: 'doctor' },
      { id: 'which', type: 'check', answers: [{ id: 'a' }, { id: 'b' }], correct: 'a' },
      { id: 'ways', type: 'other-ways', ways: ['phone-gp'] },
      { id: 'end', type: 'done', learned: 1 },
    ],
  };
  const chunk = (fileName: string, facadeModuleId: string | null, code = 'x') => ({
    type: 'chunk' as const,
    fileName,
    facadeModuleId,
    code,
  });
  const asset = (fileName: string, source: string, ...originalFileNames: string[]) => ({
    type: 'asset' as const,
    fileName,
    source,
    originalFileNames,
  });
  const plan = (...items: (ReturnType<typeof chunk> | ReturnType<typeof asset>)[]) =>
    planPacks(
      Object.fromEntries(items.map((i) => [i.fileName, i])) as unknown as Rolldown.OutputBundle,
      [lesson],
      '/hub/',
      '9.9.9',
    );
  const noLessonFiles = { id: 'lesson-demo', kind: 'lesson', of: 'demo', files: [] };

  it.each<[string, ReturnType<typeof chunk> | ReturnType<typeof asset>, Pack[]]>([
    [
      "a language's words",
      chunk('assets/words/pl/ui-legacy-Ab12Cd34.js', '/src/locales/pl/ui.json', 'zażółć'),
      [
        {
          id: 'words-pl',
          kind: 'words',
          of: 'pl',
          files: [{ url: '/hub/assets/words/pl/ui-legacy-Ab12Cd34.js', bytes: 10 }],
        },
        noLessonFiles,
      ] as Pack[],
    ],
    [
      "English lesson words (English interface words are in the app's own code)",
      chunk('assets/words/en/demo-legacy-Ab12Cd34.js', '/src/locales/en/demo.json'),
      [
        {
          id: 'words-en',
          kind: 'words',
          of: 'en',
          files: [{ url: '/hub/assets/words/en/demo-legacy-Ab12Cd34.js', bytes: 1 }],
        },
        noLessonFiles,
      ] as Pack[],
    ],
    [
      'English interface words',
      chunk('assets/words/en/ui-legacy-Ab12Cd34.js', '/src/locales/en/ui.json'),
      [noLessonFiles] as Pack[],
    ],
    ['the app itself', chunk('assets/index-legacy-Ab12Cd34.js', '/src/main.tsx'), [noLessonFiles] as Pack[]],
    ['a shared chunk', chunk('assets/storage-legacy-Ab12Cd34.js', null), [noLessonFiles] as Pack[]],
    [
      "a lesson's picture",
      asset('assets/pictures/doctor-C4ZWVwk7.svg', '<svg/>', 'src/lessons/pictures/doctor.svg'),
      [{ ...noLessonFiles, files: [{ url: '/hub/assets/pictures/doctor-C4ZWVwk7.svg', bytes: 6 }] }] as Pack[],
    ],
    [
      'an other-ways picture, whose hash holds "-"',
      asset('assets/pictures/way-phone-gp-D-JOP2_x.svg', '<svg/>', 'src/lessons/pictures/way-phone-gp.svg'),
      [{ ...noLessonFiles, files: [{ url: '/hub/assets/pictures/way-phone-gp-D-JOP2_x.svg', bytes: 6 }] }] as Pack[],
    ],
    [
      'the well-done picture of the last step',
      asset('assets/pictures/well-done--MIGjSMY.svg', '<svg/>', 'src/lessons/pictures/well-done.svg'),
      [{ ...noLessonFiles, files: [{ url: '/hub/assets/pictures/well-done--MIGjSMY.svg', bytes: 6 }] }] as Pack[],
    ],
    [
      'a picture the lesson does not show',
      asset('assets/pictures/pharmacy-Ddlr8nkf.svg', '<svg/>', 'src/lessons/pictures/pharmacy.svg'),
      [noLessonFiles] as Pack[],
    ],
    [
      "a learner's picture",
      asset('assets/profiles/avatar-cat-Ab12Cd34.svg', '<svg/>', 'src/profiles/pictures/avatar-cat.svg'),
      [noLessonFiles] as Pack[],
    ],
  ])('%s', (_, item, packs) => {
    expect(plan(item)).toEqual({ version: '9.9.9', packs });
  });

  it("sorts each pack's files, and puts words packs before lesson packs", () => {
    const list = plan(
      asset('assets/pictures/lesson-demo-Zz12Cd34.svg', '<svg/>', 'src/lessons/pictures/lesson-demo.svg'),
      chunk('assets/words/pl/ui-legacy-Ab12Cd34.js', '/src/locales/pl/ui.json'),
      asset('assets/pictures/doctor-C4ZWVwk7.svg', '<svg/>', 'src/lessons/pictures/doctor.svg'),
      chunk('assets/words/pl/demo-legacy-Ab12Cd34.js', '/src/locales/pl/demo.json'),
    );
    expect(list.packs.map((p) => [p.id, p.files.map((f) => f.url)])).toEqual([
      ['words-pl', ['/hub/assets/words/pl/demo-legacy-Ab12Cd34.js', '/hub/assets/words/pl/ui-legacy-Ab12Cd34.js']],
      ['lesson-demo', ['/hub/assets/pictures/doctor-C4ZWVwk7.svg', '/hub/assets/pictures/lesson-demo-Zz12Cd34.svg']],
    ]);
  });
});
