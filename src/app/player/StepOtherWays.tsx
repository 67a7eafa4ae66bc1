import type { OtherWaysStep } from '../../core/lesson';
import { StepPicture } from './StepPicture';
import type { StepViewProps } from './step-props';

/** The ways to get the same thing without an app: going digital is never the only way in. */
export function StepOtherWays({ step, t }: StepViewProps<OtherWaysStep>) {
  return (
    <div class="step-words other-ways">
      <p class="body-text">{t(`steps.${step.id}.intro`)}</p>
      <ul class="ways">
        {step.ways.map((way) => (
          <li class="way" key={way}>
            <StepPicture name={`way-${way}`} alt="" class="way-picture" />
            <p>{t(`steps.${step.id}.ways.${way}`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
