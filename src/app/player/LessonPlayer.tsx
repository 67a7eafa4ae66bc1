import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lesson, Step } from '../../core/lesson';
import { lessonProgress } from '../../core/progress';
import { i18n } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { MARKS } from '../marks';
import { go, lessonHref } from '../route';
import { SaveStatus } from '../SaveStatus';
import type { Learning } from '../use-learning';
import { StepCheck } from './StepCheck';
import { StepDone } from './StepDone';
import { StepExplain } from './StepExplain';
import { StepOtherWays } from './StepOtherWays';
import { StepPractice } from './StepPractice';
import type { StepFeedback, StepViewProps } from './step-props';

interface Props {
  lesson: Lesson;
  /** 1-based step number from the address. */
  stepNumber: number;
  learning: Learning;
}

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
export default function LessonPlayer({ lesson, stepNumber, learning }: Props) {
  const ui = useT();
  const t = useMemo(() => i18n.getFixedT(null, lesson.id), [lesson.id]);
  const total = lesson.steps.length;
  const index = Math.min(Math.max(stepNumber, 1), total) - 1;
  const step = lesson.steps[index] as Step;
  const [readyStep, setReadyStep] = useState<string | null>(null);
  const ready = !needsDoing(step) || readyStep === step.id;
  const heading = useRef<HTMLHeadingElement>(null);
  const [feedback, setFeedback] = useState<StepFeedback | null>(null);
  const { record } = learning;

  const progress = lessonProgress(lesson, learning.events);
  const startedRef = useRef(false);
  useEffect(() => {
    // A fresh start, or a start again after finishing, is a new attempt at the lesson.
    if (!startedRef.current && progress.state !== 'in-progress') {
      record({ type: 'lesson.started', lessonId: lesson.id });
    }
    startedRef.current = true;
  }, [lesson.id, progress.state, record]);

  useEffect(() => {
    // Move focus to the new step's heading, so keyboard and screen-reader users start there.
    heading.current?.focus();
    // For the benchmarks: the moment a step is on screen and can be used.
    performance.mark(MARKS.stepShown, { detail: step.id });
  }, [step]);

  const next = () => {
    if (!ready) return;
    if (step.type === 'done') {
      go('#/');
      return;
    }
    record({ type: 'step.completed', lessonId: lesson.id, stepId: step.id });
    if (lesson.steps[index + 1]?.type === 'done') record({ type: 'lesson.completed', lessonId: lesson.id });
    go(lessonHref(lesson.id, index + 2));
  };
  const back = () => go(index === 0 ? '#/' : lessonHref(lesson.id, index));

  const title = step.type === 'check' ? ui('check.title') : t(`steps.${step.id}.title`);
  return (
    <div class="player">
      <header class="player-top">
        <a class="home-link" href="#/">
          {ui('player.all-lessons')}
        </a>
        <p class="lesson-name">{t('title')}</p>
        <p class="step-count" id="step-count">
          {ui('player.step-of', { n: index + 1, total })}
        </p>
        <div
          class="progress"
          role="progressbar"
          aria-labelledby="step-count"
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={index + 1}
        >
          <div class="progress-done" style={{ inlineSize: `${((index + 1) / total) * 100}%` }} />
        </div>
      </header>
      <main class="step" id="main">
        <h1 tabIndex={-1} ref={heading} class="step-title">
          {title}
        </h1>
        <StepBody
          key={step.id}
          step={step}
          lessonId={lesson.id}
          t={t}
          record={record}
          onReady={() => setReadyStep(step.id)}
          setFeedback={setFeedback}
        />
      </main>
      <footer class="player-foot">
        <div class="feedback" aria-live="polite">
          {feedback && (
            <div class={feedback.tone === 'good' ? 'feedback-good' : 'feedback-hint'}>
              {feedback.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
              {feedback.action && (
                <button type="button" class="button secondary" onClick={feedback.action.run}>
                  {feedback.action.label}
                </button>
              )}
            </div>
          )}
        </div>
        <div class="player-nav">
          <button type="button" class="button secondary nav-back" onClick={back}>
            <span aria-hidden="true" class="arrow arrow-back" />
            {ui('player.back')}
          </button>
          <button type="button" class="button primary nav-next" onClick={next} disabled={!ready}>
            {step.type === 'done' ? ui('player.finish') : ui('player.next')}
            <span aria-hidden="true" class="arrow arrow-next" />
          </button>
        </div>
        {!ready && (
          <p class="next-help">{ui(step.type === 'check' ? 'player.answer-first' : 'player.practise-first')}</p>
        )}
        <SaveStatus save={learning.save} retry={learning.retry} />
      </footer>
    </div>
  );
}
