import type { ExplainStep } from '../../core/lesson';
import { PracticeScreen } from '../../practice/PracticeScreen';
import type { ScreenId } from '../../practice/screens';
import { StepPicture } from './StepPicture';
import type { StepViewProps } from './step-props';

const nothing = () => {};

/** Words beside a picture, or beside the screen the real app shows after the last practice step. */
export function StepExplain({ step, t, note }: StepViewProps<ExplainStep>) {
  return (
    <>
      <div class="step-words">
        <p class="body-text">{t(`steps.${step.id}.body`)}</p>
        {note && <p class="step-note">{note}</p>}
      </div>
      <div class="step-stage">
        {step.screen !== undefined ? (
          <PracticeScreen screen={step.screen as ScreenId} values={{}} onTap={nothing} onInput={nothing} />
        ) : (
          <StepPicture name={step.picture} alt={t(`steps.${step.id}.picture`)} class="step-picture" />
        )}
      </div>
    </>
  );
}
