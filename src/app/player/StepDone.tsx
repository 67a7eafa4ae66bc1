import type { DoneStep } from '../../core/lesson';
import { useT } from '../../i18n/use-t';
import { Picture } from '../Picture';
import { lessonHref } from '../route';
import { UpdateOffer } from '../UpdateOffer';
import type { StepViewProps } from './step-props';

export function StepDone({ step, t }: StepViewProps<DoneStep>) {
  const ui = useT();
  return (
    <div class="step-words done">
      <Picture name="well-done" alt="" class="done-picture" />
      <UpdateOffer />
      <h2 class="subheading">{ui('done.learned')}</h2>
      <ul class="learned">
        {Array.from({ length: step.learned }, (_, i) => (
          <li key={i}>{t(`steps.${step.id}.learned.${i + 1}`)}</li>
        ))}
      </ul>
      {step.next && (
        <>
          <h2 class="subheading">{ui('done.next')}</h2>
          <p class="body-text">{t(`steps.${step.id}.next`)}</p>
          <a class="button secondary" href={lessonHref(step.next)}>
            {ui('done.start-next')}
          </a>
        </>
      )}
    </div>
  );
}
