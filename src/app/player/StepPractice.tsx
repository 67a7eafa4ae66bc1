import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isTap, type PracticeStep } from '../../core/lesson';
import { movesOn } from '../../core/validate-lesson';
import { useLanguage, useT } from '../../i18n/use-t';
import { actionTarget, tapOutcome, typedMatches, WRONG_TAPS_BEFORE_HIGHLIGHT } from '../../practice/goal';
import { PracticeScreen } from '../../practice/PracticeScreen';
import type { ScreenDef } from '../../practice/screen-types';
import { type ScreenId, screens } from '../../practice/screens';
import { screenCatalog } from '../../practice/targets';
import { QuotedText } from './QuotedText';
import type { StepViewProps } from './step-props';

/** Brings a practice target into sight, if the page scrolls (large text). Target ids are plain words. */
function showTarget(stage: HTMLElement | null, target: string | undefined) {
  if (!stage || !target) return;
  stage.querySelector(`[data-target="${target}"]`)?.scrollIntoView({ block: 'nearest' });
}

/** Whether a screen's field is a password, done only when typed exactly. */
function caseMatters(screen: ScreenId, field: string): boolean {
  const def: ScreenDef = screens[screen];
  return def.blocks.some((b) => b.kind === 'field' && b.id === field && !!b.caseMatters);
}

/** A practice step: the learner does the goal on a mock screen; mistakes get gentle help. */
export function StepPractice({ step, lessonId, t, note, onReady, record, setFeedback }: StepViewProps<PracticeStep>) {
  const ui = useT();
  const lang = useLanguage();
  const [index, setIndex] = useState(0);
  const [wrong, setWrong] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  const stage = useRef<HTMLDivElement>(null);
  const action = step.goal[index];
  const done = index >= step.goal.length;
  const stuck = !done && wrong >= WRONG_TAPS_BEFORE_HIGHLIGHT;
  const asked = step.goal.some((a) => !isTap(a)) ? t(`steps.${step.id}.typeText`) : '';
  const moving = movesOn(step, screenCatalog);
  const screen = step.screen as ScreenId;

  const advance = () => {
    setIndex(index + 1);
    setWrong(0);
    if (index + 1 >= step.goal.length) onReady(moving);
  };

  const onTap = (target: string | null) => {
    if (done) return;
    const outcome = tapOutcome(action, target);
    if (outcome === 'neutral') return;
    record({ type: 'practice.attempted', lessonId, stepId: step.id, target, correct: outcome === 'advance' });
    if (outcome === 'advance') advance();
    else setWrong(wrong + 1);
  };

  const onInput = (field: string, value: string) => {
    setValues({ ...values, [field]: value });
    if (
      !done &&
      action &&
      !isTap(action) &&
      action.type === field &&
      typedMatches(asked, value, caseMatters(screen, field))
    )
      advance();
  };

  const fillIn = useRef(() => {});
  fillIn.current = () => {
    if (action && !isTap(action)) onInput(action.type, asked);
  };
  const typing = stuck && !!action && !isTap(action);

  // When the step opens (large text may push the screen down), and when the target is ringed.
  const first = step.goal[0];
  useEffect(() => showTarget(stage.current, first && actionTarget(first)), [first]);
  useEffect(() => {
    if (stuck && action) showTarget(stage.current, actionTarget(action));
  }, [stuck, action]);

  useLayoutEffect(() => {
    if (done) setFeedback({ tone: 'good', lines: [ui(moving ? 'practice.well-done-moving' : 'practice.well-done')] });
    else if (wrong === 0) setFeedback(null);
    else
      setFeedback({
        tone: 'hint',
        lines: [
          `${ui('practice.not-quite')} ${t(`steps.${step.id}.hint`)}`,
          ...(stuck ? [ui('practice.highlighted')] : []),
        ],
        ...(typing ? { action: { label: ui('practice.fill-in'), run: () => fillIn.current() } } : {}),
      });
  }, [done, wrong, stuck, typing, moving, step.id, t, ui, setFeedback]);

  return (
    <>
      <div class="step-words">
        <p class="instruction">
          <QuotedText t={t} textKey={`steps.${step.id}.instruction`} screen={screen} lang={lang} />
        </p>
        {asked && (
          <p class="type-this">
            {ui('practice.type-this')} <strong class="asked-text">{asked}</strong>
          </p>
        )}
        {note && <p class="step-note">{note}</p>}
      </div>
      <div class="step-stage" ref={stage}>
        <PracticeScreen
          screen={screen}
          highlight={stuck && action ? actionTarget(action) : undefined}
          values={values}
          onTap={onTap}
          onInput={onInput}
        />
      </div>
    </>
  );
}
