import { useLayoutEffect, useState } from 'preact/hooks';
import type { CheckStep } from '../../core/lesson';
import { useT } from '../../i18n/use-t';
import type { StepViewProps } from './step-props';

/**
 * A question with 2 to 4 answers; a wrong answer gets an explanation and another go. Until one is
 * chosen, the answers look alike: only their words tell them apart. A tried answer says what it
 * was, in words and with a mark, not by colour alone.
 */
export function StepCheck({ step, t, note, onReady, setFeedback }: StepViewProps<CheckStep>) {
  const ui = useT();
  // Each choice is a new one, even of the same answer: its explanation is given, and heard, again.
  const [choice, setChoice] = useState<{ id: string } | null>(null);
  const chosen = choice?.id ?? null;
  const [tried, setTried] = useState<ReadonlySet<string>>(new Set());
  const right = chosen === step.correct;

  useLayoutEffect(() => {
    if (choice === null) setFeedback(null);
    else if (choice.id === step.correct) setFeedback({ tone: 'good', lines: [ui('check.right')] });
    else
      setFeedback({
        tone: 'hint',
        lines: [`${ui('check.wrong')} ${t(`steps.${step.id}.explanation`)}`, ui('check.try-again')],
      });
  }, [choice, step.correct, step.id, t, ui, setFeedback]);

  const choose = (id: string) => {
    if (right) return;
    setChoice({ id });
    setTried(new Set([...tried, id]));
    if (id === step.correct) onReady();
  };

  return (
    <>
      <div class="step-words">
        <p class="body-text question" id={`q-${step.id}`}>
          {t(`steps.${step.id}.question`)}
        </p>
        {note && <p class="step-note">{note}</p>}
      </div>
      <div class="step-stage">
        <ul class="answers" aria-labelledby={`q-${step.id}`}>
          {step.answers.map((a) => {
            const state = a.id === chosen && right ? 'right' : tried.has(a.id) ? 'wrong' : '';
            return (
              <li key={a.id}>
                <button
                  type="button"
                  class={`answer${state ? ` ${state}` : ''}`}
                  aria-pressed={a.id === chosen}
                  onClick={() => choose(a.id)}
                >
                  <span class="answer-words">{t(`steps.${step.id}.answers.${a.id}`)}</span>
                  {state && (
                    <span class="answer-mark">
                      <span class="answer-icon" aria-hidden="true">
                        {state === 'right' ? '✓' : '✗'}
                      </span>
                      {ui(state === 'right' ? 'check.marked-right' : 'check.marked-wrong')}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
