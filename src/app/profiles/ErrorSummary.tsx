import '../forms.css';
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
 * The GOV.UK error summary: "There is a problem", then each message as a link to its field. On
 * a pad it does not take focus and is not an alert: focus stays at the pad for the next try, and
 * the pad's own live message says the words (see LiveMessage), once, each time they are given.
 * The link is handled here, as an address like "#pad" would take the app to another screen.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const t = useT();
  return (
    <div class="error-summary">
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
