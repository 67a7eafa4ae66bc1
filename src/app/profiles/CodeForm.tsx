import '../forms.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorSummary, InlineError } from './ErrorSummary';

/** What went wrong with a try, numbered so that the same words given again take focus again. */
export interface CodeProblem {
  message: string;
  /** Whether the code itself is at fault (the summary then links to the field). */
  atField: boolean;
  n: number;
}

interface Props {
  id: string;
  label: string;
  hint: string;
  submit: string;
  /** The button's words while the code is being checked. */
  busyText: string;
  busy: boolean;
  value: string;
  onInput: (value: string) => void;
  onSubmit: () => void;
  problem: CodeProblem | null;
  children?: ComponentChildren;
}

/**
 * One code to type (a learner code, a hub's set-up code) and a button, as GOV.UK forms do: a
 * problem is summarised at the top, which takes focus so it is read at once, and repeated at the
 * field. The field forgives spaces, dashes and lower case; whoever checks the code says so.
 */
export function CodeForm({
  id,
  label,
  hint,
  submit,
  busyText,
  busy,
  value,
  onInput,
  onSubmit,
  problem,
  children,
}: Props) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);
  const errorId = `${id}-error`;
  return (
    <>
      <div ref={summary} tabIndex={-1} role="alert">
        {problem && <ErrorSummary errors={[{ message: problem.message, field: problem.atField ? id : null }]} />}
      </div>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // While a code is being checked the button only looks disabled (it keeps its focus).
          if (!busy) onSubmit();
        }}
      >
        <div class={`field${problem?.atField ? ' has-error' : ''}`}>
          <label for={id} class="field-label">
            {label}
          </label>
          <p class="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
          {problem?.atField && <InlineError id={errorId} message={problem.message} />}
          <input
            id={id}
            class="text-input code-input"
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={20}
            value={value}
            aria-describedby={`${id}-hint${problem?.atField ? ` ${errorId}` : ''}`}
            aria-invalid={problem?.atField ? true : undefined}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        </div>
        <p class="button-row">
          <button type="submit" class="button primary" aria-disabled={busy ? 'true' : undefined}>
            {busy ? busyText : submit}
          </button>
          {children}
        </p>
      </form>
    </>
  );
}
