import { render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Home } from '../../src/app/Home';
import { lessonHref } from '../../src/app/route';
import type { EventBody, LearningEvent } from '../../src/core/events';
import { loadNamespaces } from '../../src/i18n/i18n';
import { lessonById, lessons } from '../../src/lessons';
import type { Path } from '../../src/lessons/paths';
import { words } from '../content';
import { freshTablet, openHubsteps, signedInLearner } from './app-harness';
import { axeViolations } from './axe';

const ui = (key: string, vars: Record<string, string | number> = {}) => words('ui', key, vars);
const title = (lessonId: string) => words(lessonId, 'title');
/** A path's heading as a screen reader reads it: its name, then how many of its lessons are done. */
const pathHeading = (path: string, done: number, total: number) =>
  `${ui(`home.paths.${path}.title`)} ${ui('home.paths.done-count', { done, total })}`;

let n = 0;
function ev(body: EventBody): LearningEvent {
  n++;
  return {
    ...body,
    id: `0190000${String(n).padStart(5, '0')}`,
    deviceId: 'd',
    seq: n,
    learnerId: 'learner-a',
    at: new Date(1_700_000_000_000 + n * 1000).toISOString(),
    v: 1,
  } as LearningEvent;
}

const done = (lessonId: string) => [
  ev({ type: 'lesson.started', lessonId }),
  ev({ type: 'lesson.completed', lessonId }),
];
function started(lessonId: string): LearningEvent[] {
  const stepId = lessonById(lessonId)?.steps[0]?.id ?? '';
  return [ev({ type: 'lesson.started', lessonId }), ev({ type: 'step.completed', lessonId, stepId })];
}

const profile = {
  id: 'learner-a',
  nickname: 'Sam',
  avatar: 'avatar-sun',
  secret: null,
  language: 'en',
  textSize: 'normal' as const,
  code: 'ABCD-EFGH',
  createdAt: '2026-01-01T00:00:00.000Z',
};

/**
 * The home of a small catalogue of its own, so these tests keep saying the same as lessons are
 * added (lesson-paths.test.ts holds the real catalogue to its paths).
 */
const CATALOGUE = ['tablet-basics', 'book-gp-appointment', 'repeat-prescription'].flatMap((id) => lessonById(id) ?? []);
const PATHS: readonly Path[] = [
  { id: 'getting-started', lessons: ['tablet-basics'] },
  { id: 'nhs-login', lessons: [] },
  { id: 'gp-online', lessons: ['book-gp-appointment', 'repeat-prescription'] },
  { id: 'staying-safe', lessons: [] },
];

function showHome(events: LearningEvent[] = [], paths: readonly Path[] = PATHS) {
  render(<Home lessons={CATALOGUE} events={events} profile={profile} paths={paths} />);
}

const headings = () => screen.getAllByRole('heading').map((h) => `h${h.tagName.slice(1)} ${h.textContent}`);
/** The card of a lesson under a path's heading, found by the lesson's title. */
const cardOf = (lessonId: string) =>
  screen.getByRole('heading', { level: 3, name: title(lessonId) }).closest('li') as HTMLElement;
/** The section of the page under a path's heading. */
const sectionOf = (heading: string) =>
  screen.getByRole('heading', { level: 2, name: heading }).closest('section') as HTMLElement;

beforeEach(async () => {
  await freshTablet();
  await loadNamespaces(['home', ...lessons.map((l) => l.id)]);
});

describe('the learner’s home, path by path', () => {
  it('shows a new learner where to start first, then each path with its lessons in order, and no empty path', async () => {
    showHome();
    expect(headings()).toEqual([
      `h1 ${ui('home.hello', { name: 'Sam' })}`,
      `h2 ${pathHeading('getting-started', 0, 1)}`,
      `h3 ${title('tablet-basics')}`,
      `h2 ${pathHeading('gp-online', 0, 2)}`,
      `h3 ${title('book-gp-appointment')}`,
      `h3 ${title('repeat-prescription')}`,
    ]);
    // "Your NHS login" and "Staying safe" have no lesson yet: they are not shown.
    expect(screen.queryByText(ui('home.paths.nhs-login.title'))).toBeNull();
    expect(screen.queryByText(ui('home.paths.staying-safe.title'))).toBeNull();

    // The first thing to tap, before every lesson card: the suggested lesson.
    const start = screen.getByRole('link', { name: ui('home.paths.start-here', { lesson: title('tablet-basics') }) });
    expect(start.getAttribute('href')).toBe(lessonHref('tablet-basics'));
    const links = screen.getAllByRole('link');
    const firstCard = within(cardOf('tablet-basics')).getByRole('link', { name: ui('home.start') });
    expect(links.indexOf(start)).toBeLessThan(links.indexOf(firstCard));
    expect(await axeViolations()).toEqual([]);
  });

  it('never locks a lesson: every lesson, in any path, can be started with one tap', () => {
    // The real catalogue and its paths.
    render(<Home lessons={lessons} events={[]} profile={profile} />);
    for (const lesson of lessons) {
      const start = within(cardOf(lesson.id)).getByRole('link', { name: ui('home.start') });
      expect(start.getAttribute('href')).toBe(lessonHref(lesson.id));
    }
  });

  it('counts a completed path, and then suggests the first lesson not done in the next path', async () => {
    showHome(done('tablet-basics'));
    expect(screen.getByRole('heading', { level: 2, name: pathHeading('getting-started', 1, 1) })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: pathHeading('gp-online', 0, 2) })).toBeTruthy();
    expect(within(cardOf('tablet-basics')).getByRole('link', { name: ui('home.again') })).toBeTruthy();
    const next = screen.getByRole('link', { name: ui('home.paths.next', { lesson: title('book-gp-appointment') }) });
    expect(next.getAttribute('href')).toBe(lessonHref('book-gp-appointment'));
    expect(
      screen.queryByRole('link', { name: ui('home.paths.start-here', { lesson: title('tablet-basics') }) }),
    ).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('suggests, never forces: a lesson done out of order counts, and the suggestion stays the first not done', () => {
    showHome(done('repeat-prescription'));
    expect(screen.getByRole('heading', { level: 2, name: pathHeading('gp-online', 1, 2) })).toBeTruthy();
    expect(screen.getByRole('link', { name: ui('home.paths.next', { lesson: title('tablet-basics') }) })).toBeTruthy();
  });

  it('puts "Carry on" first, and the suggestion after it when it is another lesson', () => {
    showHome([...done('tablet-basics'), ...started('repeat-prescription')]);
    const links = screen.getAllByRole('link');
    const carryOn = screen.getByRole('link', { name: ui('home.resume', { lesson: title('repeat-prescription') }) });
    const next = screen.getByRole('link', { name: ui('home.paths.next', { lesson: title('book-gp-appointment') }) });
    expect(links.indexOf(next)).toBe(links.indexOf(carryOn) + 1);
  });

  it('does not offer the same lesson twice when the one to carry on with is also the one suggested', () => {
    showHome(started('tablet-basics'));
    expect(screen.getByRole('link', { name: ui('home.resume', { lesson: title('tablet-basics') }) })).toBeTruthy();
    const offers = screen.getAllByRole('link').filter((a) => a.textContent?.includes(title('tablet-basics')));
    expect(offers).toHaveLength(1);
  });

  it('suggests nothing more once every lesson is done, and every path says so', () => {
    showHome(CATALOGUE.flatMap((l) => done(l.id)));
    expect(screen.getByRole('heading', { level: 2, name: pathHeading('getting-started', 1, 1) })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: pathHeading('gp-online', 2, 2) })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: ui('home.again') })).toHaveLength(CATALOGUE.length);
    const suggestions = ['home.paths.next', 'home.paths.start-here'].map((key) => ui(key, { lesson: '' }));
    const offered = screen.getAllByRole('link').filter((a) => suggestions.some((s) => a.textContent?.startsWith(s)));
    expect(offered).toEqual([]);
  });

  it('shows a lesson in no path under "Other lessons", after the paths', async () => {
    const withoutPrescriptions: readonly Path[] = [
      { id: 'getting-started', lessons: ['tablet-basics'] },
      { id: 'gp-online', lessons: ['book-gp-appointment'] },
    ];
    showHome(done('repeat-prescription'), withoutPrescriptions);
    const other = `${ui('home.paths.other.title')} ${ui('home.paths.done-count', { done: 1, total: 1 })}`;
    expect(headings().filter((h) => h.startsWith('h2'))).toEqual([
      `h2 ${pathHeading('getting-started', 0, 1)}`,
      `h2 ${pathHeading('gp-online', 0, 1)}`,
      `h2 ${other}`,
    ]);
    expect(
      within(sectionOf(other)).getByRole('heading', { level: 3, name: title('repeat-prescription') }),
    ).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('a new learner signed in on the tablet', () => {
  it('taps the suggested lesson first and it opens at its first step', async () => {
    await signedInLearner('Sam');
    const { user } = await openHubsteps();
    await user.click(
      screen.getByRole('link', { name: ui('home.paths.start-here', { lesson: title('tablet-basics') }) }),
    );
    const first = lessonById('tablet-basics')?.steps[0]?.id;
    await screen.findByRole('heading', { level: 1, name: words('tablet-basics', `steps.${first}.title`) });
  });
});
