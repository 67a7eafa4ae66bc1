import '../forms.css';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/use-t';

export interface FieldError {
  message: string;
  /** The id of the field or pad to go back to; null when there is none to use now (a lock-out). */
  field: string | null;
}

/**
 * A field, or a pad's first key that can be pressed: where a keyboard user goes on to type. The
 * field is brought to the top of the screen with its label, as GOV.UK does, so all of a pad's
 * keys are in view, not only the first.
 */
function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  const key = field.matches('fieldset') ? field.querySelector<HTMLElement>('button:not(:disabled)') : field;
  field.scrollIntoView?.({ block: 'start' });
  key?.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: "There is a problem", then each message as a link to its field.
 * It takes focus when it appears, so it is read out and a keyboard user starts from it; give it
 * a new key to draw it again for an error made twice. The link is handled here, as an address
 * like "#pad" would take the app to another screen.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const t = useT();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <div class="error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2>{t('errors.title')}</h2>
        <ul>
          {errors.map(({ message, field }) => (
            <li key={message}>
              {field ? (
                <a
                  href={`#${field}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(field);
                  }}
                >
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The same message at the field, after its label, with a word for screen readers that it is an error. */
export function InlineError({ id, message }: { id: string; message: string }) {
  const t = useT();
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">{t('errors.prefix')}</span> {message}
    </p>
  );
}
