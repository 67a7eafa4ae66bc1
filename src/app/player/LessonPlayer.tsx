import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Lesson, otherWaysOf, type Step } from '../../core/lesson';
import { lessonProgress } from '../../core/progress';
import { movesOn } from '../../core/validate-lesson';
import { i18n, languageName, textDirection } from '../../i18n/i18n';
import { LanguageContext, useLanguage, useT } from '../../i18n/use-t';
import { lessons } from '../../lessons';
import { lessonAfter } from '../../lessons/path-groups';
import { paths } from '../../lessons/paths';
import { recordingFor } from '../../lessons/recordings';
import { screenCatalog } from '../../practice/targets';
import { MARKS } from '../marks';
import { ReadAloud } from '../read-aloud/ReadAloud';
import { go, lessonHref } from '../route';
import { SaveStatus } from '../SaveStatus';
import { ScreenHeading } from '../ScreenHeading';
import type { Learning } from '../use-learning';
import { StepCheck } from './StepCheck';
import { StepDone } from './StepDone';
import { StepExplain } from './StepExplain';
import { StepOtherWays } from './StepOtherWays';
import { StepPractice } from './StepPractice';
import type { StepFeedback, StepViewProps } from './step-props';

/** Feedback as given: for which step, in which language, and its number (see setFeedback). */
interface Given {
  step: string;
  feedback: StepFeedback;
  lang: string;
  n: number;
  /** Given because Next was tapped too soon: it says what the line under Next says. */
  nudge: boolean;
}

interface Props {
  lesson: Lesson;
  /** 1-based step number from the address. */
  stepNumber: number;
  learning: Learning;
  /** The learner asked for every step to be read aloud as it opens. */
  readAloud: boolean;
}

/** The longest a step waits for its save before the next step is drawn anyway. */
const LEAVE_WAIT_MS = 150;

/**
 * How long "Well done!" shows before a practice tap that opens the next screen in the real app
 * (Continue, a card) moves the lesson on to that screen: long enough to read two words.
 */
const PRAISE_MS = 1000;

const needsDoing = (step: Step) => step.type === 'practice' || step.type === 'check';

function StepBody(props: StepViewProps<Step>) {
  const { step } = props;
  switch (step.type) {
    case 'explain':
      return <StepExplain {...props} step={step} />;
    case 'practice':
      return <StepPractice {...props} step={step} />;
    case 'check':
      return <StepCheck {...props} step={step} />;
    case 'other-ways':
      return <StepOtherWays {...props} step={step} />;
    case 'done':
      return <StepDone {...props} step={step} />;
  }
}

/** One lesson, one step at a time, with Back and Next on every step. */
export default function LessonPlayer({ lesson, stepNumber, learning, readAloud }: Props) {
  const ui = useT();
  const lang = useLanguage();
  // A volunteer can show the step in English to help, and go back; the buttons stay as they were.
  const [english, setEnglish] = useState(false);
  const shown = english ? 'en' : lang;
  const t = useMemo(() => i18n.getFixedT(shown, lesson.id), [shown, lesson.id]);
  const stepUi = useMemo(() => i18n.getFixedT(shown, 'ui'), [shown]);
  const main = useRef<HTMLElement>(null);
  const total = lesson.steps.length;
  const index = Math.min(Math.max(stepNumber, 1), total) - 1;
  const step = lesson.steps[index] as Step;
  const [readyStep, setReadyStep] = useState<string | null>(null);
  const ready = !needsDoing(step) || readyStep === step.id;
  // Feedback belongs to the step that gave it: a new step never shows the last one's praise.
  // Each one given is numbered, so the same words given again are a new message, heard again.
  const [given, setGiven] = useState<Given | null>(null);
  const feedback = given?.step === step.id ? given : null;
  const give = useCallback(
    (f: StepFeedback | null, nudge = false) =>
      setGiven((last) => (f ? { step: step.id, feedback: f, lang: shown, n: (last?.n ?? 0) + 1, nudge } : null)),
    [step.id, shown],
  );
  const setFeedback = useCallback((f: StepFeedback | null) => give(f), [give]);
  // Only one way on at a time: where the real app's own control opens the next screen, that is
  // the way on, and the lesson's Next is not offered.
  const moving = movesOn(step, screenCatalog);
  const { record } = learning;
  /** The step whose Next was tapped and is being left (a second tap is ignored), and the wait's timer. */
  const leaving = useRef<{ here: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  // Leaving the lesson (home, signed out) drops a move still waiting for its save.
  useEffect(
    () => () => {
      if (leaving.current) clearTimeout(leaving.current.timer);
      leaving.current = null;
    },
    [],
  );

  const progress = lessonProgress(lesson, learning.events);
  const startedRef = useRef(false);
  useEffect(() => {
    // A fresh start, or a start again after finishing, is a new attempt at the lesson.
    if (!startedRef.current && progress.state !== 'in-progress') {
      record({ type: 'lesson.started', lessonId: lesson.id });
    }
    startedRef.current = true;
  }, [lesson.id, progress.state, record]);

  useLayoutEffect(() => {
    // Each step opens at its top (its heading takes focus, below). A practice step then brings
    // its target into sight if large text hides it.
    window.scrollTo(0, 0);
  }, [step]);
  useEffect(() => {
    // For the benchmarks: the moment a step is on screen and can be used.
    performance.mark(MARKS.stepShown, { detail: step.id });
  }, [step]);

  const firstDo = step.type === 'check' ? 'player.answer-first' : 'player.practise-first';
  const next = () => {
    if (!ready) {
      // A tap on Next before the step is done says what to do first, heard each time.
      give({ tone: 'hint', lines: [stepUi(firstDo)] }, true);
      return;
    }
    if (step.type === 'done') {
      go('#/');
      return;
    }
    const here = location.hash;
    if (leaving.current?.here === here) return;
    const completed = { type: 'step.completed', lessonId: lesson.id, stepId: step.id } as const;
    // The last step and the lesson's completion are one write: a page closed between two
    // writes would leave the lesson "in progress" for ever.
    const saving = record(
      lesson.steps[index + 1]?.type === 'done'
        ? [completed, { type: 'lesson.completed', lessonId: lesson.id }]
        : completed,
    );
    // The next step is drawn once the save completes, a moment later (or at most LEAVE_WAIT_MS):
    // the save's own small update then joins the next step's render instead of queueing behind
    // it, so the step appears with its progress already saved, and one render is spared.
    const leave = () => {
      if (leaving.current?.here !== here) return;
      clearTimeout(leaving.current.timer);
      leaving.current = null;
      if (location.hash === here) go(lessonHref(lesson.id, index + 2));
    };
    leaving.current = { here, timer: setTimeout(leave, LEAVE_WAIT_MS) };
    saving.then(leave, leave);
  };
  const back = () => go(index === 0 ? '#/' : lessonHref(lesson.id, index));

  // A practice tap that opens the next screen moves the lesson on by itself, after the praise.
  const nextNow = useRef(next);
  nextNow.current = next;
  const moveOnTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Cleared as the step is left, in the same commit (a later effect could clear the timer the
  // next step has just set, if its practice was done at once).
  useLayoutEffect(
    () => () => {
      if (moveOnTimer.current) clearTimeout(moveOnTimer.current);
      moveOnTimer.current = null;
    },
    [step],
  );
  const onReady = (moveOn?: boolean) => {
    setReadyStep(step.id);
    if (!moveOn) return;
    const from = location.hash;
    moveOnTimer.current = setTimeout(() => {
      moveOnTimer.current = null;
      if (location.hash === from) nextNow.current();
    }, PRAISE_MS);
  };

  const title = step.type === 'check' ? stepUi('check.title') : t(`steps.${step.id}.title`);
  const uiLang = { lang, dir: textDirection(lang) };
  const stepCount = ui('player.step-of', { n: index + 1, total });
  const lessonTitle = i18n.getFixedT(lang, lesson.id)('title');
  const waiting = !ready && !moving;
  const nextHelp = ui(firstDo);
  return (
    <div class="player">
      <header class="player-top">
        <a class="home-link" href="#/">
          {ui('player.all-lessons')}
        </a>
        <p class="lesson-name" lang={shown} dir={textDirection(shown)}>
          {t('title')}
        </p>
        <p class="step-count">{stepCount}</p>
        <div class="step-tools">
          <ReadAloud
            text={main}
            readingKey={`${step.id}:${shown}`}
            recording={recordingFor(shown, lesson.id, step.id)}
            auto={readAloud}
          />
          {lang !== 'en' && (
            <button type="button" class="button secondary small" onClick={() => setEnglish(!english)}>
              {english ? (
                ui('english.back', { language: languageName(lang) })
              ) : (
                <span lang="en" dir="ltr">
                  {i18n.getFixedT('en', 'ui')('english.show')}
                </span>
              )}
            </button>
          )}
        </div>
        {/* The step count above says it in words; the bar is only its picture. */}
        <div class="progress" aria-hidden="true">
          <div class="progress-done" style={{ transform: `scaleX(${(index + 1) / total})` }} />
        </div>
      </header>
      <LanguageContext.Provider value={shown}>
        <main
          class={`step step-${step.type}${step.type === 'explain' || needsDoing(step) ? ' has-stage' : ''}`}
          id="main"
          ref={main}
          lang={shown}
          dir={textDirection(shown)}
        >
          <ScreenHeading page={`${stepCount}: ${lessonTitle}`} focusKey={step.id} class="step-title">
            {title}
          </ScreenHeading>
          <StepBody
            key={step.id}
            step={step}
            lessonId={lesson.id}
            ways={otherWaysOf(lesson)}
            // Said from the start, not only at the end: a learner need not use the app at all.
            note={index === 0 ? stepUi('player.other-ways-note') : undefined}
            nextLesson={
              step.type === 'done'
                ? (lessonAfter(paths, lessons, lesson.id, (l) => lessonProgress(l, learning.events).state)?.id ?? null)
                : null
            }
            t={t}
            record={record}
            onReady={onReady}
            setFeedback={setFeedback}
          />
          <div class="feedback" aria-live="polite">
            {feedback && (
              <div
                key={feedback.n}
                class={feedback.feedback.tone === 'good' ? 'feedback-good' : 'feedback-hint'}
                lang={feedback.lang}
                dir={textDirection(feedback.lang)}
              >
                {feedback.feedback.lines.map((line) => (
                  <p key={line}>{line}</p>
                ))}
                {feedback.feedback.action && (
                  <button type="button" class="button secondary" onClick={feedback.feedback.action.run}>
                    {feedback.feedback.action.label}
                  </button>
                )}
              </div>
            )}
          </div>
          {/* Back, Next and the save status stay in the learner's language when the step is in English. */}
          <LanguageContext.Provider value={lang}>
            <div class="player-foot" {...uiLang}>
              <div class="player-nav">
                <button type="button" class="button secondary nav-back" onClick={back}>
                  <span aria-hidden="true" class="arrow arrow-back" />
                  {ui('player.back')}
                </button>
                <SaveStatus state={learning.save} retry={learning.retry} />
                {!moving && (
                  // Not disabled: a disabled button cannot be reached to hear why. It looks and is
                  // announced as not ready yet, says why, and a tap says what to do first.
                  <button
                    type="button"
                    class="button primary nav-next"
                    onClick={next}
                    aria-disabled={waiting ? 'true' : undefined}
                    aria-describedby={waiting ? 'next-help' : undefined}
                  >
                    {step.type === 'done' ? ui('player.finish') : ui('player.next')}
                    <span aria-hidden="true" class="arrow arrow-next" />
                  </button>
                )}
              </div>
              {waiting && !feedback?.nudge && (
                <p class="next-help" id="next-help">
                  {nextHelp}
                </p>
              )}
            </div>
          </LanguageContext.Provider>
        </main>
      </LanguageContext.Provider>
    </div>
  );
}
