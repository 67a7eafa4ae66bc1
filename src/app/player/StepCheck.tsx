import { useLayoutEffect, useState } from 'preact/hooks';
import type { CheckStep } from '../../core/lesson';
import { useT } from '../../i18n/use-t';
import { Picture } from '../Picture';
import type { StepViewProps } from './step-props';

/** A question with 2 to 4 answers; a wrong answer gets an explanation and another go. */
export function StepCheck({ step, t, onReady, setFeedback }: StepViewProps<CheckStep>) {
  const ui = useT();
  const [chosen, setChosen] = useState<string | null>(null);
  const [tried, setTried] = useState<ReadonlySet<string>>(new Set());
  const right = chosen === step.correct;

  useLayoutEffect(() => {
    if (chosen === null) setFeedback(null);
    else if (right) setFeedback({ tone: 'good', lines: [ui('check.right')] });
    else
      setFeedback({
        tone: 'hint',
        lines: [`${ui('check.wrong')} ${t(`steps.${step.id}.explanation`)}`, ui('check.try-again')],
      });
  }, [chosen, right, step.id, t, ui, setFeedback]);

  const choose = (id: string) => {
    if (right) return;
    setChosen(id);
    setTried(new Set([...tried, id]));
    if (id === step.correct) onReady();
  };

  return (
    <div class="check">
      <p class="body-text" id={`q-${step.id}`}>
        {t(`steps.${step.id}.question`)}
      </p>
      <ul class="answers" aria-labelledby={`q-${step.id}`}>
        {step.answers.map((a) => {
          const state = a.id === chosen ? (right ? 'right' : 'wrong') : tried.has(a.id) ? 'wrong' : '';
          return (
            <li key={a.id}>
              <button
                type="button"
                class={`answer ${state}`}
                aria-pressed={a.id === chosen}
                onClick={() => choose(a.id)}
              >
                {a.picture && <Picture name={a.picture} alt="" class="answer-picture" />}
                <span>{t(`steps.${step.id}.answers.${a.id}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
