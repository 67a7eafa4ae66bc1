import { useLayoutEffect, useRef } from 'preact/hooks';
import { words } from './words';

export interface Problem {
  text: string;
  /** The id of the field to put right, if it is one field's. */
  field?: string;
}

/**
 * What went wrong, at the top of the form, taking focus so it is read at once (the NHS error
 * summary). Each problem with a field links to it.
 */
export function ErrorSummary({ problems }: { problems: readonly Problem[] }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    box.current?.focus();
  }, [problems]);
  return (
    <div class="co-error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{words.problemTitle}</h2>
      <ul>
        {problems.map(({ text, field }) => (
          <li key={text}>
            {field ? (
              <a
                href={`#${field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(field)?.focus();
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
