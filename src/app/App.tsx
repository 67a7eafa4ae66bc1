import { useEffect, useState } from 'preact/hooks';
import type { LearningEvent } from '../core/events';
import type { Lesson } from '../core/lesson';
import { lessonProgress } from '../core/progress';
import { loadNamespaces } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { lessonById, lessons } from '../lessons';
import { Home } from './Home';
import { useLazy } from './lazy';
import { OfflineNotice } from './OfflineNotice';
import { go, lessonHref, type Route, useRoute } from './route';
import { useLearning } from './use-learning';

// The player and the practice screens' words load only when a lesson is opened.
const loadPlayer = () =>
  Promise.all([import('./player/LessonPlayer'), loadNamespaces(['practice'])]).then(([player]) => player);
const loadSettings = () => import('./settings/Settings');
const lessonNamespaces = lessons.map((l) => l.id);

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
  const Player = useLazy(loadPlayer, route.name === 'lesson');
  const Settings = useLazy(loadSettings, route.name === 'settings');
  const [wordsReady, setWordsReady] = useState(false);
  const events = learning && !('error' in learning) ? learning.events : null;
  const target = events ? redirect(route, events) : null;

  useEffect(() => {
    // Lesson titles are in each lesson's own words.
    void loadNamespaces(lessonNamespaces).then(() => setWordsReady(true));
  }, []);

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
