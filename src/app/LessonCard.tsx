import type { Lesson } from '../core/lesson';
import type { LessonState } from '../core/progress';
import { i18n } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { Picture } from './Picture';
import { lessonHref } from './route';

const ACTION: Record<LessonState, string> = {
  'not-started': 'home.start',
  'in-progress': 'home.continue',
  done: 'home.again',
};

interface Props {
  lesson: Lesson;
  state: LessonState;
  /** The lesson the home suggests next: drawn to stand out, never the only one open. */
  suggested: boolean;
}

/** A lesson on the home: its picture, title, what it teaches, how long it takes and how far the learner got. */
export function LessonCard({ lesson, state, suggested }: Props) {
  const t = useT();
  const lt = i18n.getFixedT(null, lesson.id);
  const titleId = `lesson-${lesson.id}`;
  return (
    <li class={suggested ? 'lesson-card suggested' : 'lesson-card'}>
      <Picture name={lesson.picture} alt="" class="lesson-picture" />
      <div class="lesson-text">
        <h3 id={titleId}>{lt('title')}</h3>
        <p>{lt('summary')}</p>
        <div class="lesson-go">
          <p class="lesson-meta">
            <span>{t('home.minutes', { count: lesson.minutes })}</span>
            <span class={`state state-${state}`}>{t(`home.state.${state}`)}</span>
          </p>
          <a class="button primary" href={lessonHref(lesson.id)} aria-describedby={titleId}>
            {t(ACTION[state])}
          </a>
        </div>
      </div>
    </li>
  );
}
