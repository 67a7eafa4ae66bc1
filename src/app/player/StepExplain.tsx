import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExplainStep } from '../../core/lesson';
import { PracticeScreen } from '../../practice/PracticeScreen';
import type { ScreenId } from '../../practice/screens';
import { StepPicture } from './StepPicture';
import type { StepViewProps } from './step-props';

const nothing = () => {};

/** What a keyboard or a screen reader could take for a control of the shown screen. */
const CONTROLS = 'button, input, textarea, select, a[href], [tabindex]';
/** Those of them that are controls, which can say they are unavailable. */
const WIDGETS = 'button, input, textarea, select, a[href]';

/** Words beside a picture, or beside the screen the real app shows after the last practice step. */
export function StepExplain({ step, t, note }: StepViewProps<ExplainStep>) {
  const stage = useRef<HTMLDivElement>(null);
  // The screen is shown, not used: its controls stay in sight and are read out, as "unavailable",
  // but are out of the keyboard's way (Tab goes from the words to the lesson's own buttons). Not
  // `inert`, which would hide the screen's words from screen readers too. After every render:
  // a language switch draws the screen's controls again.
  useLayoutEffect(() => {
    for (const control of stage.current?.querySelectorAll<HTMLElement>(CONTROLS) ?? []) {
      control.tabIndex = -1;
      if (control.matches(WIDGETS)) control.setAttribute('aria-disabled', 'true');
    }
  });
  return (
    <>
      <div class="step-words">
        <p class="body-text">{t(`steps.${step.id}.body`)}</p>
        {note && <p class="step-note">{note}</p>}
      </div>
      <div class="step-stage" ref={stage}>
        {step.screen !== undefined ? (
          <PracticeScreen screen={step.screen as ScreenId} values={{}} onTap={nothing} onInput={nothing} />
        ) : (
          <StepPicture name={step.picture} alt={t(`steps.${step.id}.picture`)} class="step-picture" />
        )}
      </div>
    </>
  );
}
