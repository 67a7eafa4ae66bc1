import { useEffect, useState } from 'preact/hooks';
import { lessonProgress } from '../core/progress';
import { loadNamespaces } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { lessonById, lessons } from '../lessons';
import { Home } from './Home';
import { useLazy } from './lazy';
import { go, lessonHref, useRoute } from './route';
import { useLearning } from './use-learning';

// The player and the practice screens' words load only when a lesson is opened.
const loadPlayer = () =>
  Promise.all([import('./player/LessonPlayer'), loadNamespaces(['practice'])]).then(([player]) => player);
const lessonNamespaces = lessons.map((l) => l.id);

export function App() {
  const t = useT();
  const route = useRoute();
  const learning = useLearning();
  const Player = useLazy(route.name === 'lesson' ? loadPlayer : noPlayer);
  const [wordsReady, setWordsReady] = useState(false);

  useEffect(() => {
    // Lesson titles are in each lesson's own words.
    loadNamespaces(lessonNamespaces).then(() => setWordsReady(true));
  }, []);

  if (learning && 'error' in learning) {
    return (
      <main class="home" id="main">
        <h1>{t('storage.title')}</h1>
        <p class="body-text">{t('storage.unavailable')}</p>
      </main>
    );
  }
  if (!learning || !wordsReady) return <p class="loading">{t('loading')}</p>;

  if (route.name === 'lesson') {
    const lesson = lessonById(route.lessonId);
    if (!lesson) {
      go('#/', true);
      return null;
    }
    if (route.step === null) {
      const progress = lessonProgress(lesson, learning.events);
      const resume =
        progress.state === 'in-progress' ? lesson.steps.findIndex((s) => s.id === progress.resumeStepId) : 0;
      go(lessonHref(lesson.id, Math.max(resume, 0) + 1), true);
      return null;
    }
    if (!Player) return <p class="loading">{t('loading')}</p>;
    return <Player lesson={lesson} stepNumber={route.step} learning={learning} />;
  }
  return <Home lessons={lessons} events={learning.events} />;
}

const noPlayer = () => new Promise<never>(() => {});
