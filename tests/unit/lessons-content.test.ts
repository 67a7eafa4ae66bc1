import { describe, expect, it } from 'vitest';
import { WAY_IDS } from '../../src/core/lesson';
import { validateLesson } from '../../src/core/validate-lesson';
import { lessons } from '../../src/lessons';
import { lessonIds as startScreenIds } from '../../src/lessons/ids';
import { hasText } from '../../src/lessons/text-lookup';
import { kitParts, screens } from '../../src/practice/screens';
import { screenCatalog, screenTextKeys } from '../../src/practice/targets';
import { englishResource, pictureNames } from '../content';

const pictures = pictureNames();
const lessonIds = new Set(lessons.map((l) => l.id));

it('the start screen knows every lesson by id, in the home’s order, so it fetches every title', () => {
  expect(startScreenIds).toEqual(lessons.map((l) => l.id));
});

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('passes the lesson validator', () => {
    const resource = englishResource(lesson.id);
    const errors = validateLesson(lesson, {
      screens: screenCatalog,
      hasText: (key) => hasText(resource, key),
      pictures,
      lessonIds,
    });
    expect(errors).toEqual([]);
  });

  it('has at least 8 steps, 3 practice steps and a check', () => {
    const count = (type: string) => lesson.steps.filter((s) => s.type === type).length;
    expect(lesson.steps.length).toBeGreaterThanOrEqual(8);
    expect(count('practice')).toBeGreaterThanOrEqual(3);
    expect(count('check')).toBeGreaterThanOrEqual(1);
    expect(count('other-ways')).toBeGreaterThanOrEqual(1);
  });
});

describe('practice screens', () => {
  const practice = englishResource('practice');
  it.each(Object.entries(screens))('%s has every word it shows', (id, def) => {
    const missing = screenTextKeys(id, def)
      .filter(({ key, orCommon }) => !hasText(practice, key) && !(orCommon && hasText(practice, orCommon)))
      .map(({ key }) => key);
    expect(missing).toEqual([]);
  });
});

describe('the kit', () => {
  it('has a picture and a short name for every other way', () => {
    const player = englishResource('player');
    const missing = WAY_IDS.filter((id) => !pictures.has(`way-${id}`) || !hasText(player, `ways.${id}`));
    expect(missing).toEqual([]);
  });

  it('has no practice screen that no lesson shows', () => {
    const shown = new Set(
      lessons.flatMap((l) => l.steps.flatMap((s) => ('screen' in s && s.screen ? [s.screen] : []))),
    );
    expect(Object.keys(screens).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('names each practice screen in one service file only, so none silently replaces another', () => {
    const ids = kitParts.flatMap((part) => Object.keys(part));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
