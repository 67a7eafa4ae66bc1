import type { Highlight, Say } from './say';
import './message-parts.css';

/**
 * Parts shared by the phone's texts and the mail app, for the "Stay safe" lesson: a link drawn as
 * the apps draw one, and the apps' own actions on what is open. Neither can go anywhere.
 */

/**
 * A link in a text or an email, drawn blue and underlined as a phone draws one, but only words:
 * not a link or a button, so it goes nowhere and a tap on it is a miss that brings the hint.
 */
export function FakeLink({ link }: { link: string }) {
  return (
    <p class="pr-fake-link" lang="en" dir="ltr">
      {link}
    </p>
  );
}

/** The phone's or the mail app's own actions on what is open (Delete, Move to Junk), at its foot. */
export function Actions({
  items,
  say,
  k,
  hl,
}: {
  items: readonly string[];
  say: Say;
  /** The key of a text of this screen: screens.<screen>.<key>. */
  k: (key: string) => string;
  hl: Highlight;
}) {
  return (
    <div class="pr-actions">
      {items.map((id) => (
        <button type="button" class={`pr-action pr-action-${id}${hl(id)}`} data-target={id} key={id}>
          {id === 'delete' ? <BinMark /> : <span class="pr-action-mark" aria-hidden="true" />}
          <span class="pr-action-words">{say(k(id))}</span>
        </button>
      ))}
    </div>
  );
}

/** A bin, as phones draw Delete: a lid with its handle over a tapering body with two ribs. */
function BinMark() {
  return (
    <svg class="pr-action-bin" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M9 3h6v2h5v2H4V5h5z" fill="currentColor" />
      <path
        d="M6.5 9h11l-1 12h-9zM10.5 12v6M13.5 12v6"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linejoin="round"
      />
    </svg>
  );
}
