import { compareEvents, type LearningEvent } from '../core/events';
import type { LearnerProfile } from '../core/learner';
import type { Lesson } from '../core/lesson';
import { type LessonState, lessonProgress } from '../core/progress';
import { i18n } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { planHome } from '../lessons/path-groups';
import { paths as allPaths, type Path } from '../lessons/paths';
import { HomeFooter } from './HomeFooter';
import { HubStatus } from './HubStatus';
import { LessonCard } from './LessonCard';
import { ProfilePicture } from './profiles/ProfilePicture';
import { go, lessonHref } from './route';
import { ScreenHeading } from './ScreenHeading';
import { signOut } from './session';
import { UpdateOffer } from './UpdateOffer';

interface Props {
  lessons: readonly Lesson[];
  events: readonly LearningEvent[];
  profile: LearnerProfile;
  /** The paths the lessons are grouped in; tests give their own. */
  paths?: readonly Path[];
}

/** The lesson the learner was last working on and has not finished, if any. */
function lessonToResume(lessons: readonly Lesson[], events: readonly LearningEvent[]): Lesson | null {
  let latest: LearningEvent | null = null;
  for (const e of events) if (e.type === 'step.completed' && (!latest || compareEvents(latest, e) < 0)) latest = e;
  const lesson = latest && 'lessonId' in latest ? lessons.find((l) => l.id === latest.lessonId) : undefined;
  return lesson && lessonProgress(lesson, events).state === 'in-progress' ? lesson : null;
}

const title = (lesson: Lesson) => i18n.t('title', { ns: lesson.id });

/**
 * The learner's home. First what to do next: carry on with the lesson they left, then the
 * lesson suggested next; then every lesson, path by path, each one tap away.
 */
export function Home({ lessons, events, profile, paths = allPaths }: Props) {
  const t = useT();
  const states = new Map(lessons.map((l) => [l.id, lessonProgress(l, events).state]));
  const stateOf = (lesson: Lesson): LessonState => states.get(lesson.id) ?? 'not-started';
  const resume = lessonToResume(lessons, events);
  const { groups, suggested } = planHome(paths, lessons, stateOf);
  // The lesson they are carrying on with is already the first button; it is not offered twice.
  const next = suggested && suggested.id !== resume?.id ? suggested : null;
  const beginner = lessons.every((l) => stateOf(l) === 'not-started');
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
      {(resume || next) && (
        <p class="resume button-row">
          {resume && (
            <a class="button primary" href={lessonHref(resume.id)}>
              {t('home.resume', { lesson: title(resume) })}
            </a>
          )}
          {next && (
            <a class={resume ? 'button secondary' : 'button primary'} href={lessonHref(next.id)}>
              {t(beginner ? 'home.paths.start-here' : 'home.paths.next', { lesson: title(next) })}
            </a>
          )}
        </p>
      )}
      <p class="body-text">{t('home.intro')}</p>
      {groups.map((group) => (
        <section class="path" key={group.id}>
          <h2>
            {t(`home.paths.${group.id}.title`)}{' '}
            <span class={group.done === group.lessons.length ? 'path-count path-done' : 'path-count'}>
              {t('home.paths.done-count', { done: group.done, total: group.lessons.length })}
            </span>
          </h2>
          <ul class="lesson-list">
            {group.lessons.map((lesson) => (
              <LessonCard key={lesson.id} lesson={lesson} state={stateOf(lesson)} suggested={lesson === suggested} />
            ))}
          </ul>
        </section>
      ))}
      <HomeFooter />
    </main>
  );
}
