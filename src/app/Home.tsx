import { compareEvents, type LearningEvent } from '../core/events';
import type { LearnerProfile } from '../core/learner';
import type { Lesson } from '../core/lesson';
import { type LessonState, lessonProgress } from '../core/progress';
import { i18n } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { HomeFooter } from './HomeFooter';
import { HubStatus } from './HubStatus';
import { Picture } from './Picture';
import { ProfilePicture } from './profiles/ProfilePicture';
import { go, lessonHref } from './route';
import { ScreenHeading } from './ScreenHeading';
import { signOut } from './session';
import { UpdateOffer } from './UpdateOffer';

interface Props {
  lessons: readonly Lesson[];
  events: readonly LearningEvent[];
  profile: LearnerProfile;
}

/** The lesson the learner was last working on and has not finished, if any. */
function lessonToResume(lessons: readonly Lesson[], events: readonly LearningEvent[]): Lesson | null {
  let latest: LearningEvent | null = null;
  for (const e of events) if (e.type === 'step.completed' && (!latest || compareEvents(latest, e) < 0)) latest = e;
  const lesson = latest && 'lessonId' in latest ? lessons.find((l) => l.id === latest.lessonId) : undefined;
  return lesson && lessonProgress(lesson, events).state === 'in-progress' ? lesson : null;
}

const ACTION: Record<LessonState, string> = {
  'not-started': 'home.start',
  'in-progress': 'home.continue',
  done: 'home.again',
};

/** The lessons, each with its picture, how long it takes and how far the learner got. */
export function Home({ lessons, events, profile }: Props) {
  const t = useT();
  const resume = lessonToResume(lessons, events);
  const leave = () => {
    signOut();
    go('#/');
  };
  return (
    <main class="home" id="main">
      <div class="who-bar">
        <ProfilePicture name={profile.avatar} size={56} />
        <a href="#/card">{t('home.card')}</a>
        <a href="#/me">{t('home.my-settings')}</a>
        <button type="button" class="button secondary small" onClick={leave}>
          {t('home.sign-out', { name: profile.nickname })}
        </button>
      </div>
      <div class="home-head">
        <ScreenHeading page={t('home.page-title')}>{t('home.hello', { name: profile.nickname })}</ScreenHeading>
        <HubStatus learnerId={profile.id} />
      </div>
      <UpdateOffer />
      {resume && (
        <p class="resume">
          <a class="button primary" href={lessonHref(resume.id)}>
            {t('home.resume', { lesson: i18n.t('title', { ns: resume.id }) })}
          </a>
        </p>
      )}
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
        })}
      </ul>
      <HomeFooter />
    </main>
  );
}
