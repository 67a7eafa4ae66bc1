import { useEffect, useState } from 'preact/hooks';
import type { DoneStep } from '../../core/lesson';
import { i18n, loadNamespaces } from '../../i18n/i18n';
import { useLanguage, useT } from '../../i18n/use-t';
import { lessonHref } from '../route';
import { UpdateOffer } from '../UpdateOffer';
import { StepPicture } from './StepPicture';
import type { StepViewProps } from './step-props';

/** The end of a lesson: what was learned, the other ways again, and what to try next. */
export function StepDone({ step, t, ways, nextLesson }: StepViewProps<DoneStep>) {
  const ui = useT();
  const title = useLessonTitle(nextLesson ?? null);
  return (
    <div class="step-words done">
      <div class="done-part">
        <StepPicture name="well-done" alt="" class="done-picture" />
        <UpdateOffer />
        <h2 class="subheading">{ui('done.learned')}</h2>
        <ul class="learned">
          {Array.from({ length: step.learned }, (_, i) => (
            <li key={i}>{t(`steps.${step.id}.learned.${i + 1}`)}</li>
          ))}
        </ul>
        {/* Beside what was learned, so the way on is in sight without scrolling, in every script. */}
        {nextLesson && title && (
          <>
            <h2 class="subheading" id="next-lesson">
              {ui('done.next')}
            </h2>
            {/* Named by its title: a learner sees which lesson it is, and taps it to start. */}
            <a class="button secondary next-lesson" href={lessonHref(nextLesson)} aria-describedby="next-lesson">
              {title}
            </a>
          </>
        )}
      </div>
      {/* Said again at the end: the app is one way, never the only one. */}
      {ways.length > 0 && (
        <div class="done-part">
          <h2 class="subheading" id="done-ways">
            {ui('done.other-ways')}
          </h2>
          <ul class="done-ways" aria-labelledby="done-ways">
            {ways.map((way) => (
              <li key={way}>
                <StepPicture name={`way-${way}`} alt="" class="done-way-picture" />
                <span>{ui(`ways.${way}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Another lesson's title, in the language shown, once its words are here (null until then). */
function useLessonTitle(lessonId: string | null): string | null {
  const lang = useLanguage();
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    if (!lessonId) return;
    let live = true;
    loadNamespaces([lessonId]).then(
      () => live && setLoaded(lessonId),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lessonId]);
  if (!lessonId || loaded !== lessonId) return null;
  return i18n.getFixedT(lang, lessonId)('title');
}
