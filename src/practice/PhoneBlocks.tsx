import type { Highlight, Say } from './say';
import './sms.css';

interface Props {
  say: Say;
  /** The key of a text of this screen: screens.<screen>.<key>. */
  k: (key: string) => string;
  hl: Highlight;
}

/**
 * A phone's list of text conversations, newest first, as the Messages app shows it: who sent it,
 * when, and the start of the last text. Tapping one opens it, as on a real phone.
 */
export function Threads({ screen, items, say, k, hl }: Props & { screen: string; items: readonly string[] }) {
  // Named by who sent it, as a screen reader reads a conversation; the rest is its description.
  const dom = (id: string, part: string) => `pr-${screen}-${id}-${part}`;
  return (
    <ul class="pr-threads">
      {items.map((id) => (
        <li key={id}>
          <button
            type="button"
            class={`pr-thread${hl(id)}`}
            data-target={id}
            aria-labelledby={dom(id, 'name')}
            aria-describedby={`${dom(id, 'time')} ${dom(id, 'preview')}`}
          >
            <span class="pr-thread-photo" aria-hidden="true" />
            <span class="pr-thread-words">
              <span class="pr-thread-top">
                <strong class="pr-thread-name" id={dom(id, 'name')}>
                  {say(k(`${id}.name`))}
                </strong>
                <span class="pr-thread-time" id={dom(id, 'time')}>
                  {say(k(`${id}.time`))}
                </span>
              </span>
              <span class="pr-thread-preview" id={dom(id, 'preview')}>
                {say(k(`${id}.preview`))}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** One text received, in a grey bubble on the left, with the time it came. */
export function TextMessage({ id, say, k }: Omit<Props, 'hl'> & { id: string }) {
  return (
    <div class="pr-message">
      <p class="pr-bubble">{say(k(`${id}.body`))}</p>
      <p class="pr-message-time">{say(k(`${id}.time`))}</p>
    </div>
  );
}
