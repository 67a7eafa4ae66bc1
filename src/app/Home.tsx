import type { LearningEvent } from '../core/events';
import type { Lesson } from '../core/lesson';
import { type LessonState, lessonProgress } from '../core/progress';
import { i18n } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { OfflineReadiness } from './OfflineReadiness';
import { Picture } from './Picture';
import { lessonHref } from './route';
import { UpdateOffer } from './UpdateOffer';

interface Props {
  lessons: readonly Lesson[];
  events: readonly LearningEvent[];
}

const ACTION: Record<LessonState, string> = {
  'not-started': 'home.start',
  'in-progress': 'home.continue',
  done: 'home.again',
};

/** The lessons, each with its picture, how long it takes and how far the learner got. */
export function Home({ lessons, events }: Props) {
  const t = useT();
  return (
    <main class="home" id="main">
      <h1>{t('home.title')}</h1>
      <UpdateOffer />
      <p class="body-text">{t('home.intro')}</p>
      <ul class="lesson-list">
        {lessons.map((lesson) => {
          const { state } = lessonProgress(lesson, events);
          const lt = i18n.getFixedT(null, lesson.id);
          const titleId = `lesson-${lesson.id}`;
          return (
            <li class="lesson-card" key={lesson.id}>
              <Picture name={lesson.picture} alt="" class="lesson-picture" />
              <div class="lesson-text">
                <h2 id={titleId}>{lt('title')}</h2>
                <p>{lt('summary')}</p>
                <p class="lesson-meta">
                  <span>{t('home.minutes', { count: lesson.minutes })}</span>
                  <span class={`state state-${state}`}>{t(`home.state.${state}`)}</span>
                </p>
                <a class="button primary" href={lessonHref(lesson.id)} aria-describedby={titleId}>
                  {t(ACTION[state])}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
      <footer class="home-foot">
        <OfflineReadiness />
        <a href="#/settings" class="settings-link">
          {t('home.settings')}
        </a>
      </footer>
    </main>
  );
}
