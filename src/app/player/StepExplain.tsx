import type { ExplainStep } from '../../core/lesson';
import { Picture } from '../Picture';
import type { StepViewProps } from './step-props';

export function StepExplain({ step, t }: StepViewProps<ExplainStep>) {
  return (
    <div class="explain">
      <Picture name={step.picture} alt={t(`steps.${step.id}.picture`)} class="step-picture" />
      <p class="body-text">{t(`steps.${step.id}.body`)}</p>
    </div>
  );
}
