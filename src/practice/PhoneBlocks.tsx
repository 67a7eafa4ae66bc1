import { FakeLink } from './MessageParts';
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
 * when, and the start of the last text. Tapping anywhere on one opens it, as on a real phone: the
 * sender's name is the button, stretched over the row, so its name is the words it shows.
 */
export function Threads({ items, say, k, hl }: Props & { items: readonly string[] }) {
  return (
    <ul class="pr-threads">
      {items.map((id) => (
        <li key={id} class={`pr-thread${hl(id)}`}>
          <span class="pr-thread-photo" aria-hidden="true" />
          <div class="pr-thread-words">
            <div class="pr-thread-top">
              <button type="button" class="pr-row-button pr-thread-name" data-target={id}>
                {say(k(`${id}.name`))}
              </button>
              <span class="pr-thread-time">{say(k(`${id}.time`))}</span>
            </div>
            <p class="pr-thread-preview">{say(k(`${id}.preview`))}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

/**
 * One text received, in a grey bubble on the left, with the time it came, and any link in it. A
 * link that `opens` is a button named by the link, tapped as "link": it only moves the lesson on.
 */
export function TextMessage({
  id,
  link,
  opens,
  say,
  k,
  hl,
}: Props & { id: string; link?: string | undefined; opens: boolean }) {
  return (
    <div class="pr-message">
      <div class="pr-bubble">
        <p>{say(k(`${id}.body`))}</p>
        {link && opens && (
          <button type="button" class={`pr-message-link${hl('link')}`} data-target="link" lang="en" dir="ltr">
            {link}
          </button>
        )}
        {link && !opens && <FakeLink link={link} />}
      </div>
      <p class="pr-message-time">{say(k(`${id}.time`))}</p>
    </div>
  );
}
