import { useEffect, useState } from 'preact/hooks';
import type { LearningEvent } from '../core/events';
import type { Lesson } from '../core/lesson';
import { lessonProgress } from '../core/progress';
import { i18n, loadNamespaces, prefetchNamespaces } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { lessonById, lessons } from '../lessons';
import { Home } from './Home';
import { lazyScreen, useLazy } from './lazy';
import { OfflineNotice } from './OfflineNotice';
import { go, lessonHref, type Route, useRoute } from './route';
import { startLearner, useLearning } from './use-learning';

const player = lazyScreen(() => import('./player/LessonPlayer'));
const settings = lazyScreen(() => import('./settings/Settings'));

/** The words a screen needs: every lesson title at home, one lesson and the practice screens in it. */
export function namespacesFor(route: Route): string[] {
  if (route.name === 'lesson') return [route.lessonId, 'practice'];
  return lessons.map((l) => l.id);
}

/**
 * Fetches everything the first screen needs at once, while i18next starts, and resolves
 * when it is all here, so the first screen renders once, complete.
 */
export async function preloadFor(route: Route, i18nReady: Promise<unknown>): Promise<void> {
  const namespaces = namespacesFor(route);
  prefetchNamespaces('en', namespaces);
  await Promise.allSettled([
    startLearner(),
    i18nReady.then(() => loadNamespaces(namespaces)),
    route.name === 'lesson' ? player.load() : route.name === 'settings' ? settings.load() : null,
  ]);
}

/** Where an address should really go: home for an unknown lesson, or the step to resume. */
function redirect(route: Route, events: readonly LearningEvent[]): string | null {
  if (route.name !== 'lesson') return null;
  const lesson = lessonById(route.lessonId);
  if (!lesson) return '#/';
  if (route.step !== null) return null;
  return lessonHref(lesson.id, resumeStepNumber(lesson, events));
}

function resumeStepNumber(lesson: Lesson, events: readonly LearningEvent[]): number {
  const progress = lessonProgress(lesson, events);
  if (progress.state !== 'in-progress') return 1;
  return (
    Math.max(
      lesson.steps.findIndex((s) => s.id === progress.resumeStepId),
      0,
    ) + 1
  );
}

export function App() {
  return (
    <>
      <OfflineNotice />
      <Screen />
    </>
  );
}

function Screen() {
  const t = useT();
  const route = useRoute();
  const learning = useLearning();
  const Player = useLazy(player, route.name === 'lesson');
  const Settings = useLazy(settings, route.name === 'settings');
  const namespaces = namespacesFor(route);
  const [, wordsLoaded] = useState(0);
  const wordsReady = namespaces.every((ns) => i18n.hasLoadedNamespace(ns));
  const events = learning && !('error' in learning) ? learning.events : null;
  const target = events ? redirect(route, events) : null;

  const key = namespaces.join();
  useEffect(() => {
    void loadNamespaces(key.split(',')).then(() => wordsLoaded((n) => n + 1));
  }, [key]);

  useEffect(() => {
    if (target) go(target, true);
  }, [target]);

  if (learning && 'error' in learning) {
    return (
      <main class="home" id="main">
        <h1>{t('storage.title')}</h1>
        <p class="body-text">{t('storage.unavailable')}</p>
      </main>
    );
  }
  if (!learning || !wordsReady || target) return <p class="loading">{t('loading')}</p>;

  if (route.name === 'lesson') {
    const lesson = lessonById(route.lessonId);
    if (!Player || !lesson || route.step === null) return <p class="loading">{t('loading')}</p>;
    return <Player lesson={lesson} stepNumber={route.step} learning={learning} />;
  }
  if (route.name === 'settings') return Settings ? <Settings /> : <p class="loading">{t('loading')}</p>;
  return <Home lessons={lessons} events={learning.events} />;
}
